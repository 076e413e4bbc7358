/**
 * Car rental, Markdown. YAML front matter; numbered "## 1." headings; an "Old wording | New
 * wording" pipe table whose one replacement is a product name ("collision damage waiver" ->
 * "Kiteway Cover"), with "—" for no swap; a prose ban; a "What it is | Write | Never" product
 * table ("CDW" in the Never column is not a banned term; "Glide" is an ordinary word);
 * numbered mechanics; a "Words we like" list; legal lines in the <small> footer.
 */
import { h1, legal, ol, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const DRIVERS = "All drivers must be 21 or over and have held a full driving licence for at least two years. A young driver surcharge applies to drivers under 25.";
const INSURANCE = "Kiteway Car Rental Ltd is an appointed representative of Harrow Insurance Services Ltd, which is authorised and regulated by the Financial Conduct Authority.";

export const kitewayCarRental: Guide = {
  basename: "kiteway-car-rental",
  format: "markdown",
  industry: "car rental",
  brand: "Kiteway Car Rental",
  title: "Kiteway Copy Style Sheet",
  subtitle: "Bookings, reminders, receipts and marketing",
  meta: "Customer Marketing · v2.4 · last reviewed 19 February 2024",
  author: "Kiteway Customer Marketing",
  frontMatter: ["title: Kiteway Copy Style Sheet", "owner: Customer Marketing", "version: 2.4", "last_reviewed: 2024-02-19", "audience: internal, agencies"],
  blocks: [
    h1("1. What this is"),
    p("Kiteway rents cars and vans from 38 branches at airports, railway stations and town centres across the UK. Most of our customers book online, often late at night and often in a hurry, and they read our emails at a pick-up counter with a queue behind them. This style sheet keeps everything we send short, clear and consistent, from the booking confirmation to the receipt."),
    p("It is a working document. The copy team updates it whenever a complaint, a regulator’s letter or a good idea shows that something should change. The version number and review date are at the top; if your copy of this file is older than three months, fetch a new one from the shared drive."),
    h1("2. Our tone"),
    p("We sound like the best person at the rental desk: quick, friendly and unflappable. We tell people what they need, in the order they need it: where to go, what to bring, what it costs. We save the personality for the moments that have room for it, such as a welcome email, and we never make a joke about damage, fuel or money."),
    p("Words we like, because they describe what customers actually want from us:"),
    ul("easy", "ready when you land", "on the road", "the full picture", "no queue"),
    p("Customers compare us with Roadstar Hire and Vantage Car Club on every booking site. We don’t name them in our own copy and we don’t respond to their advertising."),
    h1("3. Old wording, new wording"),
    p("The rental industry has a vocabulary of its own, and much of it is either confusing or slightly misleading. These are the swaps we have made. A dash means there is no swap: cut the phrase and say something true instead."),
    table(
      ["Old wording", "New wording"],
      [
        ["cheapest", "best-value"],
        ["no hidden fees", "the full price upfront"],
        ["collision damage waiver", "Kiteway Cover"],
        ["excess", "your share of the repair cost"],
        ["bumper-to-bumper cover", "—"],
        ["upgrade guaranteed", "—"],
      ],
    ),
    p("We have also stopped promising a “grab and go” pick-up. There is always a licence check, and a customer who was promised a thirty-second handover will be annoyed by a five-minute one. Write “quick pick-up” instead."),
    h1("4. Products and services"),
    table(
      ["What it is", "Write", "Never"],
      [
        ["Damage and theft protection", "Kiteway Cover", "Kiteway cover, KitewayCover, CDW"],
        ["Membership with a free additional driver", "Kiteway Plus", "Kiteway+, Kiteway Premium"],
        ["Keyless pick-up in the app", "Glide", "GLIDE, glide pickup, Glide™"],
      ],
    ),
    p("Glide is an ordinary verb, and our app store listing uses it as one (“glide past the queue”), which is exactly why the product name always keeps its capital G. If a sentence could be read either way, write “Glide keyless pick-up”."),
    h1("5. Style mechanics"),
    ol(
      "Subject lines: no exclamation marks, ever.",
      "Body copy: one exclamation mark per email at most.",
      "No emoji in any customer communication.",
      "Capitals only for names and registration plates, never for emphasis.",
      "Pick-up and return times in the 24-hour clock: 08:30, 17:45.",
      "Prices include VAT and are shown per rental, not per day, unless the customer chose a daily rate.",
    ),
    h1("6. Signing off"),
    p("Booking and reminder emails end with the two lines below. Receipts don’t have a sign-off."),
    quote(undefined, "Safe travels,", "The Kiteway crew"),
    h1("7. Legal lines"),
    p("The two lines at the very end of this sheet go at the bottom of every booking confirmation and every marketing email that mentions Kiteway Cover. They are approved by our insurance partner; copy them exactly and keep them in this order."),
    legal(DRIVERS, INSURANCE),
  ],
  key: {
    bannedTerms: [
      { term: "cheapest", replacement: "best-value" },
      { term: "no hidden fees", replacement: "the full price upfront" },
      { term: "collision damage waiver", replacement: "Kiteway Cover" },
      { term: "excess", replacement: "your share of the repair cost" },
      { term: "bumper-to-bumper cover", replacement: null },
      { term: "upgrade guaranteed", replacement: null },
      { term: "grab and go", replacement: "quick pick-up" },
    ],
    productNames: ["Kiteway Cover", "Kiteway Plus", "Glide"],
    disclaimers: [DRIVERS, INSURANCE],
    signOff: "Safe travels, The Kiteway crew",
    style: { maxExclamations: 1, allowEmoji: false, noAllCaps: true, noExclamationInSubject: true },
    notBanned: ["Roadstar Hire", "Vantage Car Club", "easy", "on the road", "no queue", "CDW"],
  },
};
