/**
 * Health (pharmacy chain), HTML: "X → Y" lines with explanations and "→ cut it" bans with no
 * swap, a "Words we like" line, a bad example whose "forever" is not listed, emoji allowed with
 * a limit, a "We write | Not | What it is" names table with an ordinary-word range (Bloom),
 * competitors, the sign-off inside a callout, required MHRA/GPhC lines in the page footer, and
 * a © / ® line in the footer that is not a disclaimer.
 */
import { callout, h1, h2, legal, ol, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const LABEL = "Always read the label and the patient information leaflet. If symptoms persist, talk to your pharmacist or doctor.";
const ONLINE = "Prescription-only medicines are supplied only after an online consultation with a Cresswell prescriber, who will decide whether treatment is suitable for you.";
const GPHC = "Cresswell Pharmacy Ltd, 4 Mill Lane, Chester CH1 2AB. Registered pharmacy premises, General Pharmaceutical Council registration number 1093412.";

export const cresswellPharmacy: Guide = {
  basename: "cresswell-pharmacy",
  format: "html",
  industry: "health",
  brand: "Cresswell Pharmacy",
  title: "Tone of Voice: Writing to Patients and CareClub Members",
  subtitle: "How Cresswell Pharmacy writes emails, web pages and in-store leaflets",
  meta: "Owned by Marketing and Professional Standards · Reviewed March 2024 · Next review September 2024",
  author: "Cresswell Pharmacy Marketing",
  html: {
    accent: "#00695c",
    fontFamily: "'Source Sans 3', Arial, sans-serif",
    siteName: "Cresswell Brand Hub",
    navLinks: ["Brand Hub", "Logo & colour", "Tone of voice", "Templates", "Approvals"],
    toc: true,
    copyright: "© 2024 Cresswell Pharmacy Ltd. Cresswell® and CareClub® are registered trade marks of Cresswell Pharmacy Ltd. All rights reserved.",
  },
  blocks: [
    h1("Who we’re writing for"),
    p("Cresswell has 212 pharmacies across the North West and North Wales, an online doctor service and a repeat-prescription app. About 900,000 people are CareClub members and get our emails. Many of them read those emails when they feel unwell, or when they are worried about someone they look after, so everything we write has to be easy to follow on a small screen at two in the morning."),
    p("Pharmacy is a regulated profession and medicines advertising is regulated by the MHRA. Some of what follows is about sounding like Cresswell; some of it is about staying within the law. Both matter equally in review."),
    h1("How we sound"),
    ul(
      "**Reassuring, not breezy.** We take symptoms seriously and we never joke about them. We do tell people what they can do today.",
      "**Expert, not clinical.** Our pharmacists know a great deal. We share it in everyday words and explain any medical term the first time it appears.",
      "**Kind.** We assume the reader is having a hard day. Short sentences, one idea at a time, and a clear next step.",
    ),
    p("Some customers compare us with Dispensa Direct or the Hollins Health app. We don’t mention either, and we don’t compare prices with them."),
    h1("Words we use with care"),
    p("The list below covers the mistakes we see most in drafts. The word on the left of the arrow is the one we don’t use; on the right is what we write instead. “Cut it” means there is no safe swap, so remove the claim."),
    ul(
      "cures → relieves. No medicine we sell over the counter cures anything, and saying so breaks the advertising rules.",
      "pills → tablets. Or capsules, if that is what they are; look at the pack.",
      "chemist → pharmacy. We are a pharmacy, and our pharmacists are healthcare professionals.",
      "diet pills → weight-loss treatment. The treatment is prescribed after a consultation, not bought off a shelf.",
      "miracle → cut it. Nothing we sell is one.",
      "side-effect free → cut it. Every medicine can have side effects, and the leaflet lists them.",
      "wonder drug → cut it.",
    ),
    p("Words we like: **relieve**, **ease**, **manage**, and the phrase **ask your pharmacist**, which should appear in most emails about medicines."),
    h2("Spot the problem"),
    quote("Please don’t:", "Say goodbye to hay fever forever with our miracle tablets!"),
    quote("Better:", "Hay fever season has started. Our pharmacists can help you choose the right antihistamine, and most people feel the benefit within an hour."),
    p("Spot the word from the list? And the exclamation mark? The second version also tells the reader what happens next."),
    h1("Punctuation and emoji"),
    ol(
      "No exclamation marks at all: not in subject lines, not in headings, not in body copy. They make health information read like a sales pitch.",
      "Emoji are allowed 🌼, at most two per email. Never use 💊 or 💉, and never put an emoji next to the name of a medicine.",
      "Write numbers as numerals, and doses exactly as they appear on the pack: “one 10mg tablet a day”.",
      "Link text says where the link goes: “Book a flu jab”, not “Click here”.",
    ),
    h1("Names"),
    p("Write our services and ranges exactly as they appear in the first column."),
    table(
      ["We write", "Not", "What it is"],
      [
        ["CareClub", "Care Club, Careclub, Cresswell Club", "Our loyalty scheme"],
        ["Cresswell Online Doctor", "Cresswell online doctor, Online Dr", "Online consultations with our prescribers"],
        ["RepeatReady", "Repeat Ready, repeat-ready, RepeatRx", "Repeat prescription reminders and ordering"],
        ["Bloom", "bloom, BLOOM, Bloom Skincare", "Our own-brand skincare range"],
      ],
    ),
    p("Bloom is also an ordinary word, so check the capital B is there, especially at the end of a sentence about spring."),
    h1("Signing off and the small print"),
    callout("Sign-off:", "close every email with “Look after yourself, The Cresswell team”, set on two lines, with no individual pharmacist’s name."),
    p("The three statements in the footer of this page must appear in the footer of every marketing email, without exception and word for word. The superintendent pharmacist must approve any change to them, and that includes punctuation."),
    legal(LABEL, ONLINE, GPHC),
  ],
  key: {
    bannedTerms: [
      { term: "cures", replacement: "relieves" },
      { term: "pills", replacement: "tablets" },
      { term: "chemist", replacement: "pharmacy" },
      { term: "diet pills", replacement: "weight-loss treatment" },
      { term: "miracle", replacement: null },
      { term: "side-effect free", replacement: null },
      { term: "wonder drug", replacement: null },
    ],
    productNames: ["CareClub", "Cresswell Online Doctor", "RepeatReady", "Bloom"],
    disclaimers: [LABEL, ONLINE, GPHC],
    signOff: "Look after yourself, The Cresswell team",
    style: { maxExclamations: 0, allowEmoji: true, noAllCaps: null, noExclamationInSubject: true },
    notBanned: ["forever", "relieve", "ease", "manage", "ask your pharmacist", "breezy", "Dispensa Direct", "Hollins Health"],
  },
};
