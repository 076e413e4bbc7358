/**
 * Finance (travel insurer), PDF with 3- and 4-column tables: "Trait | What it means | What it
 * doesn't mean" (trap), "Steer clear of | Why it's a problem | Try instead | Example" with an
 * example column, a 4-column product table with misspellings and ™, and the required wording in a
 * 3-column table headed "Wording (copy exactly)". Competitors in prose; ban stated in prose.
 */
import type { Guide } from "../../guide-corpus/types";
import { basePdf, h1, h2, p, table, ul } from "../../guide-corpus/guides/blocks";

const FCA =
  "Wayfarer Cover is a trading name of Wayfarer Insurance Services Ltd, which is authorised and regulated by the Financial Conduct Authority (FRN 604317).";
const MEDICAL = "Pre-existing medical conditions are not covered unless you declare them and we accept them in writing.";
const TRIPGUARD = "TripGuard is an optional add-on. Cancellation cover starts on the date you buy it, not the date you travel.";

export const wayfarerCover: Guide = {
  basename: "wayfarer-cover",
  format: "pdf",
  industry: "finance",
  brand: "Wayfarer Cover",
  title: "Wayfarer Cover Email Style Sheet",
  subtitle: "Travel insurance marketing and service emails",
  meta: "CRM & Content \u00b7 v5.2 \u00b7 approved by Compliance 9 February 2024",
  author: "Wayfarer CRM & Content",
  pdf: {
    ...basePdf,
    bodySize: 9.5,
    leading: 1.4,
    titleSize: 22,
    h1Size: 14,
    h2Size: 11,
    accent: [0.0, 0.42, 0.48],
    footer: (page, total) => `Wayfarer Cover \u2013 Email Style Sheet v5.2 \u2013 ${page} of ${total}`,
    footerAlign: "right",
    tableRules: true,
    tableHeaderFill: true,
  },
  blocks: [
    h1("Scope"),
    p("This style sheet covers every email we send to customers and quote-seekers: renewal invitations, pre-trip emails, claims updates and promotional campaigns. Our in-app messages follow the same rules. Print advertising and the website have separate guides owned by the Brand team."),
    p("Travel insurance is bought in a hurry and read in a crisis. A customer may open our email in an airport queue, on a hospital ward in Malaga or at 3am when their flight has been cancelled. Every email should be readable in thirty seconds on a phone, and every claims email should tell the reader exactly what to do next."),
    h1("Voice"),
    table(
      ["Trait", "What it means", "What it doesn\u2019t mean"],
      [
        ["Calm", "We\u2019ve seen it all before and we know what to do.", "Casual about a customer\u2019s emergency"],
        ["Clear", "Short sentences; the action in the first two lines.", "Curt or robotic"],
        ["Upbeat", "Travel is exciting, and pre-trip emails can say so.", "Gushing, salesy or full of holiday puns"],
        ["Straight", "We explain what isn\u2019t covered as plainly as what is.", "Legalistic"],
      ],
      [0.18, 0.45, 0.37],
    ),
    p("Customers often arrive from comparison sites where we sit next to GlobeSure and Jetwise Insurance. We never name or criticise another insurer in an email, and we don\u2019t make price comparisons: prices depend on the trip, the traveller and the day the quote is run."),
    h1("Words and phrases"),
    p("The phrases below have caused complaints, Financial Ombudsman cases or Compliance rejections. Steer clear of everything in the first column. Where the third column has a suggestion, use it; where it has a dash, rewrite the sentence."),
    table(
      ["Steer clear of", "Why it\u2019s a problem", "Try instead", "Example"],
      [
        ["worry-free", "We can\u2019t remove worry. We can help when things go wrong.", "help when things go wrong", "Wherever you are, we\u2019ll help when things go wrong."],
        ["fully comprehensive", "Suggests there are no exclusions. Every policy has some.", "our widest cover", "Wayfarer Plus is our widest cover."],
        ["no medical questions", "We always ask about health, for every traveller.", "\u2014", "\u2014"],
        ["instant payout", "Claims are assessed, and some need documents.", "a quick decision on your claim", "You\u2019ll get a quick decision on your claim, usually within five working days."],
        ["cheapest", "Impossible to prove and usually untrue for someone.", "good value", "Nomad is good value for long trips."],
        ["adventure-proof", "Winter sports and diving need the right add-on.", "\u2014", "\u2014"],
        ["pre-ex", "Internal jargon. Customers don\u2019t know it.", "pre-existing medical condition", "Tell us about any pre-existing medical condition."],
      ],
      [0.2, 0.3, 0.22, 0.28],
    ),
    p("We also never describe any part of a policy as \u201cguaranteed\u201d, whether that is cover, a payout or a price at renewal."),
    h1("Products"),
    table(
      ["Product", "Write", "Don\u2019t write", "Notes"],
      [
        ["Single-trip and annual cover", "Wayfarer Essentials", "Wayfarer Essential, Essentials cover", "Our standard policy"],
        ["Upgraded cover", "Wayfarer Plus", "Wayfarer+, Wayfarer Plus+", "Higher medical and baggage limits"],
        ["Long-stay cover", "Nomad", "NOMAD, Nomad cover, nomad", "For trips of 3 to 18 months; ordinary word, so always capitalised"],
        ["Cancellation add-on", "TripGuard\u2122", "Trip Guard, Tripguard, Trip-Guard", "Use \u2122 on first mention in each email"],
      ],
      [0.25, 0.2, 0.28, 0.27],
    ),
    p("Write the product name in full in the subject line and on first mention in the body. After that, \u201cyour policy\u201d is fine. Don\u2019t shorten Wayfarer Essentials to \u201cEssentials\u201d on its own: in a long email it starts to read like a packing list."),
    h1("Mechanics"),
    ul(
      "Go steady with exclamation marks: one per email at the very most, and never in a subject line. Claims and medical emails have none.",
      "A single travel emoji (a plane or a suitcase) is fine in a pre-trip subject line. Never use emoji in claims emails.",
      "Don\u2019t write whole words in capitals. The only exceptions are airport codes such as LHR and MAN.",
      "Money: \u00a3 for sterling, \u20ac and $ where relevant, with no decimals for whole amounts (\u00a3250 excess).",
      "Phone numbers in full with the international version for customers abroad: +44 20 7946 0321.",
      "Dates as 14 June 2024; times in the 24-hour clock for flights (06:45) and the 12-hour clock otherwise.",
    ),
    h2("Signing off"),
    p("Marketing and pre-trip emails end with \u201cSafe travels, The Wayfarer Cover team\u201d. Claims emails end with the claims handler\u2019s first name and the 24-hour assistance number instead."),
    h1("Required wording"),
    p("The wording in the table must go into the footer of the emails shown, exactly as written. Compliance checks every campaign for it, and any change needs their written approval."),
    table(
      ["Email type", "Wording (copy exactly)", "Position"],
      [
        ["Every marketing email", FCA, "Footer, first paragraph"],
        ["Any email that mentions medical cover", MEDICAL, "Footer, after the line above"],
        ["Any email that mentions TripGuard", TRIPGUARD, "Footer, last paragraph"],
      ],
      [0.22, 0.56, 0.22],
    ),
    h2("Approvals"),
    p("Send final copy to crm-approvals@wayfarercover.co.uk with the audience and send date. Compliance turns campaigns round in two working days, or one for pre-trip emails that use an approved template. Claims templates are owned by the Claims team and must not be edited by CRM."),
  ],
  key: {
    bannedTerms: [
      { term: "worry-free", replacement: "help when things go wrong" },
      { term: "fully comprehensive", replacement: "our widest cover" },
      { term: "no medical questions", replacement: null },
      { term: "instant payout", replacement: "a quick decision on your claim" },
      { term: "cheapest", replacement: "good value" },
      { term: "adventure-proof", replacement: null },
      { term: "pre-ex", replacement: "pre-existing medical condition" },
      { term: "guaranteed", replacement: null },
    ],
    productNames: ["Wayfarer Essentials", "Wayfarer Plus", "Nomad", "TripGuard"],
    disclaimers: [FCA, MEDICAL, TRIPGUARD],
    signOff: "Safe travels, The Wayfarer Cover team",
    style: { maxExclamations: 1, allowEmoji: true, noAllCaps: true, noExclamationInSubject: true },
    notBanned: ["GlobeSure", "Jetwise Insurance", "calm", "upbeat", "gushing", "salesy", "legalistic", "Trip Guard"],
  },
};
