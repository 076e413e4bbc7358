/**
 * Health (veterinary pharmacy), DOCX: voice bullets with explanations, a glossary
 * table with an "Allowed?" yes/no column (the "Yes" rows are not bans), two more
 * bans in explained bullets, a Don't/Do example, a product table with ™/® and a
 * "Mistakes we see" column, emoji allowed, three "copy exactly" legal statements
 * in small print, and a two-line sign-off.
 */
import type { Guide } from "../../guide-corpus/types";
import { h1, h2, legal, p, quote, table, ul } from "../../guide-corpus/guides/blocks";

const POM = "Prescription-only veterinary medicines (POM-V) can only be supplied against a valid written prescription from a veterinary surgeon.";
const VMD = "Tailwise Pet Pharmacy Ltd is a Veterinary Medicines Directorate registered retailer (registration no. 4471).";
const LABEL = "Always read the label. If your pet seems unwell after treatment, contact your vet straight away.";

export const tailwisePharmacy: Guide = {
  basename: "tailwise-pet-pharmacy",
  format: "docx",
  industry: "health",
  brand: "Tailwise Pet Pharmacy",
  title: "Tailwise Email Style Guide",
  subtitle: "For the pharmacy, customer care and CRM teams",
  meta: "Owners: Superintendent Pharmacist and CRM Manager \u00b7 Version 2.3 \u00b7 8 July 2024",
  author: "Joanna Whitlock",
  blocks: [
    h1("About us"),
    p("Tailwise is an online pharmacy for dogs, cats and the occasional rabbit. We dispense prescription medicines against written prescriptions from our customers' own vets, and we sell flea, tick and worming treatments, supplements and prescription diets. Everything is picked and packed at our pharmacy in Shrewsbury, and every prescription is checked by a registered pharmacist or a suitably qualified person before it leaves the building."),
    p("Most of our emails are about orders: prescription requests, reminders when a repeat is due, dispatch notices. A smaller number are marketing emails. Both kinds are read by people who love their animals and are trusting us with their health, so we write carefully."),
    h1("How we write"),
    ul(
      "**Knowledgeable, not clinical.** We know a lot about medicines. We explain what matters in everyday words and leave the pharmacology to the leaflet.",
      "**Warm, not soppy.** We like animals as much as our customers do, but a reminder email is not the place for a paragraph about how much.",
      "**Straight about prescriptions.** If we need something from the customer or their vet, say what, and by when, in the first two lines.",
      "**Calm about side effects.** Say what to look out for and what to do, without alarming anyone.",
    ),
    h1("Glossary"),
    p("If a word isn't in this table, use your judgement. If it is, follow the table: \u201cNo\u201d means it doesn't go in any email, \u201cYes\u201d means it's fine."),
    table(
      ["Term", "Allowed?", "Use instead / notes"],
      [
        ["meds", "No", "medicines"],
        ["pet parent", "Yes", "Fine in marketing emails. In pharmacy emails, write \u201cowner\u201d."],
        ["cheap", "No", "lower-priced"],
        ["vet-approved", "No", "prescribed by your vet"],
        ["wormer", "Yes", "\u201cWorming treatment\u201d is also fine."],
        ["flea treatment", "Yes", "\u2014"],
        ["fur baby", "No", "your pet"],
        ["side-effect free", "No", "\u2014 (no medicine is)"],
        ["repeat prescription", "Yes", "Lower case, unless you mean the Tailwise Repeat service."],
      ],
      [0.28, 0.14, 0.58],
    ),
    h2("Two more"),
    ul(
      "Never say a product \u201cworks instantly\u201d. Most flea treatments take up to 24 hours, and owners who find fleas the next morning think they've been sold a dud.",
      "Don't write \u201chuman-grade\u201d about food or supplements. It has no legal meaning for pet products, and the Pet Food Manufacturers' Association guidance says not to use it.",
    ),
    h2("Example"),
    quote("Don't:", "\u201cBargain flea treatments and cheap meds for your fur baby: vet-approved and works instantly!\u201d"),
    quote("Do:", "\u201cYour dog\u2019s ParaGuard\u00ae is on its way. It usually starts working within 24 hours, and you\u2019ll get a reminder when the next dose is due.\u201d"),
    p("The first version has four problems from the glossary and the list above. \u201cBargain\u201d isn't one of them; it's just not very us."),
    h1("Our names"),
    table(
      ["Name", "What it is", "Mistakes we see"],
      [
        ["Tailwise Repeat\u2122", "Automatic repeat prescriptions, sent on a schedule", "Tailwise Repeats, Tailwise repeat"],
        ["ParaGuard\u00ae", "Our own-label flea and tick spot-on", "Paraguard, Para-Guard, ParaGaurd"],
        ["Vet Chat", "Free video call with a vet for Tailwise Repeat customers", "VetChat, Vet chat"],
      ],
      [0.27, 0.43, 0.3],
    ),
    p("\u2122 and \u00ae go on the first mention in each email and nowhere else. \u201cTailwise\u201d on its own is the company, not a product, and never takes a symbol."),
    h1("Punctuation, emoji and capitals"),
    ul(
      "Exclamation marks are fine for good news. Two per email at most.",
      "Emoji: yes, in moderation. A \ud83d\udc3e or \ud83d\udc36 suits most reminder emails. Leave them out of anything about side effects or an animal that is unwell.",
      "No capitals for emphasis, and that includes \u201cprescription only\u201d. Bold is enough.",
      "Doses as numerals with units: 1 tablet, 0.5 ml, every 4 weeks.",
    ),
    h1("Legal wording: copy exactly"),
    p("The three statements at the end of this section must be copied exactly into every email that mentions a prescription medicine or one of our own-label treatments. Don't shorten them, reword them or put them in an image. The Superintendent Pharmacist checks a sample of sent emails every month, and a missing statement is logged as an incident."),
    legal(POM, VMD, LABEL),
    h1("Sign-off"),
    p("Customer care and pharmacy emails end on two lines, like this:"),
    quote(undefined, "With care,", "The Tailwise pharmacy team"),
    p("When a pharmacist needs to discuss a prescription with the customer, they sign with their own name and GPhC or RCVS registration number above the sign-off."),
    h1("Questions"),
    p("Ask in #crm-copy, or email the CRM Manager. Anything about medicines goes to the pharmacy team, always."),
  ],
  key: {
    bannedTerms: [
      { term: "meds", replacement: "medicines" },
      { term: "cheap", replacement: "lower-priced" },
      { term: "vet-approved", replacement: "prescribed by your vet" },
      { term: "fur baby", replacement: "your pet" },
      { term: "side-effect free", replacement: null },
      { term: "works instantly", replacement: null },
      { term: "human-grade", replacement: null },
    ],
    productNames: ["Tailwise Repeat", "ParaGuard", "Vet Chat"],
    disclaimers: [POM, VMD, LABEL],
    signOff: "With care, The Tailwise pharmacy team",
    style: { maxExclamations: 2, allowEmoji: true, noAllCaps: true, noExclamationInSubject: null },
    notBanned: ["pet parent", "wormer", "flea treatment", "repeat prescription", "bargain", "Paraguard", "VetChat"],
  },
};
