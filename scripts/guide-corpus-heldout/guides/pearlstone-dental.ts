/**
 * Dental chain, DOCX. A "Term | Status | Alternative" table in which some rows are "Fine"
 * (not banned) and retired rows may have an empty Alternative cell; a prose ban outside the
 * table; before/after examples; product names as bold-led bullets with wrong spellings;
 * numbered mechanics; the legal lines in bordered callouts under "Compliance copy".
 */
import { callout, h1, ol, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const PLAN = "Pearlstone Care Plan is a dental payment plan, not an insurance policy. Fees start from £14.50 a month and depend on your dental health; terms apply.";
const ALIGNERS = "Results vary. ClearPath aligners are suitable for mild to moderate crowding and spacing only, following a consultation with one of our dentists.";
const CQC = "Pearlstone Dental Ltd runs 41 practices in England, each registered with the Care Quality Commission.";

export const pearlstoneDental: Guide = {
  basename: "pearlstone-dental",
  format: "docx",
  industry: "health",
  brand: "Pearlstone Dental",
  title: "Pearlstone Dental: Patient Communications Guide",
  subtitle: "For practice managers, reception teams and the central marketing team",
  meta: "Owner: Patient Experience · Issue 5 · April 2024",
  author: "Pearlstone Dental Patient Experience Team",
  blocks: [
    h1("Before you start"),
    p("Around a third of adults say they feel anxious about visiting the dentist, and about one in ten are anxious enough to put off treatment they know they need. Everything a patient reads from us, from the first reminder text to the letter after a root canal, either makes that worse or makes it a little better. This guide exists so that all 41 of our practices make it a little better, in the same way."),
    p("It covers how we sound, the clinical words we have reviewed, how we write the names of our plans and treatments, and the statements that must appear whenever we mention them. Practice-specific details, such as opening hours and parking, are up to each practice manager."),
    h1("Our tone"),
    p("We are gentle, specific and straightforward. In practice that means:"),
    ul(
      "**Gentle.** Acknowledge that a visit can be daunting. Never joke about pain, needles or the cost of treatment.",
      "**Specific.** Tell patients exactly what will happen, how long it takes and what it costs. Vague reassurance makes anxious people more anxious.",
      "**Straightforward.** Short sentences, everyday words. Say “gum disease” before you say “periodontitis”, and explain the second if you need it.",
    ),
    h1("Clinical words: a status check"),
    p("In 2023 we reviewed every word our practices use in patient letters with our clinical director, Dr Amara Okafor. Some words are retired; others were suspected but turned out to be fine. Check a word here before you debate it in a team meeting. If a retired word has nothing in the Alternative column, rewrite the sentence without the idea."),
    table(
      ["Term", "Status", "Alternative"],
      [
        ["painless", "Retired", "comfortable"],
        ["whitening", "Fine", ""],
        ["perfect smile", "Retired", "a healthier smile"],
        ["cosmetic", "Fine", ""],
        ["cheap", "Retired", "affordable"],
        ["guaranteed results", "Retired", ""],
        ["check-up", "Fine", ""],
        ["Hollywood smile", "Retired", ""],
      ],
      [0.4, 0.2, 0.4],
    ),
    p("One more word isn’t in the table, because it never should have needed to be: nobody should read the word “drill” in our marketing. Write “treatment” instead, and describe what the patient will feel rather than the equipment we use."),
    quote("Before", "Painless whitening for an amazing smile. Book today and see the difference."),
    quote("After", "Whitening at Pearlstone is comfortable for most people, and you can pause at any point. Your dentist will check your teeth first."),
    p("“Amazing” isn’t a banned word; it just isn’t specific. And “whitening” was never the problem: it is the name of the treatment."),
    h1("Our product family"),
    p("Three names need care, because patients search for them and because the plan administrator checks how we use them."),
    ul(
      "**Pearlstone Care Plan**: our monthly membership. Capital C, capital P. Write Pearlstone Care Plan, not Care plan or the Pearlstone Plan.",
      "**BrightStart**: check-ups for children under 12 whose parent or carer is on the Care Plan. One word, capital B and capital S; never Bright Start.",
      "**ClearPath**: our clear aligners. Write ClearPath, not Clear Path or Clearpath.",
    ),
    h1("Style mechanics"),
    ol(
      "No exclamation marks. Not even in appointment reminders.",
      "No emoji, anywhere.",
      "Times in the 12-hour clock: 9.30am, 2pm.",
      "Practice names in full on first mention: Pearlstone Dental Harrogate.",
      "Prices with the pound sign and pence only where they exist: £60, £14.50.",
    ),
    h1("How we say goodbye"),
    p("Letters and emails from a practice end with these two lines. Dentists sign clinical letters themselves; this sign-off is for everything else."),
    quote(undefined, "See you soon,", "The team at Pearlstone Dental"),
    h1("Compliance copy"),
    p("The statements below must appear, word for word, in any communication that mentions the Care Plan or ClearPath, and the first one appears on everything. The plan administrator and our regulator both check them, so copy them from this document rather than retyping."),
    callout("On every communication:", CQC),
    callout("Whenever the Care Plan is mentioned:", PLAN),
    callout("Whenever ClearPath is mentioned:", ALIGNERS),
    p("Questions about this guide go to the Patient Experience team. Suggested additions to the status table are welcome; send the word, where you saw it and why you think it is a problem."),
  ],
  key: {
    bannedTerms: [
      { term: "painless", replacement: "comfortable" },
      { term: "perfect smile", replacement: "a healthier smile" },
      { term: "cheap", replacement: "affordable" },
      { term: "guaranteed results", replacement: null },
      { term: "Hollywood smile", replacement: null },
      { term: "drill", replacement: "treatment" },
    ],
    productNames: ["Pearlstone Care Plan", "BrightStart", "ClearPath"],
    disclaimers: [CQC, PLAN, ALIGNERS],
    signOff: "See you soon, The team at Pearlstone Dental",
    style: { maxExclamations: 0, allowEmoji: false, noAllCaps: null, noExclamationInSubject: null },
    notBanned: ["whitening", "cosmetic", "check-up", "amazing", "periodontitis", "gentle", "specific", "straightforward"],
  },
};
