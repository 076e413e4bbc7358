/**
 * Retail (toy shop), HTML: "Words we love" (trap), an "X → Y" swap list, a prose
 * "We never write X or Y", a bad example with unlisted "best ever" and shouting,
 * emoji allowed, exclamation allowed in subject lines, a product table where "Sprout"
 * is an ordinary word, a safety warning and a loyalty line in the page footer, a
 * two-line sign-off, and a copyright/trade mark line that is not a disclaimer.
 */
import type { Guide } from "../../guide-corpus/types";
import { callout, h1, h2, legal, ol, p, quote, table, ul } from "../../guide-corpus/guides/blocks";

const SMALL_PARTS = "Warning: Not suitable for children under 3 years. Contains small parts. Choking hazard.";
const CLUB = "Puddle Club points have no cash value and expire 12 months after they are earned.";

export const pipAndPuddle: Guide = {
  basename: "pip-and-puddle",
  format: "html",
  industry: "retail",
  brand: "Pip & Puddle",
  title: "How we write at Pip & Puddle",
  subtitle: "Our tone of voice for emails, the website and the shop windows",
  meta: "Looked after by the Marketing crew \u00b7 last updated 2 September 2024",
  author: "Pip & Puddle Marketing",
  html: {
    accent: "#e4572e",
    fontFamily: "'Nunito', 'Trebuchet MS', sans-serif",
    siteName: "Pip & Puddle Brand Hub",
    navLinks: ["Brand Hub", "Voice", "Logos", "Photography", "Templates"],
    toc: true,
    copyright: "\u00a9 2024 Pip & Puddle Ltd. Wobble Blocks is a registered trade mark of Pip & Puddle Ltd. All rights reserved.",
  },
  blocks: [
    h1("Hello"),
    p("Pip & Puddle began as one small shop on Cheap Street in Frome in 2014, with a wall of wooden toys and a reading corner made from an old bath. We now have six shops in the South West and a website that sends parcels all over the UK, but we still pick every toy ourselves and we still test them on our own children first."),
    p("Our emails are read by parents, grandparents, godparents and, quite often, a small person peering over a shoulder. Write for the grown-up, but don't write anything you wouldn't want the small person to read aloud."),
    h1("Our voice"),
    ul(
      "**Playful.** We're a toy shop. A little silliness is allowed, as long as the facts are clear.",
      "**Grown-up about safety.** Ages, small parts and batteries are never a joke.",
      "**Inclusive.** Every child, every family, every kind of play.",
      "**Honest.** If a toy is fiddly to assemble, we say so.",
    ),
    h2("Words we love"),
    p("Sprinkle these about whenever they fit:"),
    ul("play", "tinker", "curious", "giggle", "make-believe", "rainy-day"),
    h1("Word swaps"),
    p("Some words just aren't us. Swap them like this:"),
    ul(
      "cheap \u2192 pocket-money",
      "addictive \u2192 absorbing",
      "indestructible \u2192 built to last",
      "mess-free \u2192 low-mess",
      "educational \u2192 learning through play",
    ),
    p("\u201cIndestructible\u201d and \u201cmess-free\u201d are promises nobody can keep (have you met a three-year-old?). \u201cAddictive\u201d is not a word we want anywhere near children, and \u201ceducational\u201d makes play sound like homework. As for the first one: yes, our first shop really is on Cheap Street. That's an address, not a description, and it's the only time the word appears in our emails."),
    h1("Toys are for everyone"),
    p("We never write \u201cfor boys\u201d or \u201cfor girls\u201d. Toys are for whoever loves them. Say who a toy suits by age or by interest instead: \u201cfor ages 3+\u201d, \u201cfor budding builders\u201d, \u201cfor anyone who likes things that go\u201d."),
    h2("Spot the problem"),
    quote("Not like this:", "\u201cBEST EVER toys for boys, SO addictive!!!\u201d"),
    quote("Like this:", "\u201cWobble Blocks\u00ae are back in stock. Stack them, topple them, build them again, for ages 2+.\u201d"),
    p("The first one shouts, uses a word from the swap list, sorts toys by gender and has three exclamation marks. \u201cBest ever\u201d is not on any list; it's just a bit tired."),
    h1("Punctuation, emoji and capitals"),
    ul(
      "Emoji are welcome \ud83c\udf88 Up to three in an email, and never instead of the words that matter (prices, ages, safety).",
      "Two exclamation marks per email, tops. One of them can go in the subject line if you like.",
      "SHOUTING IN CAPS is for the playground, not for our emails. Not even in a sale subject line.",
      "Ages are written \u201cfor ages 3+\u201d or \u201c3 years and up\u201d, never \u201c3yrs+\u201d.",
    ),
    h1("Our names"),
    table(
      ["Name", "What it is", "How to write it"],
      [
        ["Puddle Club", "Our free loyalty club", "Two words, both capitals. Not \u201cPuddle club\u201d or \u201cPuddleClub\u201d."],
        ["Wobble Blocks\u00ae", "Our own wooden stacking blocks", "\u00ae on first mention. Not \u201cWobbleblocks\u201d or \u201cWobble Bloks\u201d."],
        ["Sprout", "Our range of baby toys, 0 to 18 months", "Capital S when you mean the range. Seeds sprout; the range is Sprout."],
        ["Story Hour", "Free Saturday reading sessions in our shops", "Both capitals."],
      ],
    ),
    h1("Safety and small print"),
    callout(
      "Important:",
      "If an email features any toy with small parts, the first line in the footer of this page must go in, word for word, directly under the product. The second line goes in every Puddle Club email.",
    ),
    h2("Before you press send"),
    ol("Read it aloud, ideally to someone else.", "Check the age on every product against the website.", "Check the footer lines are there.", "Send a test to the shared inbox and open it on a phone."),
    h1("Signing off"),
    p("We end every email with:"),
    quote(undefined, "Happy playing,", "The Pip & Puddle crew"),
    legal(SMALL_PARTS, CLUB),
  ],
  key: {
    bannedTerms: [
      { term: "cheap", replacement: "pocket-money" },
      { term: "addictive", replacement: "absorbing" },
      { term: "indestructible", replacement: "built to last" },
      { term: "mess-free", replacement: "low-mess" },
      { term: "educational", replacement: "learning through play" },
      { term: "for boys", replacement: null },
      { term: "for girls", replacement: null },
    ],
    productNames: ["Puddle Club", "Wobble Blocks", "Sprout", "Story Hour"],
    disclaimers: [SMALL_PARTS, CLUB],
    signOff: "Happy playing, The Pip & Puddle crew",
    style: { maxExclamations: 2, allowEmoji: true, noAllCaps: true, noExclamationInSubject: false },
    notBanned: ["play", "tinker", "curious", "giggle", "make-believe", "best ever", "Cheap Street", "Wobbleblocks"],
  },
};
