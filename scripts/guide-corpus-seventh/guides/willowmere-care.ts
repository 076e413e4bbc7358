/**
 * Health (home-care agency), DOCX: an A–Z glossary table "Word | OK to use? | Notes" in which
 * "Yes" rows are preferred words (not banned) and "No" rows give the swap inside the notes,
 * values bullets, service names as bullets with ™ and misspellings (Companion is an ordinary
 * word), a before/after whose "angels" is not listed, emoji banned, competitors, the CQC and
 * fees lines under "Paste exactly:", and the sign-off stated in a sentence.
 */
import { h1, h2, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const CQC = "Willowmere Home Care Ltd is registered with the Care Quality Commission to provide personal care (provider ID 1-4471829011).";
const FEES = "Care fees depend on the support you need and are confirmed in writing after a free assessment. You may be entitled to help with costs from your local council.";

export const willowmereCare: Guide = {
  basename: "willowmere-care",
  format: "docx",
  industry: "health",
  brand: "Willowmere Home Care",
  title: "Willowmere Home Care: Communications Style Guide",
  subtitle: "Writing to clients, families and the people who commission our care",
  meta: "Prepared by the Registered Manager’s office with Marketing · Issue 3 · February 2024",
  author: "Deborah Lyle",
  blocks: [
    h1("Purpose of this guide"),
    p("Willowmere provides care at home to around 1,400 people across Hampshire and Dorset, from a weekly visit to help with shopping through to full-time live-in care. We write to three groups: our clients, most of whom are in their eighties; their families, who are often juggling work and caring from a distance; and social workers and commissioners at the councils we work with."),
    p("Each of those readers is trusting us with something important. This guide exists so that everything we send, from a newsletter to a change-of-carer letter, sounds like it comes from the same caring, organised team."),
    h1("Our values in our words"),
    ul(
      "**Respectful.** We write to clients as adults with their own views and histories, never about them as a problem to be managed.",
      "**Warm.** A friendly greeting, a proper sign-off and no form-letter coldness.",
      "**Honest.** If a visit time has to change, we say so straight away and explain why.",
    ),
    h1("A–Z of words"),
    p("When you are not sure about a word, look it up here. ‘Yes’ means go ahead. ‘No’ means please don’t use it, and the notes say what to write instead."),
    table(
      ["Word", "OK to use?", "Notes"],
      [
        ["bed-blocker", "No", "Never, in any context. There is no alternative: rewrite the sentence around the person."],
        ["carer", "Yes", "Our staff are carers. Lower case."],
        ["client", "Yes", "The person we support, in every kind of document."],
        ["dementia sufferer", "No", "Write “person living with dementia”."],
        ["elderly", "No", "Write “older people”."],
        ["feisty", "No", "Patronising. Describe what the person actually did or said."],
        ["service user", "No", "Write “client”."],
        ["suffering from", "No", "Write “living with”."],
        ["visit", "Yes", "Each time a carer comes to a client’s home."],
      ],
      [0.25, 0.17, 0.58],
    ),
    h1("Our services and how to name them"),
    ul(
      "**Companion**: companionship visits for a chat, shopping or getting to appointments. Companion is an ordinary word too, so use the capital C when you mean our service: “Companion visits”, not “companion visits”.",
      "**Night Owl**: waking and sleeping overnight care. Two words, both capitalised. Not Nightowl or Night-Owl.",
      "**Willowmere Live-in**: full-time care from a carer who lives in the client’s home. Hyphenated, capital L. Not Live In or Livein.",
      "**FamilyView™**: the app where relatives can read visit notes. One word, capital F and V, ™ on the first mention. Not Family View or Familyview.",
    ),
    h2("A before and after"),
    quote("Before", "Don’t let your elderly mum suffer alone. Our carers are angels!"),
    quote("After", "If your mum would like some company and a hand around the house, a Companion visit could be a good place to start. Our carers are trained, checked and local."),
    p("“Elderly” is in the glossary for a reason. The after version also tells the family something they can act on."),
    h1("Punctuation and tone"),
    ul(
      "At most one exclamation mark in any email, and only when there really is something to celebrate, such as a client’s hundredth birthday.",
      "Never use emoji. Many clients read email on older tablets where emoji show up as empty boxes, and some families print our emails for relatives with poor sight.",
      "Write times as 9.30am and dates as Tuesday 5 March.",
      "Use the client’s preferred name, which is on their care plan. It might not be their first name.",
    ),
    h1("Other providers"),
    p("Families often tell us they have also spoken to Bluebell Care or Hartwell Homecare. We never comment on other providers, in writing or on the phone. If a family asks how we compare, send them our latest CQC report and offer a visit from the registered manager."),
    h1("Required wording"),
    p("Every email to a client, a family member or a commissioner must end with both statements below. Do not shorten or reword them; they are checked in our quality audits."),
    quote("Paste exactly:", CQC, FEES),
    h1("Signing off"),
    p("Every email closes with “With warm wishes, Everyone at Willowmere”, set on two lines. If a carer or coordinator wrote the email, their first name can go on the line above."),
    p("Questions about this guide go to the Registered Manager’s office at comms@willowmere-care.co.uk."),
  ],
  key: {
    bannedTerms: [
      { term: "bed-blocker", replacement: null },
      { term: "dementia sufferer", replacement: "person living with dementia" },
      { term: "elderly", replacement: "older people" },
      { term: "feisty", replacement: null },
      { term: "service user", replacement: "client" },
      { term: "suffering from", replacement: "living with" },
    ],
    productNames: ["Companion", "Night Owl", "Willowmere Live-in", "FamilyView"],
    disclaimers: [CQC, FEES],
    signOff: "With warm wishes, Everyone at Willowmere",
    style: { maxExclamations: 1, allowEmoji: false, noAllCaps: null, noExclamationInSubject: null },
    notBanned: ["carer", "client", "visit", "angels", "respectful", "warm", "honest", "Bluebell Care", "Hartwell Homecare"],
  },
};
