/**
 * Health (dental-aligner startup), HTML: "We never write X" bullets, an arrow swap list
 * ("X → Y"), "Replace X with Y" prose, a bad example in which only the listed words are banned
 * (trap: "amazing"), a "Name | Correct | Incorrect" product table with ™ and an ordinary-word
 * product (Keep), a callout allowing one emoji, a two-line sign-off, competitors, and the
 * required medical lines placed in the page footer.
 */
import type { Guide } from "../../guide-corpus/types";
import { callout, h1, h2, legal, ol, p, quote, table, ul } from "../../guide-corpus/guides/blocks";

const DENTIST = "Arcline clear aligners are prescribed and monitored by GDC-registered dentists. Not everyone is suitable for treatment, and results vary from person to person.";
const CQC = "Arcline Health Ltd is registered with the Care Quality Commission. Registered in England and Wales, company number 12840019.";

export const arcline: Guide = {
  basename: "arcline-aligners",
  format: "html",
  industry: "health",
  brand: "Arcline",
  title: "Arcline Voice & Copy Guide",
  subtitle: "For emails, push notifications and the patient app",
  meta: "Maintained by the Content team \u00b7 last edit 11 March 2024",
  author: "Arcline Content team",
  html: {
    accent: "#5b4bdb",
    fontFamily: "'DM Sans', system-ui, sans-serif",
    siteName: "Arcline Handbook",
    navLinks: ["Brand", "Content", "Design system", "Clinical", "People"],
    toc: false,
    copyright: "Arcline Handbook \u00b7 internal \u00b7 \u00a9 Arcline Health Ltd 2024",
  },
  blocks: [
    h1("Who we are"),
    p("Arcline makes clear aligners that straighten teeth without fixed braces. Patients start with a free scan in one of our studios or a SmileScan at home, a dentist designs their treatment, and the aligners arrive by post every few weeks. Around 40,000 people are in treatment with us right now, most of them in their twenties and thirties."),
    p("Everything we write sits at the line between a consumer brand and a healthcare provider. We want to sound as friendly as the apps our patients use every day, and we have to be as careful as a dental practice, because that is what we are. When those two pull in different directions, careful wins."),
    h1("Voice"),
    ul(
      "**Friendly** \u2013 we talk like a person, use contractions and keep sentences short.",
      "**Honest** \u2013 treatment takes months, it can be uncomfortable, and some people aren\u2019t suitable. We say so.",
      "**Encouraging** \u2013 we celebrate progress: the halfway point, the last aligner, the first retainer.",
      "**Clinical when it counts** \u2013 anything about symptoms, pain or safety is written with the clinical team.",
    ),
    h1("Words we never write"),
    ul(
      "We never write \u201cperfect smile\u201d. Everyone\u2019s teeth are different, and perfect is a promise we can\u2019t keep.",
      "We never write \u201cpainless\u201d. Most people feel pressure for a day or two after each new aligner, and they should know that before they start.",
      "We never write \u201cdentist-free\u201d. A GDC-registered dentist plans and supervises every single treatment.",
    ),
    h2("Swap list"),
    ul(
      "mail-order braces \u2192 clear aligner treatment",
      "invisible \u2192 nearly invisible",
      "results in weeks \u2192 results in as little as 4\u20136 months",
    ),
    p("Replace \u201csmile makeover\u201d with \u201caligner treatment\u201d; we straighten teeth, we don\u2019t make people over. Replace \u201cfix your teeth\u201d with \u201cstraighten your teeth\u201d, because nobody\u2019s teeth are broken."),
    h2("Spot the problems"),
    quote("A subject line from an old agency draft:", "HURRY \u2013 get your perfect smile in weeks, totally painless and amazing value!!"),
    p("Perfect smile and painless are on our list, HURRY breaks the capitals rule and there are two exclamation marks. Amazing isn\u2019t banned; it just isn\u2019t doing any work in that sentence."),
    p("We also don\u2019t mention Beamline, StraightUp Smiles or anyone else in the aligner market. If patients ask how we compare, the studio team handles that conversation in person."),
    h1("Product names"),
    table(
      ["Name", "Correct", "Incorrect"],
      [
        ["Our aligners", "Arcline Aligners", "Arcline aligners, ArcLine Aligners, Arc Line"],
        ["Home scanning kit and app", "SmileScan\u2122", "Smile Scan, Smilescan, Smile-Scan"],
        ["Retainers", "Arcline Keep", "Arcline Keeps, ArclineKeep, Keep retainers"],
      ],
      [0.3, 0.3, 0.4],
    ),
    p("SmileScan takes the \u2122 on first mention in an email and not after that. Keep is an everyday word, so always write Arcline Keep in full; \u201cyour Keep retainers\u201d reads as if we have forgotten a word."),
    h1("Emoji, capitals and exclamation marks"),
    callout(
      "Rules of thumb:",
      "Emoji are part of how we talk \ud83d\ude01 \u2013 one per email at most, and never in anything about pain, safety or refunds. One exclamation mark per email, and keep them out of subject lines completely. No all-caps words, including HURRY, SALE and NEW.",
    ),
    h1("Before you send"),
    ol(
      "Has the clinical team seen anything that mentions pain, symptoms or suitability?",
      "Is every product name written as in the table?",
      "Have you counted the emoji and the exclamation marks?",
      "Is the legal text in the footer, unedited?",
    ),
    h1("Signing off"),
    p("Close every patient email with these two lines. Emails from a named clinician are signed by that clinician instead."),
    quote(undefined, "Keep smiling,", "The Arcline team"),
    h1("Legal text"),
    p("The two lines in the footer of this page sit at the bottom of every email we send, marketing or not. Copy them exactly. Don\u2019t reword them to fit a design; change the design."),
    legal(DENTIST, CQC),
  ],
  key: {
    bannedTerms: [
      { term: "perfect smile", replacement: null },
      { term: "painless", replacement: null },
      { term: "dentist-free", replacement: null },
      { term: "mail-order braces", replacement: "clear aligner treatment" },
      { term: "invisible", replacement: "nearly invisible" },
      { term: "results in weeks", replacement: "results in as little as 4\u20136 months" },
      { term: "smile makeover", replacement: "aligner treatment" },
      { term: "fix your teeth", replacement: "straighten your teeth" },
    ],
    productNames: ["Arcline Aligners", "SmileScan", "Arcline Keep"],
    disclaimers: [DENTIST, CQC],
    signOff: "Keep smiling, The Arcline team",
    style: { maxExclamations: 1, allowEmoji: true, noAllCaps: true, noExclamationInSubject: true },
    notBanned: ["amazing", "hurry", "Beamline", "StraightUp Smiles", "friendly", "honest", "encouraging", "Smile Scan"],
  },
};
