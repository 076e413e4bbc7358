/**
 * Finance (pet insurance), PDF with a two-column page: "Words we reach for" (trap) beside
 * "Words we've retired" written as "X (use Y)", then "Personality" beside "Mechanics" (playful
 * limits: two exclamation marks, one emoji; silent on capitals and subject lines). Products in
 * prose with ™ and a wrong spelling, a prose ban, competitors, and two lines "at the bottom of
 * every email" anchored at the foot of the last page.
 */
import type { Guide } from "../../guide-corpus/types";
import { basePdf, columns, h1, h2, legal, p, pageBreak, quote } from "../../guide-corpus/guides/blocks";

const FCA =
  "Pawsley Pet Insurance is a trading name of Pawsley Insurance Services Ltd, which is authorised and regulated by the Financial Conduct Authority (FRN 781204). Policies are underwritten by Harbourline Insurance plc.";
const EXCL = "Pre-existing conditions are excluded. Excesses and limits apply; see your policy wording for details.";

export const pawsley: Guide = {
  basename: "pawsley-pet",
  format: "pdf",
  industry: "finance",
  brand: "Pawsley Pet Insurance",
  title: "Pawsley: how we write to pet owners",
  subtitle: "A guide for the CRM, claims and social teams",
  meta: "Brand & CRM \u00b7 v1.4 \u00b7 January 2024",
  author: "Pawsley Brand & CRM",
  pdf: {
    ...basePdf,
    bodySize: 10,
    leading: 1.45,
    titleSize: 24,
    h1Size: 15,
    h2Size: 11.5,
    accent: [0.16, 0.45, 0.3],
    footer: (page) => `Pawsley \u00b7 Writing guide \u00b7 page ${page}`,
    footerAlign: "center",
    bullet: "\u2022",
  },
  blocks: [
    h1("Why we wrote this"),
    p("Pawsley insures around 120,000 cats and dogs across the UK. People buy pet insurance when they bring a new puppy or kitten home, full of excitement, and they use it when something has gone wrong and they are frightened. We write to them at both of those moments, and at every renewal in between, so our emails have to be able to smile and to sit quietly with someone, sometimes in the same week."),
    p("This guide is for everyone who writes to our policyholders: the CRM team, the claims team, social media and our agency. It is short on purpose. The two-column page in the middle is the part most people pin above their desks."),
    h1("Who we are writing to"),
    p("Our typical policyholder has one dog, has had it for four years and has made one claim, usually for an ear infection, a stomach upset or a cruciate ligament. They think of their pet as a member of the family, and they expect us to as well. They are not interested in insurance for its own sake. They want to know what is covered, what they will pay and how quickly they will get their money back."),
    p("Many of them have been with Waggle & Co or PetShield Direct before, and switched after a claim was handled badly. We don\u2019t mention other insurers, but it helps to remember that a lot of our readers arrive wary."),
    h2("Claims emails"),
    p("Claims emails are written by the claims team from approved templates. They can be warm, but never playful, and they never use emoji or exclamation marks. If a claim is declined, the first paragraph says so and explains why, with a reference to the policy wording, and the last paragraph explains how to complain. If a pet has died, the email says so in plain words and offers our condolences; it never tries to cheer anyone up."),
    pageBreak,
    h1("Words and mechanics at a glance"),
    columns(
      {
        heading: "Words we reach for",
        bullets: true,
        lines: [
          "your pet\u2019s name, whenever we know it",
          "your dog, your cat",
          "vet",
          "look after",
          "help with",
          "claim (a noun and a verb, both fine)",
          "cover",
          "family",
        ],
      },
      {
        heading: "Words we\u2019ve retired",
        bullets: true,
        lines: [
          "fur baby (use your pet\u2019s name)",
          "pet parent (use owner)",
          "pupper (use puppy)",
          "vet bills sorted (use help with vet bills)",
          "no-quibble claims (use straightforward claims)",
          "furever (use for life)",
        ],
      },
    ),
    columns(
      {
        heading: "Personality",
        bullets: true,
        lines: [
          "Warm: we love animals, and it shows.",
          "Playful, in welcome and birthday emails only.",
          "Clear about money: what\u2019s covered, what isn\u2019t, what it costs.",
          "Calm when things go wrong.",
          "Never cutesy about illness, loss or cost.",
        ],
      },
      {
        heading: "Mechanics",
        bullets: true,
        lines: [
          "Exclamation marks are rationed: two per email at most.",
          "One paw-print emoji per email is fine, ideally at the end of the subject line.",
          "Numbers as numerals: 3 days, \u00a399 excess.",
          "Pet names in full, as the owner spelled them.",
          "Dates written out: 12 March 2024.",
        ],
      },
    ),
    p("One more, because it causes more complaints than everything else on this page put together: we never say \u201ccover for everything\u201d. No policy covers everything. Pre-existing conditions, routine care such as vaccinations and flea treatment, and anything in the exclusions list are not covered, and an email that suggests otherwise will be read back to us by an unhappy customer."),
    pageBreak,
    h1("Our products"),
    p("We sell three policies: Pawsley Lifetime, which renews the cover for ongoing conditions every year; Pawsley Time-Limited, which covers each condition for twelve months; and Pawsley Accident Only. Always write the full name, with Pawsley in front, because Lifetime on its own is just a word and customers mix it up with the length of their pet\u2019s life."),
    p("Every policy includes VetChat\u2122, our 24-hour video vet service. VetChat is one word with a capital V and a capital C; never Vet Chat or Vetchat. Use the \u2122 on first mention in each email."),
    h1("Signing off"),
    p("All emails except claims emails end with \u201cWarm wishes, Everyone at Pawsley\u201d. Claims emails are signed by the named claims handler."),
    h2("An example we like"),
    quote("From a first-birthday email:", "Happy first birthday to Biscuit! A year ago you brought home a very small, very loud puppy. We hope the year has been full of walks and not too many chewed shoes.", "Warm wishes,", "Everyone at Pawsley"),
    h1("Legal"),
    p("The two sentences at the foot of this page go at the bottom of every email we send, including service and claims emails. Don\u2019t change a word of them. If a designer asks for something shorter, the answer is no."),
    legal(FCA, EXCL),
  ],
  key: {
    bannedTerms: [
      { term: "fur baby", replacement: "your pet\u2019s name" },
      { term: "pet parent", replacement: "owner" },
      { term: "pupper", replacement: "puppy" },
      { term: "vet bills sorted", replacement: "help with vet bills" },
      { term: "no-quibble claims", replacement: "straightforward claims" },
      { term: "furever", replacement: "for life" },
      { term: "cover for everything", replacement: null },
    ],
    productNames: ["Pawsley Lifetime", "Pawsley Time-Limited", "Pawsley Accident Only", "VetChat"],
    disclaimers: [FCA, EXCL],
    signOff: "Warm wishes, Everyone at Pawsley",
    style: { maxExclamations: 2, allowEmoji: true, noAllCaps: null, noExclamationInSubject: null },
    notBanned: ["Waggle & Co", "PetShield Direct", "look after", "family", "pre-existing conditions", "Harbourline Insurance", "Vet Chat"],
  },
};
