/**
 * Retail (online furniture marketplace), HTML: "Prefer X to Y" and "Please avoid X"
 * bullets, a Retired / Current table, a prose ban next to an allowed word ("bargain"),
 * a before/after example, product names in prose (ordinary words "Room Planner") with
 * misspellings, legal lines "at the bottom of every email" in the page footer, and a
 * company-number copyright line that is not a disclaimer. Competitors in prose.
 */
import type { Guide } from "../../guide-corpus/types";
import { callout, h1, h2, legal, ol, p, quote, table, ul } from "../../guide-corpus/guides/blocks";

const MARKETPLACE = "Items on Nookery are sold by independent sellers. Your contract of sale is with the seller, not with Nookery Ltd.";
const PROMISE = "Refunds under the Nookery Promise are subject to the terms at nookery.co.uk/promise.";

export const nookery: Guide = {
  basename: "nookery",
  format: "html",
  industry: "retail",
  brand: "Nookery",
  title: "Nookery Email & Content Style",
  subtitle: "How we write to buyers. Sellers have their own guide.",
  meta: "Content team \u00b7 v1.6 \u00b7 October 2024",
  author: "Nookery Content",
  html: {
    accent: "#3d5a80",
    fontFamily: "'Inter', Helvetica, Arial, sans-serif",
    siteName: "Nookery for Teams",
    navLinks: ["Home", "Brand", "Content", "Seller comms", "Legal"],
    toc: false,
    copyright: "\u00a9 2024 Nookery Ltd \u00b7 Registered in England and Wales No. 11223344 \u00b7 All rights reserved.",
  },
  blocks: [
    h1("Who we are"),
    p("Nookery is a marketplace for furniture and homeware from about 2,400 independent makers, workshops and vintage dealers. We don't make or stock anything ourselves. What we do is help people find a piece they'll keep for decades, and make sure that if something goes wrong between a buyer and a seller, it gets put right."),
    p("Our buyers could shop at the big-box sites, Hearthly and Oakden & Co among them, and they often do. They come to us for things they can't get there: a chair from a workshop in Hebden Bridge, a 1960s sideboard with a story. Our writing should make that difference obvious."),
    h1("Voice"),
    p("Three words sum it up."),
    ul(
      "**Knowledgeable.** We know the difference between veneer and solid oak, and we say which one a listing is.",
      "**Unhurried.** Nobody should feel rushed into buying a dining table. No countdowns, no pressure.",
      "**Honest about what things are.** Vintage pieces have marks. New pieces take time to make. We say so up front.",
    ),
    h1("Word choice"),
    p("Most of this comes down to describing furniture accurately and treating sellers as the craftspeople they are."),
    ul(
      "Prefer \u201cpre-loved\u201d to \u201csecond-hand\u201d. It's the word our vintage sellers asked us to use.",
      "Prefer \u201csolid wood\u201d to \u201creal wood\u201d, and only when the listing says the piece is solid wood.",
      "Prefer \u201cseller\u201d to \u201cvendor\u201d. Vendors are what big companies have; our sellers are people.",
      "Please avoid \u201cmust-have\u201d. Nobody must have a sideboard.",
      "Please avoid \u201cstatement piece\u201d; describe the piece instead.",
    ),
    p("A few more, retired after the 2024 content review:"),
    table(
      ["Retired", "Current"],
      [
        ["couch", "sofa"],
        ["dresser", "chest of drawers"],
        ["free shipping", "free delivery"],
        ["knock-off", "\u2014"],
      ],
    ),
    p("\u201cBargain\u201d is fine when the price really is low for what it is. \u201cSteal\u201d is not: it's the wrong word for a marketplace that spends a lot of money keeping stolen goods off its pages."),
    h2("Before and after"),
    quote("Before:", "\u201cMust-have mid-century dresser, an absolute steal, free shipping!\u201d"),
    quote("After:", "\u201cA 1960s teak chest of drawers from Holloway Vintage, in solid wood, with free delivery.\u201d"),
    p("The second is longer, and it sells better. We tested it."),
    h1("Our names"),
    p("The buyer protection scheme is the Nookery Promise, with a capital P and always with \u201cthe\u201d in front of it. Room Planner is the tool that shows a piece in your own room through your phone's camera: two words, both capitalised, though we keep seeing RoomPlanner and Room-planner in drafts. Nookery Pro is the seller subscription; buyers rarely need to hear about it, but if they do, it's two words with a capital P."),
    p("Because \u201croom planner\u201d is also an ordinary phrase, write it in lower case when you aren't talking about the tool."),
    h1("Punctuation"),
    ul(
      "Please avoid exclamation marks in subject lines. In the body, one is plenty.",
      "We don't do emoji.",
      "Prices with the \u00a3 sign and no decimals unless there are pence: \u00a3240, \u00a318.50.",
      "Measurements in centimetres, width \u00d7 depth \u00d7 height: 180 \u00d7 45 \u00d7 80 cm.",
    ),
    h1("Legal lines"),
    p("The two lines in the footer of this page go at the bottom of every email, exactly as written. The marketplace line is a legal requirement for us as a platform; the Promise line is there because refunds are the thing buyers ask about most."),
    h1("Signing off"),
    p("Every buyer email ends \u201cHappy nesting, The Nookery team\u201d. It's one line in the standard template and two in the narrow mobile template; the words are the same either way."),
    callout("Before you send:", "check the seller's name is spelled the way they spell it, check every measurement against the listing, and make sure the footer lines haven't been cut when you edited the template."),
    h2("Who to ask"),
    ol("Words and tone: the Content team, in #content.", "Anything legal: the Trust & Safety team.", "Template problems: CRM."),
    legal(MARKETPLACE, PROMISE),
  ],
  key: {
    bannedTerms: [
      { term: "second-hand", replacement: "pre-loved" },
      { term: "real wood", replacement: "solid wood" },
      { term: "vendor", replacement: "seller" },
      { term: "must-have", replacement: null },
      { term: "statement piece", replacement: null },
      { term: "couch", replacement: "sofa" },
      { term: "dresser", replacement: "chest of drawers" },
      { term: "free shipping", replacement: "free delivery" },
      { term: "knock-off", replacement: null },
      { term: "steal", replacement: null },
    ],
    productNames: ["Nookery Promise", "Room Planner", "Nookery Pro"],
    disclaimers: [MARKETPLACE, PROMISE],
    signOff: "Happy nesting, The Nookery team",
    style: { maxExclamations: 1, allowEmoji: false, noAllCaps: null, noExclamationInSubject: true },
    notBanned: ["Hearthly", "Oakden & Co", "bargain", "mid-century", "RoomPlanner", "knowledgeable", "unhurried"],
  },
};
