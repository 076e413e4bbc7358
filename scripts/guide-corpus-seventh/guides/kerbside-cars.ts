/**
 * Finance (car subscription, FCA-regulated consumer hire), DOCX: a "Trait | In practice | Taken
 * too far" voice table (trap), a "Please avoid | Prefer | Notes" table, a prose ban, a before/after
 * example, a "Name | Never write | Notes" table whose misspellings include the US "Curbside", an
 * ordinary-word feature name (Swap™), mechanics bullets, competitors, three numbered regulatory
 * lines and a © line at the end that is not a disclaimer.
 */
import { h1, h2, ol, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const FCA = "Kerbside is a trading name of Kerbside Subscriptions Ltd, which is authorised and regulated by the Financial Conduct Authority for consumer hire (FRN 934127).";
const STATUS = "Subscriptions are subject to status and a credit check. Drivers must be 23 or over. Excess mileage is charged at 18p per mile.";
const OWNERSHIP = "The car remains the property of Kerbside Subscriptions Ltd throughout your subscription.";

export const kerbsideCars: Guide = {
  basename: "kerbside-cars",
  format: "docx",
  industry: "finance",
  brand: "Kerbside",
  title: "Kerbside Writing Guide",
  subtitle: "For marketing, onboarding and renewal emails",
  meta: "Version 2.0 · Customer Communications · May 2024",
  author: "Tom Ashdown",
  blocks: [
    h1("Why we have a guide"),
    p("Kerbside puts a car on your drive for a single monthly price that includes insurance, servicing, breakdown cover and road tax. Customers can change car, pause or hand it back with a month’s notice. It is a simple idea, but it is new to most people, and many of them arrive expecting either a lease or a rental. Our emails do a lot of the explaining."),
    p("Car subscription is also a regulated activity. We hold FCA permission for consumer hire, which means our marketing has to be clear, fair and not misleading, and some everyday car-sales language is not just off-brand but inaccurate. This guide covers both."),
    h1("How we sound"),
    table(
      ["Trait", "In practice", "Taken too far"],
      [
        ["Confident", "We say what’s included, in plain numbers.", "Cocky"],
        ["Straightforward", "One idea per sentence. The price near the top.", "Curt"],
        ["Friendly", "First names, contractions, the odd bit of warmth.", "Matey"],
      ],
      [0.22, 0.53, 0.25],
    ),
    h1("Words and phrases"),
    p("Please avoid the phrases in the first column. The second column is what we prefer; the notes say why. A dash means there is nothing to swap in, so rewrite the sentence."),
    table(
      ["Please avoid", "Prefer", "Notes"],
      [
        ["your own car", "your Kerbside car", "Customers never own the car, and saying they do misdescribes the agreement."],
        ["lease", "subscription", "Leasing is a different product with different rules."],
        ["no credit check", "—", "Every application includes one."],
        ["all-inclusive", "insurance, servicing and breakdown cover included", "Say exactly what’s included. Fuel, charging and parking aren’t."],
        ["no hidden fees", "one clear monthly price", "Implies other companies hide theirs."],
        ["zero deposit", "—", "There is a first payment up front."],
      ],
      [0.22, 0.36, 0.42],
    ),
    p("One more from the graveyard: nobody at Kerbside writes “hassle-free” any more. It has appeared in so many car adverts that it no longer means anything."),
    h2("Before and after"),
    quote("Before", "Drive your own car with zero deposit and no hidden fees. Say goodbye to dealerships!"),
    quote("After", "Your Kerbside car arrives on your drive in as little as five days, with insurance, servicing and breakdown cover included in one clear monthly price."),
    p("Three phrases from the table in one line, and an exclamation mark as well. The ‘after’ version is longer but it tells the customer what they’re getting."),
    h1("Names"),
    p("Our company name is Kerbside: one word, British spelling. Please don’t write KerbSide, and watch for the American Curbside, which spell-checkers sometimes suggest. The product names are below."),
    table(
      ["Name", "Never write", "Notes"],
      [
        ["Kerbside Flex", "Flex plan, Kerbside flex, KerbsideFlex", "Our rolling monthly subscription."],
        ["Kerbside Twelve", "Kerbside 12, 12-Month Plan", "Our 12-month subscription, at a lower monthly price."],
        ["Swap", "swap, SWAP, Car Swap", "Lets customers change car once every six months. Swap™ is a trade mark: ™ on first mention, and always a capital S when you mean the feature."],
        ["Kerbside Go", "KerbsideGo, Go app, the Kerbside App", "Our app, for bookings, mileage and documents."],
      ],
      [0.22, 0.33, 0.45],
    ),
    p("Kerbside® is a registered trade mark. The ® appears once, in the footer, not in body copy."),
    h1("Mechanics"),
    ul(
      "No exclamation marks: not in subject lines, not in the body, not on buttons. Handing someone the keys to a £30,000 car is exciting enough.",
      "Don’t type words in capitals to make them stand out. Bold, used sparingly, is fine.",
      "Prices: £349 a month, not £349pcm or £349/mo. Always say what the price includes in the same sentence.",
      "Mileage: 1,000 miles a month. Write out ‘miles’; don’t abbreviate it.",
      "Dates: 14 June 2024. Delivery estimates are ranges (“5 to 7 days”), never a single day.",
    ),
    h1("Other subscription companies"),
    p("Motorwise and Carvello both advertise heavily on price, and customers often mention them on calls. We don’t name them in emails, and we don’t compare our prices with theirs."),
    h1("Regulatory wording (do not edit)"),
    p("Compliance has approved the following. Every marketing email includes all three lines, in this order, directly above the unsubscribe link:"),
    ol(FCA, STATUS, OWNERSHIP),
    p("Onboarding and renewal emails include the first line only."),
    h1("Signing off"),
    quote("Always:", "Drive safely,", "The Kerbside team"),
    p("Don’t add a personal name under the sign-off; replies go to a shared inbox."),
    p("© 2024 Kerbside Subscriptions Ltd. Kerbside® is a registered trade mark. Internal document: please don’t forward outside the company."),
  ],
  key: {
    bannedTerms: [
      { term: "your own car", replacement: "your Kerbside car" },
      { term: "lease", replacement: "subscription" },
      { term: "no credit check", replacement: null },
      { term: "all-inclusive", replacement: "insurance, servicing and breakdown cover included" },
      { term: "no hidden fees", replacement: "one clear monthly price" },
      { term: "zero deposit", replacement: null },
      { term: "hassle-free", replacement: null },
    ],
    productNames: ["Kerbside Flex", "Kerbside Twelve", "Swap", "Kerbside Go"],
    disclaimers: [FCA, STATUS, OWNERSHIP],
    signOff: "Drive safely, The Kerbside team",
    style: { maxExclamations: 0, allowEmoji: null, noAllCaps: true, noExclamationInSubject: true },
    notBanned: ["cocky", "curt", "matey", "dealerships", "Curbside", "Motorwise", "Carvello"],
  },
};
