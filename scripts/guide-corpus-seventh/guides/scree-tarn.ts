/**
 * Retail (outdoor clothing), PDF, 3 pages. Product names with ® and ™ and their misspellings are
 * given in prose on page 1; page 2 is laid out in two columns (words we reach for | claims we
 * can't stand behind, each ban a short sentence with "Try: …", then voice is | voice isn't);
 * page 3 has a prose ban on green claims, a bad example with unlisted words, emoji allowed,
 * competitors, the sign-off as a two-line quote and the small print at the foot of the page.
 */
import { basePdf, columns, h1, h2, legal, p, pageBreak, quote, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const RETURNS = "Returns are free within 60 days for unworn items with their original tags attached. Sale items can be exchanged but not refunded.";
const CLUB = "Tarn Club points have no cash value and expire 24 months after the date they are earned.";

export const screeTarn: Guide = {
  basename: "scree-and-tarn",
  format: "pdf",
  industry: "retail",
  brand: "Scree & Tarn",
  title: "Scree & Tarn: How We Talk",
  subtitle: "Copy notes for email, the website and the autumn catalogue",
  meta: "Brand team, Fort William · Spring 2024",
  author: "Scree & Tarn Brand Team",
  pdf: {
    ...basePdf,
    bodySize: 10,
    leading: 1.4,
    titleSize: 26,
    h1Size: 14,
    h2Size: 11.5,
    accent: [0.55, 0.27, 0.07],
    cover: false,
    footer: (page) => `Scree & Tarn Ltd 2024 · How We Talk · ${page}`,
    footerAlign: "right",
    tableRules: false,
    bullet: "•",
  },
  blocks: [
    h1("Read this first"),
    p("We started in 1991 re-proofing jackets in a lock-up behind a climbing shop in Fort William. We now sell our own waterproofs, fleeces and base layers through four shops and the website, and about 180,000 people get our emails. Most of them are hillwalkers, a growing number are dog walkers and commuters, and almost all of them have been rained on recently."),
    p("That last point matters. Our customers know exactly what bad weather feels like, so they can spot an exaggeration from a mile off. Write about kit the way you would describe it to a friend in the car park at the start of a walk: what it does, what it doesn’t, and whether it’s worth the money."),
    p("These notes cover the words we use, the claims we don’t make, how we write our product names and what has to go at the bottom of every promotional email. Photography, logo and colour live in the visual guidelines on the shared drive."),
    h2("Our names"),
    p("Our own waterproof fabric is StormShell®: one word, two capital S’s, with the ® in headlines and on its first mention in body copy. Customers and reviewers often write Stormshell or Storm Shell, and we gently don’t. Our best-selling jacket is the Fellwalker™ (never Fell Walker or Fellwalker Jacket in a headline), and the ™ goes on its first mention."),
    p("The Ember fleece is just the Ember. It is an ordinary word, so give it its capital E and say ‘fleece’ the first time, so nobody thinks we are selling firelighters. Our membership scheme is Tarn Club, two words, both capitalised, and not ‘the Tarn club’. Members collect points on every purchase and get first look at the seconds sale."),
    p("Everything else we sell (hats, gloves, gaiters) is described, not named. ‘A merino beanie’ is clearer than any name we could give it."),
    pageBreak,
    h1("Words, side by side"),
    p("Pin this page above your desk. On the left are words that sound like us. On the right are claims we can’t stand behind, with what to try instead. Where there’s no ‘Try’, cut the claim and describe the kit."),
    columns(
      {
        heading: "Words we reach for",
        bullets: true,
        lines: [
          "Dry: the one thing everyone wants.",
          "Warm, and say how warm: ‘warm enough for a winter bothy night’.",
          "Packable: and tell them what it packs into.",
          "Repairable: we fix what we sell, and we say so.",
          "Hard-wearing: for fabric and seams that last.",
          "Tested: by our own staff, on real hills, in real rain.",
          "Honest fit notes, such as ‘roomy in the shoulders’.",
        ],
      },
      {
        heading: "Claims we can’t stand behind",
        bullets: true,
        lines: [
          "Bombproof. Nothing is. Try: tough.",
          "Extreme. Our customers go up hills, not into space. Try: demanding.",
          "Revolutionary. It almost never is. Try: improved.",
          "Ultimate. There is always a next version.",
          "Must-have. Nobody needs a jacket that badly.",
          "100% waterproof. Seams and zips leak eventually. Try: fully taped.",
        ],
      },
    ),
    h2("What our voice is, and isn’t"),
    columns(
      {
        heading: "It is…",
        lines: ["Practical: we tell you what the jacket does before we tell you how it looks.", "Dry-humoured: the weather is funny, eventually.", "Grounded: written by people who spend their weekends outside."],
      },
      {
        heading: "…which doesn’t mean",
        lines: ["Dull, or technical for the sake of it.", "Sarcastic about beginners, who are most of our customers.", "Macho. The hills are not an opponent."],
      },
    ),
    p("If you are not sure whether a line sounds like us, read it aloud in a Highland accent. If it sounds daft, it probably is."),
    pageBreak,
    h1("Green claims"),
    p("We are proud of our repair service and of the recycled nylon in most of our shells, and we say so with numbers. What we don’t do is use general labels. Please never describe a product as eco-friendly or planet-friendly: the Advertising Standards Authority wants evidence for claims like that and a single email can’t carry it. Name the specific fact instead, for example ‘80% recycled nylon face fabric’. We also never say a product or the company is carbon neutral, because we aren’t, yet."),
    h1("Emails"),
    ul(
      "Two exclamation marks per email is plenty, and most of our best emails have none.",
      "Emoji are welcome in emails, one or two at most, and never inside a product name.",
      "Subject lines: say what’s in the email and where it’s relevant. ‘New Fellwalker colours, in shops Friday’ beats anything clever.",
      "Prices are £149, not £149.00, and sale prices show the original price alongside.",
    ),
    h2("Spot the problem"),
    quote("Not like this:", "This ultimate bombproof shell will help you conquer any summit this winter!"),
    quote("Like this:", "The new Fellwalker™ is fully taped and tested through a Lochaber February. It packs into its own hood."),
    p("Two claims from page 2 in the first one, and a hill treated as an enemy. The second says what the jacket does and where it has been."),
    h2("Other brands"),
    p("Peakline and Crag & Co have louder catalogues than ours and bigger advertising budgets. Let them. We don’t mention other brands, even when a customer review does."),
    h2("Signing off"),
    quote("Every email ends:", "See you out there,", "The Scree & Tarn crew"),
    p("Promotional emails then carry the two lines printed at the bottom of this page, exactly as written; they were drafted with our solicitors, so please don’t tidy them up. Service emails (order confirmations, repair updates) don’t need them."),
    legal(RETURNS, CLUB),
  ],
  key: {
    bannedTerms: [
      { term: "bombproof", replacement: "tough" },
      { term: "extreme", replacement: "demanding" },
      { term: "revolutionary", replacement: "improved" },
      { term: "ultimate", replacement: null },
      { term: "must-have", replacement: null },
      { term: "100% waterproof", replacement: "fully taped" },
      { term: "eco-friendly", replacement: null },
      { term: "planet-friendly", replacement: null },
      { term: "carbon neutral", replacement: null },
    ],
    productNames: ["StormShell", "Fellwalker", "Ember", "Tarn Club"],
    disclaimers: [RETURNS, CLUB],
    signOff: "See you out there, The Scree & Tarn crew",
    style: { maxExclamations: 2, allowEmoji: true, noAllCaps: null, noExclamationInSubject: null },
    notBanned: ["dry", "packable", "repairable", "hard-wearing", "conquer", "summit", "macho", "sarcastic", "Peakline", "Crag & Co"],
  },
};
