/**
 * Finance (car insurer), PDF, 3-4 column tables: a four-column Phrase / Verdict /
 * Write instead / Why table where "OK" rows are not bans, a prose paragraph with two
 * more bans, a three-column product table with a "Don't write" column of misspellings,
 * a mechanics table, and the required legal text inside a Where / Required text / Notes
 * table (its "Claims emails" row says "None"). Competitors in prose.
 */
import type { Guide } from "../../guide-corpus/types";
import { basePdf, h1, p, table, ul } from "../../guide-corpus/guides/blocks";

const FCA =
  "Tarnbrook Motor Insurance is a trading name of Tarnbrook Underwriting Ltd, which is authorised and regulated by the Financial Conduct Authority (FRN 498215).";
const PRICE = "Prices include Insurance Premium Tax at the current rate. Your premium may change at renewal.";

export const tarnbrookMotor: Guide = {
  basename: "tarnbrook-motor",
  format: "pdf",
  industry: "finance",
  brand: "Tarnbrook Motor Insurance",
  title: "Email Copy Standards",
  subtitle: "Tarnbrook Motor Insurance: CRM, Renewals and Claims Communications",
  meta: "Document TM-COMMS-07 \u00b7 Version 5 \u00b7 Owner: Head of Customer Communications \u00b7 Review due January 2025",
  author: "Tarnbrook Customer Communications",
  pdf: {
    ...basePdf,
    bodySize: 9.5,
    leading: 1.4,
    titleSize: 22,
    h1Size: 13,
    h2Size: 11,
    accent: [0.12, 0.3, 0.2],
    footer: (page, total) => `TM-COMMS-07 v5  |  Page ${page} of ${total}`,
    footerAlign: "right",
    tableRules: true,
    tableHeaderFill: true,
    headingRule: true,
  },
  blocks: [
    h1("1. Scope"),
    p("This standard applies to every email Tarnbrook Motor Insurance sends to a customer or a prospective customer: quotes, new-business welcomes, mid-term changes, renewals, claims updates and marketing. It applies equally to emails written in-house and emails written by our agency partners. Letters and the policy documents themselves are covered by TM-COMMS-02."),
    h1("2. Context"),
    p("We sell car and van insurance direct and through price comparison sites, where most customers first meet us in a list alongside Fairway Motor, Beacon Insure and a dozen others. Most of them chose us on price. Whether they renew depends largely on what happens next, and for most customers \u201cwhat happens next\u201d is a series of emails. The two moments that matter most are renewal, when the price changes, and a claim, when something has already gone wrong."),
    h1("3. Tone"),
    ul(
      "Calm. A customer who has just had an accident needs the next step, not sympathy in three paragraphs.",
      "Specific. Give the amount, the date and the name of the person or garage involved.",
      "Never assign blame in writing. Liability is decided by the claims team, not by an email.",
    ),
    h1("4. Vocabulary"),
    p("The table below is the master list. \u201cBanned\u201d means the phrase must not appear in any customer email. \u201cOK\u201d means it is allowed; we list it because writers keep asking."),
    table(
      ["Phrase", "Verdict", "Write instead", "Why"],
      [
        ["cheap car insurance", "Banned", "low-cost cover", "Implies thin cover. Upheld ASA complaint, 2022."],
        ["fully comp", "Banned", "comprehensive cover", "Slang. Spell it out."],
        ["no-claims discount", "OK", "\u2014", "Write it in full on first mention."],
        ["write-off", "Banned", "total loss", "Upsetting for a customer whose car has just been damaged; \u201ctotal loss\u201d is the policy term."],
        ["knock-for-knock", "Banned", "\u2014", "Industry jargon. Explain what will happen to the customer's claim instead."],
        ["instant cover", "Banned", "cover from the start date you choose", "Cover starts at a set date and time, not when a button is pressed."],
        ["courtesy car", "OK", "\u2014", "Only where the customer's policy includes one."],
        ["excess", "OK", "\u2014", "Always give the amount: \u201cyour \u00a3250 excess\u201d."],
      ],
      [0.22, 0.11, 0.25, 0.42],
    ),
    p("Two more phrases need a word of their own. We never tell customers their premium is \u201clocked in\u201d: premiums are recalculated at every renewal, and a customer who was told otherwise has a fair complaint. And \u201chassle-free claims\u201d is out, however smooth we hope the process will be. Describe what the customer will actually have to do."),
    h1("5. Product and add-on names"),
    table(
      ["Product", "Correct form", "Don't write"],
      [
        ["Entry-level comprehensive policy", "Tarnbrook Essentials", "Tarnbrook Essential, T-Essentials"],
        ["Our top policy", "Tarnbrook Complete\u2122", "Tarnbrook Complete+, TarnbrookComplete"],
        ["Breakdown add-on", "RoadRescue", "Road Rescue, Roadrescue"],
        ["Key replacement add-on", "KeyCover", "Key Cover, Keycover"],
        ["Telematics app", "DriveScore", "Drive Score, Drivescore"],
      ],
      [0.34, 0.3, 0.36],
    ),
    p("Use the \u2122 on the first mention of Tarnbrook Complete in an email. The other names carry no symbol. When a customer's policy does not include an add-on, don't mention the add-on by name unless the email is offering it."),
    h1("6. Mechanics"),
    table(
      ["Element", "Rule", "Example"],
      [
        ["Exclamation marks", "Don't. Not in subject lines, not in the body.", "\u201cYour claim has been settled.\u201d"],
        ["Emoji", "Never, in any email.", "\u2014"],
        ["Capitals", "No words in all capitals for emphasis, including headings and buttons.", "Put the important word in bold instead."],
        ["Numbers", "Numerals, with \u00a3 and commas.", "\u00a31,250 excess"],
        ["Dates", "Day, month and year in full.", "3 March 2025"],
      ],
      [0.2, 0.45, 0.35],
    ),
    h1("7. Sign-off"),
    p("All emails close with \u201cDrive safely, The Tarnbrook team\u201d. Claims handlers add their own name and direct line above this line, not instead of it. Don't add \u201cKind regards\u201d or any other closing before it."),
    h1("8. Required statements"),
    p("Compliance owns this table. The text in the middle column goes into the email exactly as shown. The template inserts the first row automatically; the second must be added by hand."),
    table(
      ["Where", "Required text", "Notes"],
      [
        ["Footer of every email", FCA, "Do not shorten or split."],
        ["Any email that quotes a price", PRICE, "Directly under the price."],
        ["Claims emails", "None", "Claims letters carry their own wording."],
      ],
      [0.2, 0.56, 0.24],
    ),
    h1("9. Approvals"),
    p("New templates and marketing emails are approved by Compliance before first use. Changes to existing templates that touch the vocabulary, product names or required statements above need re-approval. Everything else can be signed off by a Customer Communications lead. Raise questions in the #comms-standards channel."),
  ],
  key: {
    bannedTerms: [
      { term: "cheap car insurance", replacement: "low-cost cover" },
      { term: "fully comp", replacement: "comprehensive cover" },
      { term: "write-off", replacement: "total loss" },
      { term: "knock-for-knock", replacement: null },
      { term: "instant cover", replacement: "cover from the start date you choose" },
      { term: "locked in", replacement: null },
      { term: "hassle-free claims", replacement: null },
    ],
    productNames: ["Tarnbrook Essentials", "Tarnbrook Complete", "RoadRescue", "KeyCover", "DriveScore"],
    disclaimers: [FCA, PRICE],
    signOff: "Drive safely, The Tarnbrook team",
    style: { maxExclamations: 0, allowEmoji: false, noAllCaps: true, noExclamationInSubject: true },
    notBanned: ["Fairway Motor", "Beacon Insure", "no-claims discount", "courtesy car", "excess", "Road Rescue", "Kind regards"],
  },
};
