/**
 * Vet clinic group, DOCX: bullets with explanations, a "Never ..." list (replacements given in
 * the same sentence, one of them a whole phrase), a "words clients like" trap, a service table
 * with misspellings in the notes, small print that goes *above* a two-line sign-off, three
 * exclamation marks allowed and nothing said about emoji.
 */
import { h1, h2, legal, ol, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { UnseenGuide } from "../build";

const PAWPLAN = "PawPlan is not pet insurance. It does not cover the cost of treating accidents or illness.";
const VETNOW = "VetNow video consultations do not replace an in-person examination where your vet considers one necessary.";

export const hollyfieldVets: UnseenGuide = {
  basename: "hollyfield-vets",
  format: "docx",
  industry: "veterinary",
  brand: "Hollyfield Veterinary Group",
  title: "Writing to Our Clients",
  subtitle: "Hollyfield Veterinary Group email guidelines for practice teams",
  meta: "Prepared by Sue Mallinson, Group Practice Manager — updated 6 February 2024",
  author: "Sue Mallinson",
  blocks: [
    h1("Why this guide exists"),
    p("Hollyfield Veterinary Group is eleven small-animal practices and one 24-hour hospital across Worcestershire and Herefordshire. Until last year each practice wrote its own client emails, and clients noticed: the same vaccination reminder could arrive in five different styles depending on which branch you happened to register with. This guide brings us together."),
    p("It is for practice managers, reception leads, the nurses who write the monthly newsletter, and anyone at the support office who sends email to clients. Please keep a copy handy and use it every time, even for a quick reply."),
    h1("Who we are talking to"),
    p("Our clients love their animals, and many of them are anxious when they contact us. Some are dealing with a very sick pet, or with a death. A few are worried about money. Write for the most worried person who might read your email, not the most relaxed."),
    p("Remember, too, that clients often read our emails on a phone in the car park, just before or after an appointment. Keep them short and put the practical details first."),
    h1("How we sound"),
    ul(
      "**Kind.** We’re writing to people about animals they love. Kindness comes first, even in a payment reminder.",
      "**Clear.** Clinical information must be accurate and easy to follow. Give doses, dates and times as numbers.",
      "**Local.** Mention the practice and the vet or nurse by name wherever you can. Clients choose us because we know them.",
      "**Calm.** Even in an emergency, especially in an emergency, we sound steady.",
    ),
    h2("Words clients tell us they like"),
    p("In our last client survey people picked out these words as the ones that made them trust an email: reassuring, gentle, thorough, your vet, your nurse, check-up. You don’t have to use them, but they show the feeling we are after."),
    h1("Language to avoid"),
    p("Each of the following has caused a complaint or a misunderstanding at least once. Please don’t use them in any client email, newsletter or social post."),
    ul(
      "Never write “pet parent”. Say “owner”; most of our clients prefer it and some find the other phrase silly.",
      "Never use “fur baby” or “furkid”. Not even in the newsletter.",
      "Never describe a procedure as “pain-free”. Write “we use pain relief throughout” instead, which is true.",
      "Never call an operation a “simple procedure”. No anaesthetic is without risk, and clients remember if we made light of it.",
      "Never say “cheap” about any treatment or plan; “affordable” is fine if the price supports it.",
      "Never use “put down” in writing. In the rare emails that must mention euthanasia, use “put to sleep” and follow the bereavement template.",
    ),
    h1("Names of our services"),
    p("Please write the names of our services exactly as below. They appear on invoices and in the app, and clients look for them."),
    table(
      ["Name", "What it is", "How to write it"],
      [
        ["PawPlan", "Monthly preventive care plan for dogs, cats and rabbits", "One word, capital P twice. Not “Paw Plan” or “Pawplan”."],
        ["VetNow", "Video consultations with a Hollyfield vet, 8am to 10pm", "One word. VetNow is a service, so say “book a VetNow call”."],
        ["Hollyfield Hospital", "Our 24-hour emergency and referral hospital in Worcester", "Always in full on first mention; “the hospital” after that."],
        ["Puppy & Kitten Start", "First-year package: vaccinations, microchip and a neutering discount", "Always with the ampersand."],
      ],
      [0.24, 0.4, 0.36],
    ),
    p("Clients sometimes tell us they buy flea and worming treatments from online pharmacies such as Pillbox Pets. That’s their choice, and we never discourage it or criticise the pharmacy. Offer a written prescription if they ask for one."),
    h1("Punctuation and formatting"),
    ul(
      "Exclamation marks: three at the very most in any one email, and none at all in anything about illness, surgery or loss.",
      "Capital letters are for names and the start of sentences, not for shouting. No words in all caps, please.",
      "Animal names take a capital; species and breeds don’t, unless the breed includes a place name (a border collie, a Yorkshire terrier).",
      "Give medicines their generic name unless the vet asks otherwise.",
      "Put the practice telephone number in every email, written 01905 612 480.",
    ),
    h1("What goes at the end of every email"),
    p("Every client email ends in the same way. First come the two lines of small print below, which must sit **above** the sign-off, word for word, whether or not the email mentions PawPlan or VetNow:"),
    legal(PAWPLAN, VETNOW),
    p("Then the sign-off, on two lines:"),
    quote(undefined, "With warm wishes,", "Your Hollyfield vet team"),
    p("Bereavement emails use the separate template held by each practice manager and are not covered by this guide."),
    h1("Before you press send"),
    ol(
      "Check the animal’s name and the client’s name are spelled correctly, and that they match.",
      "Check every date, time and price against the practice system.",
      "Read the email aloud once. If it sounds cold, add a line; if it sounds gushing, take one away.",
      "Make sure the small print and sign-off are there, in that order.",
    ),
    p("Questions about this guide go to me, Sue, at the support office."),
  ],
  key: {
    bannedTerms: [
      { term: "pet parent", replacement: "owner" },
      { term: "fur baby", replacement: null },
      { term: "furkid", replacement: null },
      { term: "pain-free", replacement: "we use pain relief throughout" },
      { term: "simple procedure", replacement: null },
      { term: "cheap", replacement: "affordable" },
      { term: "put down", replacement: "put to sleep" },
    ],
    productNames: ["PawPlan", "VetNow", "Hollyfield Hospital", "Puppy & Kitten Start"],
    disclaimers: [PAWPLAN, VETNOW],
    signOff: "With warm wishes, Your Hollyfield vet team",
    style: { maxExclamations: 3, allowEmoji: null, noAllCaps: true, noExclamationInSubject: null },
    notBanned: ["reassuring", "gentle", "thorough", "check-up", "Pillbox Pets", "put to sleep"],
  },
};
