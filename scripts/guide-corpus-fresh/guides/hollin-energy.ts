/**
 * Energy supplier, PDF, 3 pages; page 2 is a two-column page: "How we sound" (traits,
 * trap) beside "Say this, not that" ("Say X, not Y" lines), then "Words we use a lot"
 * (trap) beside "Punctuation". Prose bans ("We never write X or Y", "Please avoid X"),
 * product names in prose with ® and misspellings, ordinary-word tariff names, and a
 * mandatory two-line legal footer. Competitors in prose.
 */
import type { Guide } from "../../guide-corpus/types";
import { basePdf, columns, h1, legal, ol, p, pageBreak } from "../../guide-corpus/guides/blocks";

const COMPANY = "Hollin Energy Supply Ltd is registered in England and Wales (company number 10234567). Registered office: 4 Weir Street, Leeds LS1 4DT.";
const EXIT = "Steady 12 prices are fixed for 12 months. An exit fee of \u00a375 per fuel applies if you switch away before the end of your fixed term.";

export const hollinEnergy: Guide = {
  basename: "hollin-energy",
  format: "pdf",
  industry: "energy",
  brand: "Hollin Energy",
  title: "Hollin Energy Writing Guide",
  subtitle: "How we write to the people who heat their homes with us",
  meta: "Customer Experience \u00b7 v3 \u00b7 June 2024",
  author: "Hollin Energy Customer Experience",
  pdf: {
    ...basePdf,
    bodySize: 10,
    leading: 1.45,
    titleSize: 24,
    h1Size: 14,
    h2Size: 11.5,
    accent: [0.8, 0.35, 0.05],
    footer: (page) => `Hollin Energy \u00b7 Writing guide \u00b7 p. ${page}`,
    footerAlign: "left",
    headingRule: true,
  },
  blocks: [
    h1("About this guide"),
    p("This is the writing guide for everything Hollin Energy sends to customers: bills, price change letters, payment reminders, smart meter bookings, app notifications and the monthly newsletter. It is short on purpose. If it doesn't answer your question, ask the Customer Experience team rather than guessing."),
    p("Version 3 adds the new tariff names and moves the legal wording into a single footer. Everything else is as it was in version 2."),
    h1("Who we're writing to"),
    p("We supply gas and electricity to about 1.8 million homes, mostly in the North of England. About a quarter of our customers pay in advance with a prepayment meter, and many of them are on tight budgets. Most customers don't think about their energy supplier from one month to the next, and that is how they like it. When they do hear from us, it is usually because something costs more than it did."),
    p("Customers who shop around compare us with Brightspark Energy and Northwold Power, both of which are cheaper on some tariffs and dearer on others. We don't win those comparisons with slogans. We win them by being easy to deal with, and that starts with the way we write."),
    h1("Principles"),
    ol(
      "Lead with the number. Prices, dates and amounts go in the first two lines.",
      "Explain every change. If a price goes up, say by how much and why, in plain words.",
      "Be kind about money. Assume the reader might be struggling, and say how to get help.",
      "Finish with one clear next step.",
    ),
    pageBreak,
    h1("Voice and vocabulary at a glance"),
    p("This page is designed to be printed and pinned up. The left-hand column is how we sound; the right-hand column is the words we have agreed on."),
    columns(
      {
        heading: "How we sound",
        bullets: true,
        lines: [
          "Straight: prices and dates first, explanation after.",
          "Kind: especially when money is tight.",
          "Local: we're a Leeds company and we sound like one.",
          "Unflustered: no drama about price changes, up or down.",
          "Brief: three short paragraphs is a long email.",
        ],
      },
      {
        heading: "Say this, not that",
        bullets: true,
        lines: [
          "Say \u201cenergy use\u201d, not \u201cconsumption\u201d.",
          "Say \u201cpayment plan\u201d, not \u201carrears plan\u201d.",
          "Say \u201cprice per unit\u201d, not \u201cunit rate\u201d.",
          "Say \u201cbill\u201d, not \u201cstatement of account\u201d.",
        ],
      },
    ),
    columns(
      {
        heading: "Words we use a lot",
        lines: [
          "warm, home, fair, help, sorted, straight away. They are plain and they are ours.",
          "None of them is compulsory.",
        ],
      },
      {
        heading: "Punctuation",
        bullets: true,
        lines: [
          "One exclamation mark per email, maximum.",
          "No emoji in emails. They're fine in app notifications.",
          "Dates in full: 1 October 2024.",
          "Prices in pence per kWh to two decimal places: 24.50p.",
        ],
      },
    ),
    p("If you're writing about a price change, read the Ofgem notice requirements in the Pricing team's checklist before you start. This page is about words, not about what we have to tell people and when."),
    pageBreak,
    h1("Claims we can and can't make"),
    p("Energy marketing is watched closely by Ofgem and the Advertising Standards Authority, and environmental claims most closely of all. We never write \u201c100% green\u201d or \u201czero carbon\u201d about any tariff. Our renewable tariffs are matched with renewable electricity certificates, and if you need to say more than that, ask the Sustainability team."),
    p("Please avoid \u201cbeat the price cap\u201d. Our tariffs can be above or below the cap from one quarter to the next, and the phrase will be wrong within months of being written."),
    h1("Tariff and product names"),
    p("Our fixed tariff is Steady 12, always with the number, because longer fixed terms are planned. The variable tariff is Hollin Flex, two words. Our smart thermostat and its app are Heatwise\u00ae, one word with a lower-case w; we often see HeatWise and Heat Wise in agency copy, and both are wrong. The \u00ae goes on first mention in marketing emails only."),
    p("\u201cSteady\u201d and \u201cflex\u201d are ordinary words too, and we use them as ordinary words all the time. Capitalise them only as part of a tariff name."),
    h1("Sign-off"),
    p("Emails end with \u201cThanks, The Hollin Energy team\u201d. Emails about debt, or to customers on our Priority Services Register, are signed by a named adviser with a direct phone number instead."),
    h1("The footer"),
    p("The two lines below are mandatory in the footer of every email about a tariff, a price or a bill. Don't edit them, and don't move them above the sign-off."),
    legal(COMPANY, EXIT),
  ],
  key: {
    bannedTerms: [
      { term: "consumption", replacement: "energy use" },
      { term: "arrears plan", replacement: "payment plan" },
      { term: "unit rate", replacement: "price per unit" },
      { term: "statement of account", replacement: "bill" },
      { term: "100% green", replacement: null },
      { term: "zero carbon", replacement: null },
      { term: "beat the price cap", replacement: null },
    ],
    productNames: ["Steady 12", "Hollin Flex", "Heatwise"],
    disclaimers: [COMPANY, EXIT],
    signOff: "Thanks, The Hollin Energy team",
    style: { maxExclamations: 1, allowEmoji: false, noAllCaps: null, noExclamationInSubject: null },
    notBanned: ["Brightspark Energy", "Northwold Power", "HeatWise", "Heat Wise", "warm", "fair", "straight", "kind", "unflustered"],
  },
};
