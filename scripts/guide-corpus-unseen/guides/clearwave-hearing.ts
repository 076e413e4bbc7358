/**
 * Health (hearing aids), PDF built on tables: a three-column "Don't write | Write | Why" table with
 * dashes, a four-column tone table whose example openings are fine, a four-column product table
 * ("Don't write" misspellings; Aria and Nimbus are ordinary words), a style table, and the
 * required wording in a "When | Required wording | Where" table (one line conditional).
 */
import { basePdf, h1, p, table } from "../../guide-corpus/guides/blocks";
import type { UnseenGuide } from "../build";

const DEVICE = "Clearwave hearing aids are medical devices. Always read the instructions for use, and ask your audiologist whether they are right for you.";
const REGISTERED = "Clearwave Hearing Ltd is registered with the Care Quality Commission. Our audiologists are registered with the Health and Care Professions Council.";
const SCREEN = "SoundCheck is a screening tool, not a diagnosis. If you are worried about your hearing, book a full assessment with an audiologist.";

export const clearwaveHearing: UnseenGuide = {
  basename: "clearwave-hearing",
  format: "pdf",
  industry: "health",
  brand: "Clearwave Hearing",
  title: "Patient Communications Standards",
  subtitle: "Clearwave Hearing: email and letter copy",
  meta: "Owners: Clinical Governance and Marketing  |  Edition 2  |  Reviewed December 2023",
  author: "Clearwave Hearing Clinical Governance",
  pdf: {
    ...basePdf,
    bodySize: 10,
    leading: 1.4,
    titleSize: 22,
    h1Size: 14,
    h2Size: 11.5,
    accent: [0.0, 0.42, 0.45],
    footer: (page, total) => `Clearwave Hearing — Patient Communications Standards — ${page} / ${total}`,
    footerAlign: "right",
    tableRules: true,
    tableHeaderFill: true,
  },
  blocks: [
    h1("Introduction"),
    p("Clearwave Hearing runs 62 hearing centres in England and Wales and a home-visit service for people who cannot travel. Every patient is seen by a registered audiologist. We write to patients to confirm and remind them of appointments, to help them through the first weeks with new hearing aids, to share news and advice, and occasionally to tell them about a new product or price."),
    p("Most of our patients are over 65. Some are new to email; many read on a tablet with the text enlarged or with a screen reader. Others are younger people with noise-induced or congenital hearing loss who are tired of being written to as if they were elderly. Write plainly for all of them."),
    p("This document is owned jointly by Clinical Governance and Marketing. Where the two teams disagree about a piece of copy, Clinical Governance decides."),
    h1("Language about hearing loss"),
    p("The words we use about hearing loss matter to the people who have it. Research with our patient panel in 2023 gave us the table below. The middle column is what to write instead; where it shows a dash, rewrite the sentence without the phrase."),
    table(
      ["Don't write", "Write", "Why"],
      [
        ["hearing impaired", "people with hearing loss", "Puts the person first; many patients dislike the word “impaired”."],
        ["suffers from hearing loss", "has hearing loss", "Hearing loss is common and manageable, not a tragedy."],
        ["invisible", "discreet", "No hearing aid is truly invisible, and complaints about the claim have been upheld."],
        ["restore your hearing", "—", "Hearing aids help. They do not restore natural hearing."],
        ["miracle", "—", "Every health claim must be evidenced, and this one can’t be."],
        ["crystal-clear sound", "clearer conversations", "Describe the benefit to the patient, not a promise about sound quality."],
        ["old age", "—", "Hearing loss affects people of every age; don’t link the two."],
      ],
      [0.26, 0.26, 0.48],
    ),
    p("We do use the word “deaf” when a patient uses it about themselves, and in the names of the charities we work with. Don’t avoid it out of embarrassment."),
    h1("Tone by type of email"),
    p("The voice stays the same; the tone moves with the purpose of the email. The example openings below have all been tested with patients."),
    table(
      ["Email", "Purpose", "Tone", "Example opening"],
      [
        ["Appointment reminder", "Make sure the patient arrives with what they need", "Brief, practical", "“Your hearing check is on Tuesday 5 March at 10.30am at Clearwave Harrogate.”"],
        ["Aftercare", "Help the patient get used to new hearing aids", "Patient, encouraging", "“The first two weeks are the hardest. Here’s what most people notice.”"],
        ["Newsletter", "Share news and useful advice", "Warm, conversational", "“This month: how to hear better in a busy restaurant.”"],
        ["Offer", "Tell existing patients about a product or price", "Clear, calm, no pressure", "“If you’re thinking about an upgrade, here’s what has changed.”"],
      ],
      [0.18, 0.3, 0.18, 0.34],
    ),
    h1("Product and service names"),
    p("Write our product and service names exactly as they appear in the third column. The fourth column lists spellings that have reached patients and confused them."),
    table(
      ["Name", "What it is", "Write it as", "Don't write"],
      [
        ["Aria", "Behind-the-ear hearing aid range", "Aria", "ARIA, Aria-7, aria"],
        ["Nimbus", "Receiver-in-canal hearing aid range", "Nimbus™ (first mention), then Nimbus", "NIMBUS, Nimbus RIC"],
        ["ClearCare", "Aftercare plan: batteries, cleaning and an annual check", "ClearCare", "Clear Care, Clearcare"],
        ["SoundCheck", "Five-minute online hearing screener", "SoundCheck", "Sound Check, soundcheck"],
      ],
      [0.16, 0.36, 0.26, 0.22],
    ),
    p("Aria and Nimbus are ordinary words too. Give them a capital letter only when you mean our products, and make sure the sentence makes that clear: “your Aria hearing aids”, not “an aria”."),
    h1("Style and mechanics"),
    table(
      ["Element", "Rule", "Notes"],
      [
        ["Exclamation marks", "A maximum of one per email", "Never in appointment reminders or anything about test results."],
        ["Capitals", "No words in block capitals", "Block capitals are harder to read for people with low vision, and they feel like shouting."],
        ["Emoji", "Not used", "Screen readers announce them, and they look out of place in a clinical email."],
        ["Body text", "At least 16px in email templates", "Many patients use magnification. Never shrink text to fit."],
        ["Numbers", "Use numerals", "“3 appointments”, “2 hearing aids”."],
        ["Times", "10.30am, 2pm", "Always give the centre’s name with the time."],
      ],
      [0.2, 0.32, 0.48],
    ),
    h1("Other providers"),
    p("We never name other providers such as Sonalis or HearRight Direct, and we don’t compare our prices with the high-street opticians. Patients who ask about another provider’s products should be invited to bring them to an appointment, where an audiologist can give an honest view."),
    h1("Required wording"),
    p("The statements below are required by our regulators and our insurers. Copy them exactly, without abbreviating them. The third column says where each one goes."),
    table(
      ["When", "Required wording", "Where"],
      [
        ["Every email", DEVICE, "Directly below the sign-off"],
        ["Every email", REGISTERED, "In the email footer"],
        ["Any email that mentions SoundCheck", SCREEN, "Immediately after the first mention of SoundCheck"],
      ],
      [0.2, 0.55, 0.25],
    ),
    h1("Signing off"),
    p("Sign every email “Warm regards, the Clearwave audiology team”. Don’t sign with an individual’s name: patients reply to the sender, and the team inbox is the one that is watched."),
    p("Questions about these standards go to Clinical Governance at governance@clearwavehearing.co.uk."),
  ],
  key: {
    bannedTerms: [
      { term: "hearing impaired", replacement: "people with hearing loss" },
      { term: "suffers from hearing loss", replacement: "has hearing loss" },
      { term: "invisible", replacement: "discreet" },
      { term: "restore your hearing", replacement: null },
      { term: "miracle", replacement: null },
      { term: "crystal-clear sound", replacement: "clearer conversations" },
      { term: "old age", replacement: null },
    ],
    productNames: ["Aria", "Nimbus", "ClearCare", "SoundCheck"],
    disclaimers: [DEVICE, REGISTERED, SCREEN],
    signOff: "Warm regards, the Clearwave audiology team",
    style: { maxExclamations: 1, allowEmoji: false, noAllCaps: true, noExclamationInSubject: null },
    notBanned: ["deaf", "Sonalis", "HearRight Direct", "diagnosis"],
  },
};
