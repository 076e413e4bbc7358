/** Health (telehealth and pharmacy), DOCX: Do/Don't table quoting banned words, a three-column "Term | Why | Try instead" vocabulary table, naming bullets, an "Important:" callout, required language. */
import type { Guide } from "../types";
import { callout, h1, h2, legal, p, quote, table, ul } from "./blocks";

const EMERGENCY = "CareLine Health does not provide emergency care. If you think you are having a medical emergency, call 911 or go to the nearest emergency room.";
const DISCRETION = "Prescriptions are issued at the sole discretion of the treating clinician and are not guaranteed.";
const PHARMACY = "RxNow pharmacy services are provided by CareLine Pharmacy, LLC, a licensed pharmacy.";

export const carelineHealth: Guide = {
  basename: "careline-health",
  format: "docx",
  industry: "health",
  brand: "CareLine Health",
  title: "CareLine Health Communications Guide",
  subtitle: "Patient email standards: voice, vocabulary, naming and required language",
  meta: "Version 1.4 \u2014 Clinical Communications Committee \u2014 approved 8 January 2024",
  author: "Clinical Communications Committee",
  blocks: [
    h1("Purpose and scope"),
    p("CareLine Health offers virtual primary care, prescription delivery and a membership plan to patients in 31 states. This guide applies to every email we send to patients and members: appointment reminders, membership news, pharmacy updates and marketing. It is written for the marketing team, the patient-experience team and the agencies who support them."),
    p("Our patients are often unwell, worried or short of time when they read our emails. Some are managing long-term conditions; some are caring for someone else. They need to understand what we are telling them on the first read, and they need to be able to trust every word. Clinical accuracy comes first, brand voice second and persuasion a distant third."),
    h1("Voice"),
    p("We sound like a good nurse practitioner on a phone call: calm, clear and kind, and never in a rush to get off the line."),
    ul(
      "**Calm and clear.** Short sentences. One idea per paragraph. The most important information first.",
      "**Kind, not sugary.** We acknowledge that health is personal and sometimes hard, without gushing.",
      "**Clinically accurate.** Every health statement is reviewed by a clinician before it is sent.",
    ),
    h2("Do and don't"),
    table(
      ["Do", "Don't"],
      [
        ["Acknowledge how the person may be feeling.", "Use alarming language or false urgency."],
        ["Explain medical terms in plain words the first time you use them.", "Assume the reader knows our internal names for things."],
        ["Describe what a clinician will do, and when.", "Promise results: nothing is \u201c100% safe\u201d, and we never offer a \u201ccure\u201d."],
        ["Tell patients what to do if symptoms get worse.", "Diagnose, or reassure someone about a symptom, by email."],
      ],
      [0.5, 0.5],
    ),
    h1("Vocabulary: what we don't say"),
    p("These words and phrases have caused confusion, complaints or regulatory concern. Don't use them in any patient communication. Where there is a better option, it is in the last column."),
    table(
      ["Term", "Why", "Try instead"],
      [
        ["cure", "We treat and manage conditions; we don't promise cures.", "treat"],
        ["100% safe", "No treatment is free of risk.", "\u2014"],
        ["no side effects", "Every medicine can have side effects.", "\u2014"],
        ["doctor-approved", "Vague, and implies an endorsement we can't show.", "reviewed by a licensed clinician"],
        ["instant prescription", "Prescriptions are issued only after a clinical review.", "prescribed after a clinical review"],
        ["cheap meds", "Sounds low-quality and unsafe.", "lower-cost medication"],
      ],
      [0.25, 0.45, 0.3],
    ),
    h1("Naming conventions"),
    ul(
      "myHealth Plus: lowercase m, capital H, and Plus as a separate word. Not MyHealth+, not MYHEALTH PLUS.",
      "RxNow: capital R, lowercase x, capital N, no space.",
      "CareLine Video Visit: three words, each capitalised. After the first mention, \u201cyour Video Visit\u201d is fine.",
    ),
    p("Our company name is CareLine Health, with a capital L and no space. Our pharmacy partner's legal name appears only in the required language below."),
    h1("Formatting"),
    p("Never use exclamation marks in patient emails; a cheerful reminder can still be calm. Emoji are not used in patient communications. Use sentence case for subject lines and headings, and keep subject lines under 45 characters so they are not cut off on phones."),
    callout("Important:", "Never put a diagnosis, a medication name or a test result in a subject line or preview text. Subject lines can be read on a locked phone screen by anyone nearby."),
    h2("Links and buttons"),
    p("Buttons say what happens next: \u201cJoin your Video Visit\u201d, \u201cTrack your delivery\u201d. Every email must work without images, and alt text must describe what an image shows rather than repeat the headline."),
    h1("Required language"),
    p("Every email sent to patients or members must end with the three statements below, unchanged and in this order, above the unsubscribe link. They are reviewed by Legal each year; don't edit them locally."),
    legal(EMERGENCY, DISCRETION, PHARMACY),
    h2("Why this matters"),
    p("The first statement protects patients: a worried person must never mistake an email thread for a route to urgent care. The second and third are conditions of our pharmacy licences. Emails that reach patients without them must be reported to Compliance the same day."),
    h1("Sign-off"),
    p("Close with the team sign-off on two lines. Clinicians may sign their own follow-up messages inside the patient portal, but marketing and membership emails always use:"),
    quote(undefined, "Take care,", "The CareLine Health team"),
  ],
  key: {
    bannedTerms: [
      { term: "cure", replacement: "treat" },
      { term: "100% safe", replacement: null },
      { term: "no side effects", replacement: null },
      { term: "doctor-approved", replacement: "reviewed by a licensed clinician" },
      { term: "instant prescription", replacement: "prescribed after a clinical review" },
      { term: "cheap meds", replacement: "lower-cost medication" },
    ],
    productNames: ["myHealth Plus", "RxNow", "CareLine Video Visit"],
    disclaimers: [EMERGENCY, DISCRETION, PHARMACY],
    signOff: "Take care, The CareLine Health team",
    style: { maxExclamations: 0, allowEmoji: false, noAllCaps: null, noExclamationInSubject: null },
    notBanned: ["calm", "clear", "kind", "guaranteed"],
  },
};
