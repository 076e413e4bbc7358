/**
 * University, HTML. Rules only in prose: no lists, tables or callouts anywhere. Bans,
 * replacements, product names (the "Foundry" incubator is an ordinary word), punctuation
 * limits and the sign-off are all stated in sentences; competitors named in prose; two
 * required statements in the page <footer>, next to a copyright line that is not one.
 */
import { h1, h2, legal, p } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const CHARITY = "Halden University is an exempt charity under the Charities Act 2011 and is registered with the Office for Students.";
const OFFERS = "All offers of a place are conditional on meeting the entry requirements published for the relevant year of entry.";

export const haldenUniversity: Guide = {
  basename: "halden-university",
  format: "html",
  industry: "education",
  brand: "Halden University",
  title: "Writing for Halden",
  subtitle: "Editorial guidance for recruitment, alumni and public communications",
  meta: "Office of Communications · updated 12 February 2024",
  author: "Halden University Office of Communications",
  html: {
    accent: "#5b1f4a",
    fontFamily: "Georgia, 'Times New Roman', serif",
    siteName: "Halden University",
    navLinks: ["Study", "Research", "About", "Brand hub"],
    toc: true,
    copyright: "© 2024 Halden University. All rights reserved.",
  },
  blocks: [
    h1("A university that writes like its teachers"),
    p("Halden was founded in 1891 as a college for the textile towns of the northern Pennines, and it still takes more of its undergraduates from the first generation of their family to go to university than almost anywhere else in the country. Our best teachers are known for explaining difficult things clearly and without showing off. We would like the University’s writing to be known for the same thing."),
    p("This guidance is for anyone who writes on the University’s behalf: the admissions and outreach teams, faculty marketing officers, the alumni office, and academics writing for the website or the press. It is written as continuous prose on purpose. Editors told us that checklists were being ticked without being read, so we have set out our reasoning alongside each piece of advice in the hope that it is easier to apply to cases we have not thought of."),
    h1("Who we write for"),
    p("Most of what we write is read by people deciding whether to apply: seventeen-year-olds, mature students returning after years of work, and the parents, carers and teachers who advise them. Many are weighing us against Castlebridge University and Westmoor College, both fine institutions a short train ride away. We don’t mention them, and we never compare ourselves with them, favourably or otherwise; applicants can do that for themselves, and they do."),
    p("The second largest group is our own community of students, staff and alumni. They know us well and are quick to notice when the University sounds like a brochure rather than a place they belong to."),
    h1("Our tone"),
    p("We are curious, precise and welcoming. Curious, because we are a research university and the interesting question is usually more engaging than the confident answer. Precise, because vague writing from a university is a small act of disrespect to the reader. Welcoming, because a great many of our readers are wondering whether a place like this is for people like them, and the answer is yes."),
    p("Write in the first person plural when speaking for the University, and address the reader as you. Prefer the active voice. Keep paragraphs short on the web and allow them to be longer in print, where readers are more patient."),
    h1("Words we have given up"),
    p("We gave up “world-class” some years ago. It appears on almost every university website in the country, including, once, our own, and it has stopped meaning anything at all. If a department holds a ranking worth mentioning, cite the ranking and its year instead."),
    p("Students are students. They are not “kids”, however young they may look to those of us who have been here a while, and they are not “customers” either, whatever the fee arrangements suggest. In both cases the word to use is simply “students”."),
    p("We no longer write about “freshers”. The word excludes the mature and part-time students who join us in January and at other points in the year, and several of them told us so. Write “new students” instead, which includes everyone."),
    p("When someone leaves a course before completing it, they are a student who withdrew, and we never call them a “dropout”. The reasons people leave are many and mostly private, and the word passes a judgement we have no business making."),
    p("Finally, please resist “state-of-the-art” when describing a building, a laboratory or a piece of equipment. Every new building is described that way, and the phrase tells the reader nothing. Say what is in the room and what students will do there."),
    h1("Names we look after"),
    p("Halden Online is our distance-learning arm. It is written as two words with two capitals, never Halden-Online or HaldenOnline. It is part of the University rather than a separate institution, and its students graduate at the same ceremonies as everyone else."),
    p("The Foundry is our start-up incubator on the riverside campus, in the old dye works that gave it its name. Because foundry is an ordinary word, always give it a capital F, and on first mention use the definite article and a short description: “the Foundry, our start-up incubator”."),
    p("The Halden Bridge Scholarship is our main award for students from families with no history of higher education. Write the name in full on first mention, with all three words capitalised; after that, “the scholarship” is fine. It covers tuition fees and a living allowance for the full length of the course."),
    h1("Punctuation and the small things"),
    p("We do not use exclamation marks in University copy, and that includes email subject lines. An exclamation mark in an admissions email reads as either anxiety or salesmanship, and we want to sound like neither. Emoji have no place in official University email; leave them to the Students’ Union, who use them well."),
    p("Dates are written as 12 February 2024, times as 2.30pm, and course titles are capitalised as they appear in the prospectus. Use the serial comma only where it prevents ambiguity. British spelling throughout, except in the names of American partner institutions."),
    h2("Numbers"),
    p("Spell out one to nine and use numerals from 10 upwards, except in tables of entry requirements, where everything is a numeral. Percentages are written with the symbol: 94%."),
    h1("Signing off"),
    p("Recruitment emails close with “With best wishes, The Halden Admissions Team”, set on two lines, and with nothing below it except the required statements. Do not sign recruitment emails with an individual’s name; applicants reply to whoever signed, and shared inboxes are monitored when individuals are on leave."),
    h1("Required statements"),
    p("Every recruitment email and every page in the Study section carries the two statements that appear in the footer of this page. They are there for legal and regulatory reasons and cannot be reworded, shortened or moved above the sign-off. The copyright line beneath them is a website convention and does not need to be copied into emails."),
    legal(CHARITY, OFFERS),
  ],
  key: {
    bannedTerms: [
      { term: "world-class", replacement: null },
      { term: "kids", replacement: "students" },
      { term: "customers", replacement: "students" },
      { term: "freshers", replacement: "new students" },
      { term: "dropout", replacement: "student who withdrew" },
      { term: "state-of-the-art", replacement: null },
    ],
    productNames: ["Halden Online", "Foundry", "Halden Bridge Scholarship"],
    disclaimers: [CHARITY, OFFERS],
    signOff: "With best wishes, The Halden Admissions Team",
    style: { maxExclamations: 0, allowEmoji: false, noAllCaps: null, noExclamationInSubject: true },
    notBanned: ["Castlebridge University", "Westmoor College", "curious", "precise", "welcoming"],
  },
};
