/** Health (clinic), Markdown with YAML front matter and pipe tables: Do/Don't table quoting banned words, "Don't write | Write" table, numbered mechanics, blockquote callout, disclaimers after a rule. */
import type { Guide } from "../types";
import { callout, h1, h2, legal, ol, p, quote, table, ul } from "./blocks";

const INFO = "This email is for general information only and is not a substitute for professional medical advice.";
const URGENT = "If you need urgent help, call NHS 111, or 999 in an emergency.";

export const brightwaterClinic: Guide = {
  basename: "brightwater-clinic",
  format: "markdown",
  industry: "health",
  brand: "Brightwater Family Clinic",
  title: "Patient Communications Style Guide",
  subtitle: "Brightwater Family Clinic, Bristol",
  author: "Brightwater Patient Communications",
  frontMatter: ["title: Patient Communications Style Guide", "owner: Patient Communications", "version: 2.0", "last_reviewed: 2024-01-22", "audience: internal"],
  blocks: [
    h1("About this guide"),
    p("Brightwater is an independent family clinic with two sites in Bristol, offering GP appointments, physiotherapy, minor procedures and an annual health check. We write to around 14,000 registered patients by email, mostly about appointments, seasonal clinics (flu, travel vaccinations) and changes to our services."),
    p("This guide is for the reception team, practice managers and anyone else who writes to patients. It is maintained in the clinic's shared repository; suggest changes by pull request or by talking to the practice manager."),
    h1("Voice"),
    p("Patients should finish reading one of our emails feeling informed and looked after. Our personality:"),
    ul(
      "**Reassuring**: we explain what will happen, so nothing is a surprise.",
      "**Respectful**: of people's time, privacy and intelligence.",
      "**Straightforward**: one message per email, and the action near the top.",
    ),
    h2("Writing appointment emails"),
    p("Most of our emails are about appointments, and most of the questions reception answers are about things an email could have said. Put the date, time, site and clinician's name in the first two lines. Say how to get there, where to park and whether the patient needs to bring anything, such as a urine sample or a list of medicines. Always say how to cancel or rearrange, and how much notice we need: missed appointments cost the clinic around 90 hours of clinician time every month."),
    h1("Do and don't"),
    table(
      ["Do", "Don't"],
      [
        ["Describe what a procedure involves and how long it takes.", "Call any procedure \u201cpainless\u201d."],
        ["Put the person first: \u201ca person with diabetes\u201d.", "Say someone is \u201csuffering from\u201d a condition, or call anyone \u201ca diabetic\u201d."],
        ["Say plainly what the clinic offers.", "Describe our equipment as \u201cstate-of-the-art\u201d."],
        ["Use the patient's preferred name.", "Use medical jargon without explaining it."],
      ],
    ),
    h1("Words to avoid"),
    p("The words on the left either make promises we can't keep or describe people in ways they tell us they dislike."),
    table(
      ["Don't write", "Write"],
      [
        ["suffering from", "living with"],
        ["diabetic (as a noun)", "person with diabetes"],
        ["painless", "most people find it comfortable"],
        ["state-of-the-art", "modern"],
        ["elderly", "older people"],
        ["non-compliant", "finding it hard to follow the treatment plan"],
      ],
    ),
    h1("Our services and apps"),
    table(
      ["Name", "What it is", "Notes"],
      [
        ["Brightwater Connect", "Patient app and web portal", "Always both words; \u201cConnect\u201d alone is fine after first mention"],
        ["WellCheck", "Annual health check", "One word, capital W and C"],
        ["NurseLine 24", "24-hour nurse phone line", "Space before the 24; never \u201cNurseline\u201d"],
      ],
    ),
    h1("Mechanics"),
    ol(
      "We don't use exclamation marks.",
      "No emoji, in any patient message.",
      "No words in capital letters, even for warnings. Use bold instead.",
      "Times are written 9am and 2.30pm.",
      "Phone numbers are written in full with spaces: 0117 496 0321.",
      "Subject lines say what the email is about: \u201cYour flu vaccination appointment\u201d.",
    ),
    callout("Important:", "Never include test results, diagnoses or medication names in an email. Ask the patient to sign in to Brightwater Connect to see them."),
    h1("Closing"),
    p("Every email closes with:"),
    quote(undefined, "With best wishes,", "The Brightwater Family Clinic team"),
    p("Clinicians writing about an individual patient's care use the secure messaging in Brightwater Connect, not email, and sign with their own name."),
    h1("Disclaimers"),
    p("Include both lines below, exactly as written, at the end of every email we send to patients, after the sign-off."),
    legal(INFO, URGENT),
  ],
  key: {
    bannedTerms: [
      { term: "suffering from", replacement: "living with" },
      { term: "diabetic", replacement: "person with diabetes" },
      { term: "painless", replacement: "most people find it comfortable" },
      { term: "state-of-the-art", replacement: "modern" },
      { term: "elderly", replacement: "older people" },
      { term: "non-compliant", replacement: "finding it hard to follow the treatment plan" },
    ],
    productNames: ["Brightwater Connect", "WellCheck", "NurseLine 24"],
    disclaimers: [INFO, URGENT],
    signOff: "With best wishes, The Brightwater Family Clinic team",
    style: { maxExclamations: 0, allowEmoji: false, noAllCaps: true, noExclamationInSubject: null },
    notBanned: ["reassuring", "respectful", "straightforward", "jargon"],
  },
};
