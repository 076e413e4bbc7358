/**
 * Health (dermatology clinic), DOCX: "How we sound / What that doesn't mean" table (trap),
 * "Please avoid X" bullets with explanations, "Replace X with Y" sentences, a three-column
 * "Avoid | Why | Better" table, a proper-noun ban (Botox) with a replacement, treatment names in
 * bullets with ™/® and wrong spellings, required wording introduced as "include this".
 */
import type { Guide } from "../../guide-corpus/types";
import { callout, h1, h2, p, quote, table, ul } from "../../guide-corpus/guides/blocks";

const CQC = "Ashcombe Skin Clinic Ltd is registered with the Care Quality Commission (provider ID 1-2094471183).";
const CONSULT = "All treatments are subject to a consultation with a GMC-registered doctor. Individual results vary.";

export const ashcombeSkin: Guide = {
  basename: "ashcombe-skin",
  format: "docx",
  industry: "health",
  brand: "Ashcombe Skin Clinic",
  title: "Ashcombe Skin Clinic \u2013 Patient Email Guidelines",
  subtitle: "Tone, vocabulary and required wording for newsletters, reminders and treatment emails",
  meta: "Owner: Dr Helena Marsh (Medical Director) and Tom Avery (Marketing) \u00b7 Reviewed May 2024",
  author: "Tom Avery",
  blocks: [
    h1("Why we have these guidelines"),
    p("Ashcombe is a consultant-led dermatology clinic in Bath with a satellite clinic in Frome. We treat acne, eczema, psoriasis and rosacea, check moles and skin lesions, and offer a small range of cosmetic treatments. About 9,000 patients have agreed to hear from us by email. Some of them are worried about a mole that has changed; some want advice about a wedding in six weeks\u2019 time. Our emails have to work for both."),
    p("Medical and cosmetic advertising is regulated. The Advertising Standards Authority and the General Medical Council both expect us to describe treatments accurately, never to pressure people, and never to promote prescription-only medicines. Most of the rules below exist for those reasons. A few are simply about sounding like ourselves."),
    p("These guidelines apply to everyone who writes to patients: reception, the nursing team, our marketing coordinator and the freelance copywriter who helps with the quarterly newsletter."),
    h1("How we sound"),
    p("Patients should come away from an Ashcombe email feeling that a knowledgeable person has taken the time to explain something. We use this table when we train new staff."),
    table(
      ["How we sound", "What that doesn\u2019t mean"],
      [
        ["Expert", "Clinical, cold or full of Latin"],
        ["Reassuring", "Promising outcomes"],
        ["Honest about what a treatment can and can\u2019t do", "Downbeat or discouraging"],
        ["Warm", "Over-familiar, or chatty about someone\u2019s appearance"],
      ],
      [0.5, 0.5],
    ),
    p("Never comment on how a patient looks, and never suggest that a skin condition is something to be ashamed of. Many of our patients have lived with acne or eczema for years and have had more than enough of other people\u2019s opinions."),
    h1("Vocabulary"),
    h2("Please avoid"),
    ul(
      "**flawless** \u2013 nobody\u2019s skin is flawless, and promising it sets up disappointment.",
      "**miracle** \u2013 nothing we offer is a miracle, and the ASA has upheld complaints against clinics that said otherwise.",
      "**problem skin** \u2013 it makes the patient sound like the problem. Talk about the condition instead: acne, rosacea, eczema.",
      "**suffering from** \u2013 many patients live with a condition without suffering. Write \u2018living with\u2019 or just \u2018who have\u2019.",
    ),
    h2("Replacements"),
    p("Replace anti-ageing with skin rejuvenation. Replace cure with treat: most skin conditions are managed rather than cured, and we must never imply otherwise. Replace clients with patients, including in cosmetic emails: everyone we see is a patient of a doctor."),
    h2("Other words to watch"),
    table(
      ["Avoid", "Why", "Better"],
      [
        ["painless", "Some treatments sting, and patients remember being told they wouldn\u2019t.", "comfortable for most patients"],
        ["zero downtime", "Redness after a peel can last two or three days.", "minimal downtime"],
        ["quick fix", "Most of our programmes last twelve weeks or longer.", "a course of treatment"],
        ["before and after", "We don\u2019t use comparison photographs in marketing emails at all.", "\u2014"],
      ],
      [0.22, 0.5, 0.28],
    ),
    callout("Prescription-only medicines:", "Botulinum toxin is a prescription-only medicine and cannot be advertised to the public. Never write Botox in any email, subject line or social post, even in lower case or as a hashtag. Write \u2018anti-wrinkle treatment\u2019 instead, and only in emails to patients who have already had a consultation."),
    h1("Our treatments and services"),
    p("Our programme names are used on invoices and in the booking system, so they must match exactly. Use the trade mark symbol on first mention in each email."),
    ul(
      "**ClearPath\u2122** \u2013 our twelve-week acne programme. One word, capital C and capital P. Not Clear Path or Clearpath.",
      "**SkinMap\u00ae** \u2013 full-body mole mapping with digital dermoscopy. Not Skin Map or Skinmap.",
      "**Renew Peel** \u2013 our chemical peel course. Two words, no symbol. Not RenewPeel.",
      "**Same-Day Mole Check** \u2013 a single lesion check with a consultant, usually on the day you call. Capitalise all three words.",
    ),
    p("We occasionally mention third-party skincare brands that we stock in the clinic. Write their names as the manufacturer does and don\u2019t make claims about them that the manufacturer doesn\u2019t make."),
    h1("Punctuation and presentation"),
    ul(
      "No more than one exclamation mark in any email, and none in subject lines.",
      "Emoji aren\u2019t appropriate in communication from a medical clinic, so we don\u2019t use them.",
      "Spell out a condition in full the first time you mention it, with any abbreviation in brackets after it.",
      "Prices are always shown with the words \u2018from\u2019 or \u2018per session\u2019 where that applies: from \u00a3145 per session.",
      "Refer to our doctors as Dr Surname. Nurses are introduced by first name and role: Anna, our dermatology nurse specialist.",
    ),
    h2("Example opening"),
    quote("A reminder email that gets it right:", "Dear Mrs Okafor,", "Your ClearPath\u2122 review with Dr Marsh is on Thursday 13 June at 10.20am at our Bath clinic. Please bring a list of any creams or tablets you are using."),
    h1("Signing off"),
    p("Every email is signed \u201cWith kind regards, The Ashcombe clinical team\u201d. Reminder emails generated by the booking system already carry this, so don\u2019t add a second sign-off when you edit them."),
    h1("Required wording"),
    p("Please include this in the footer of every email that mentions a treatment, a price or a programme. Don\u2019t shorten it or move it into an image:"),
    quote(undefined, CQC, CONSULT),
    p("If an email is purely administrative, such as a change to opening hours, the wording may be left out. If you aren\u2019t sure, include it."),
    h1("Checking and approval"),
    p("Marketing emails are checked by Tom Avery and then by a doctor before they are sent. Appointment and results emails use approved templates and only need checking when the template changes. Allow two working days. Questions to marketing@ashcombeskin.co.uk."),
    p("Patients sometimes compare us with Lakeside Aesthetics or other high-street clinics. We don\u2019t name other clinics, and we don\u2019t comment on their prices or results."),
  ],
  key: {
    bannedTerms: [
      { term: "flawless", replacement: null },
      { term: "miracle", replacement: null },
      { term: "problem skin", replacement: null },
      { term: "suffering from", replacement: "living with" },
      { term: "anti-ageing", replacement: "skin rejuvenation" },
      { term: "cure", replacement: "treat" },
      { term: "clients", replacement: "patients" },
      { term: "painless", replacement: "comfortable for most patients" },
      { term: "zero downtime", replacement: "minimal downtime" },
      { term: "quick fix", replacement: "a course of treatment" },
      { term: "before and after", replacement: null },
      { term: "Botox", replacement: "anti-wrinkle treatment" },
    ],
    productNames: ["ClearPath", "SkinMap", "Renew Peel", "Same-Day Mole Check"],
    disclaimers: [CQC, CONSULT],
    signOff: "With kind regards, The Ashcombe clinical team",
    style: { maxExclamations: 1, allowEmoji: false, noAllCaps: null, noExclamationInSubject: true },
    notBanned: ["Lakeside Aesthetics", "expert", "reassuring", "clinical", "over-familiar", "Clear Path", "living with"],
  },
};
