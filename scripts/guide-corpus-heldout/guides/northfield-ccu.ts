/**
 * Credit union (US), PDF, 3 pages. Numbered sections; every page has a two-column block
 * (voice / anti-voice, product names, style mechanics); an "Outdated | Preferred" table with
 * dashes for "no swap"; a prose ban; "Sprout" is a product and an ordinary word; competitors
 * named in the "how we never sound" column; three disclosures at the foot of p. 3.
 */
import { columns, h1, legal, p, pageBreak, quote, table } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const NCUA = "Federally insured by NCUA.";
const HOUSING = "Equal Housing Opportunity lender. NMLS #487219.";
const RATES = "APR = Annual Percentage Rate. APY = Annual Percentage Yield. Rates are current as of the date shown, are subject to change and depend on creditworthiness.";

export const northfieldCcu: Guide = {
  basename: "northfield-ccu",
  format: "pdf",
  industry: "finance",
  brand: "Northfield Community Credit Union",
  title: "Member Communications Standards",
  subtitle: "Northfield Community Credit Union",
  meta: "Marketing & Member Experience · Rev. 7 · Approved January 2024",
  author: "Northfield CCU Marketing & Member Experience",
  pdf: {
    bodySize: 9.5,
    leading: 1.45,
    titleSize: 22,
    h1Size: 14,
    h2Size: 11,
    accent: [0.0, 0.38, 0.33],
    cover: false,
    footer: (page) => `Northfield Community Credit Union  ·  Member Communications Standards  ·  p. ${page}`,
    footerAlign: "left",
    tableRules: true,
    tableHeaderFill: false,
    bullet: "»",
    headingRule: true,
  },
  blocks: [
    h1("1. Who we are"),
    p("Northfield Community Credit Union is a not-for-profit financial cooperative serving about 84,000 members in the Fox River valley. Every member is an owner, with one vote at the annual meeting no matter how much they have on deposit, and every dollar of surplus goes back to members as better rates, lower fees or improvements to our eleven branches. That fact should be visible in everything we write. We are not trying to sell anyone anything; we are telling the people who own this place what it can do for them."),
    p("These standards apply to member email, direct mail, the website, the mobile app and the scripts our contact center uses for outbound calls. They do not cover statements or legally required notices, which follow templates owned by the Compliance Office."),
    columns(
      {
        heading: "How we sound",
        lines: [
          "Grounded. We write like someone who lives down the street, because most of us do.",
          "Plain. One idea per sentence, and no acronym without its full name on first use.",
          "Patient. Money questions can feel embarrassing. Never make anyone feel behind.",
        ],
      },
      {
        heading: "How we never sound",
        lines: [
          "Salesy. We do not chase, pressure or count down to a deadline.",
          "Superior. No comparisons with Granite National Bank, Bluestem Direct or any other lender.",
          "Cute. A pun in a loan email costs more trust than it earns.",
        ],
      },
    ),
    h1("2. Words"),
    p("Language drifts, and older templates are full of words we have since agreed to drop with the Compliance Office. The left column shows what still turns up; the right column shows what to write now. A dash means there is no direct swap and the sentence needs rethinking."),
    table(
      ["Outdated", "Preferred"],
      [
        ["customers", "members"],
        ["pre-approved", "you may qualify"],
        ["lowest rates in town", "competitive rates"],
        ["financial freedom", "more room in your budget"],
        ["no credit check", "—"],
        ["debt-free", "—"],
      ],
      [0.45, 0.55],
    ),
    p("One more, because it keeps coming back in branch flyers: drop “free checking”. The accurate phrase is “checking with no monthly service fee”, and our examiners expect us to use it."),
    pageBreak,
    h1("3. Our product family"),
    p("We keep the product line short on purpose. Four names cover almost everything members ask about, and each is written one way only. When in doubt, check the product sheet on the intranet; it is updated before any name change goes live."),
    columns(
      {
        heading: "Everyday",
        bullets: true,
        lines: [
          "Keystone Checking: two words, both capitalized.",
          "Sprout: our savings account for members under 18. Write Sprout, never SPROUT or the Sprout Account.",
        ],
      },
      {
        heading: "Borrowing",
        bullets: true,
        lines: [
          "TrueRate Card: TrueRate is one word with a capital T and a capital R.",
          "HomeStead Mortgage: HomeStead has a capital S in the middle; never Homestead Mortgage.",
        ],
      },
    ),
    p("Sprout is also an everyday word, and our youth-savings mail is full of gardening images, so the capital S carries real weight. In a sentence about growing savings, make sure a reader can tell the account from the metaphor."),
    p("Product names are never possessive and never plural. Write “your Keystone Checking account”, not “your Keystone Checking’s balance”, and “two HomeStead Mortgage options”, not “two HomeStead Mortgages”."),
    h1("4. Style mechanics"),
    columns(
      {
        heading: "Punctuation",
        bullets: true,
        lines: [
          "Subject lines never contain an exclamation point.",
          "Body copy: one exclamation point per message at most, and only for genuinely good news.",
          "Use the serial comma.",
        ],
      },
      {
        heading: "Everything else",
        bullets: true,
        lines: [
          "No emoji in member email, direct mail or the app.",
          "Rates as 4.25% APY or 6.49% APR, with the date they apply.",
          "Dollar amounts without cents unless the cents matter: $250, $12.50.",
        ],
      },
    ),
    pageBreak,
    h1("5. Signing off"),
    p("Every member email is signed by the credit union, not by an individual. Use the two lines below exactly; do not add a title, a phone number or a branch name underneath. Members who reply reach the contact center, and the team there can route the message."),
    quote(undefined, "Warm regards,", "Your neighbors at Northfield"),
    h1("6. Required disclosures"),
    p("The Compliance Office has approved the three lines at the foot of this page. Every marketing email and every mail piece must end with them, below the sign-off, exactly as written and in this order. A campaign that quotes a rate will not be approved without them."),
    p("Allow five business days for compliance review, and ten for anything that mentions a mortgage. Send the final copy, the list criteria and the planned send date in a single request. Questions about these standards go to the Marketing & Member Experience team at extension 4410."),
    legal(NCUA, HOUSING, RATES),
  ],
  key: {
    bannedTerms: [
      { term: "customers", replacement: "members" },
      { term: "pre-approved", replacement: "you may qualify" },
      { term: "lowest rates in town", replacement: "competitive rates" },
      { term: "financial freedom", replacement: "more room in your budget" },
      { term: "no credit check", replacement: null },
      { term: "debt-free", replacement: null },
      { term: "free checking", replacement: "checking with no monthly service fee" },
    ],
    productNames: ["Keystone Checking", "Sprout", "TrueRate Card", "HomeStead Mortgage"],
    disclaimers: [NCUA, HOUSING, RATES],
    signOff: "Warm regards, Your neighbors at Northfield",
    style: { maxExclamations: 1, allowEmoji: false, noAllCaps: null, noExclamationInSubject: true },
    notBanned: ["Granite National Bank", "Bluestem Direct", "grounded", "plain", "patient", "salesy", "superior", "cute"],
  },
};
