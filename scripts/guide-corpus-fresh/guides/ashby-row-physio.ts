/**
 * Health (physiotherapy clinic), PDF: five rules, each in a box (callout), with bans
 * phrased as "Please avoid X", "never say X ... write Y instead", "X is out" and
 * "We say X, not Y"; a "words that work" list (trap); service names in bullets with
 * ™ and misspellings; an exercise disclaimer in an "Include this:" box; a two-line
 * sign-off; a registration line at the foot of the page. Page footer is a copyright line.
 */
import type { Guide } from "../../guide-corpus/types";
import { basePdf, callout, h1, h2, legal, p, quote, ul } from "../../guide-corpus/guides/blocks";

const EXERCISE =
  "The exercises in this email are general guidance and are not a substitute for an assessment by a physiotherapist. Stop any exercise that causes pain and contact the clinic.";
const REGISTERED =
  "Ashby Row Physiotherapy Ltd is registered with the Care Quality Commission. All of our physiotherapists are registered with the Health and Care Professions Council.";

export const ashbyRowPhysio: Guide = {
  basename: "ashby-row-physio",
  format: "pdf",
  industry: "health",
  brand: "Ashby Row Physiotherapy",
  title: "Writing to Patients",
  subtitle: "Ashby Row Physiotherapy house style",
  meta: "Prepared by the Clinic Manager with the clinical leads \u00b7 Updated May 2024",
  author: "Ashby Row Physiotherapy",
  pdf: {
    ...basePdf,
    bodySize: 10.5,
    leading: 1.45,
    titleSize: 26,
    h1Size: 14,
    h2Size: 11.5,
    accent: [0.05, 0.45, 0.5],
    footer: (page, total) => `\u00a9 Ashby Row Physiotherapy Ltd 2024  \u00b7  House style  \u00b7  ${page}/${total}`,
    footerAlign: "center",
    tableRules: false,
    bullet: "\u2013",
  },
  blocks: [
    h1("Why we have a house style"),
    p("Ashby Row has three clinics: the original practice on Ashby Row, the Canal Street clinic and the sports injury unit at Quarry Hill leisure centre. Between us we send about 3,000 emails a month, from appointment reminders to exercise programmes to the quarterly newsletter."),
    p("Most of the people who read them are in pain, worried about how long recovery will take, or both. A clear, calm email helps. A pushy or careless one makes people anxious, and anxious patients are less likely to do their exercises or come back for their follow-up."),
    h2("Who this is for"),
    p("Reception and the booking team, every clinician who emails a patient, and whoever writes the newsletter. If you write anything that a patient will read, it's for you."),
    h1("Words that work"),
    p("When we read back through our best emails, the same words kept turning up: move, ease, build strength, your plan, progress at your own pace. They are honest about what physiotherapy is (steady work, not magic) and they put the patient in charge. Use them if they fit. None of them is compulsory."),
    h1("The five rules"),
    p("Five rules cover almost every problem we've had with patient emails. Each one is in a box so you can find it quickly."),
    callout(
      "Rule 1: No promises.",
      "Please avoid \u201cpain-free\u201d and \u201cguaranteed recovery\u201d, and never say that treatment will \u201ccure\u201d anything. Most patients improve with physiotherapy, but nobody can promise an outcome. Where you're tempted to write \u201ccure\u201d, write \u201chelp manage\u201d instead.",
    ),
    callout(
      "Rule 2: Clinicians, not salespeople.",
      "\u201cQuick fix\u201d is out, and so is \u201cmiracle\u201d. Recovery takes weeks, and the patient does most of the work. We sell appointments, not miracles.",
    ),
    callout(
      "Rule 3: Call treatments by their proper names.",
      "We say \u201cspinal manipulation\u201d, not \u201cback-cracking\u201d. If a treatment has a name patients might not know, add a short explanation in brackets the first time.",
    ),
    callout(
      "Rule 4: Keep it calm.",
      "No emoji, ever. An exclamation mark is allowed once in an email if the news is genuinely good (\u201cYou\u2019ve been discharged!\u201d) but never in a subject line. Please don't write whole words in capitals either; it reads as shouting.",
    ),
    callout(
      "Rule 5: No diagnosis by email.",
      "Reception must never suggest what might be wrong with a patient. If someone describes symptoms, offer the earliest appointment and, for anything that sounds serious, tell them to contact their GP or NHS 111.",
    ),
    h1("Services and names"),
    p("Our services have names that patients recognise from the website and the leaflets in the waiting room. Please use them exactly:"),
    ul(
      "**Back in Action\u2122**: our six-week lower-back programme. The \u2122 goes on first mention. Not \u201cBack In Action\u201d or \u201cBack-in-Action\u201d.",
      "**Desk Reset**: workplace posture assessment, in clinic or on site. Two words; not \u201cDeskReset\u201d.",
      "**Run Ready**: the running injury clinic at Quarry Hill. \u201cRun ready\u201d in lower case is just a phrase, so capitalise it only when you mean the clinic.",
      "**ClinicLink**: our booking and exercise app. One word, capital L. Not \u201cClinic Link\u201d.",
    ),
    h1("Exercise programmes"),
    p("When a clinician emails a home exercise programme, the box below goes directly under the last exercise. The template has it already; if you write the email from scratch, copy it in full."),
    callout("Include this:", EXERCISE),
    p("Attach videos from the ClinicLink library rather than links to video sites, and give sets and repetitions as numbers: 3 sets of 10."),
    h1("Signing off"),
    p("Reception and clinical emails end the same way, on two lines:"),
    quote(undefined, "Take care,", "The team at Ashby Row"),
    p("Clinicians may add their own name and HCPC number above the sign-off. The newsletter is signed by the clinic director and doesn't use it."),
    h1("Small print"),
    p("The line at the foot of this page goes at the bottom of every email we send, marketing or clinical. It is in every template; please don't delete it."),
    legal(REGISTERED),
  ],
  key: {
    bannedTerms: [
      { term: "pain-free", replacement: null },
      { term: "guaranteed recovery", replacement: null },
      { term: "cure", replacement: "help manage" },
      { term: "quick fix", replacement: null },
      { term: "miracle", replacement: null },
      { term: "back-cracking", replacement: "spinal manipulation" },
    ],
    productNames: ["Back in Action", "Desk Reset", "Run Ready", "ClinicLink"],
    disclaimers: [EXERCISE, REGISTERED],
    signOff: "Take care, The team at Ashby Row",
    style: { maxExclamations: 1, allowEmoji: false, noAllCaps: true, noExclamationInSubject: true },
    notBanned: ["move", "ease", "build strength", "your plan", "progress at your own pace", "Clinic Link", "DeskReset"],
  },
};
