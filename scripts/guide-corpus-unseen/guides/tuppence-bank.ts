/**
 * Finance (mobile bank for students), HTML: "X (not “Y”)" swap list (one banned term sits inside
 * its own replacement), "We've banned ..." prose, a "Nope / Yep" example with unlisted slang,
 * feature names that are ordinary words (Jars, Split), emoji allowed, "Exclamation marks? Two,
 * tops.", three regulatory lines in the page footer and a copyright line that is not one of them.
 */
import { callout, h1, h2, legal, ol, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { UnseenGuide } from "../build";

const FCA =
  "Tuppence is a trading name of Tuppence Financial Ltd, which is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Firm Reference Number 918273).";
const FSCS = "Your eligible deposits with Tuppence are protected up to a total of £85,000 by the Financial Services Compensation Scheme.";
const OVERDRAFT = "Overdrafts are subject to status and available to UK residents aged 18 and over in full-time education.";

export const tuppenceBank: UnseenGuide = {
  basename: "tuppence-bank",
  format: "html",
  industry: "finance",
  brand: "Tuppence",
  title: "Tuppence tone of voice",
  subtitle: "How we write to students: emails, push and in-app messages",
  meta: "Brand team · last updated 14 February 2024",
  author: "Tuppence Brand team",
  html: {
    accent: "#5b2bd1",
    fontFamily: "Inter, 'Helvetica Neue', Arial, sans-serif",
    siteName: "Tuppence Brand Hub",
    navLinks: ["Brand", "Voice", "Design", "Templates", "Help"],
    toc: true,
    copyright: "© 2024 Tuppence Financial Ltd. All rights reserved. Tuppence and the Tuppence logo are trade marks of Tuppence Financial Ltd.",
  },
  blocks: [
    h1("Hello"),
    p("Tuppence is a mobile bank for students. We opened in 2021 and now look after the money of 280,000 students at 140 universities and colleges. Most of our customers are 18 to 23, managing their own money for the first time, and checking their balance on the bus between lectures. Some are mature students juggling a job, kids and a course. All of them are busy, and most of them are skint at least one week a month."),
    p("This page is for everyone who writes anything a customer will read: the lifecycle team, product, support macros, and the agencies who do our campaigns."),
    h1("How we talk"),
    p("Like a friend in their final year who’s good with money: relaxed, funny sometimes, never preachy, and always straight about the numbers. We don’t lecture people about lattes. We tell them what’s happening with their money and what they can do about it."),
    h2("Words that sound like us"),
    ul("sorted", "heads-up", "nice one", "handy", "on track", "no stress"),
    p("Lots of our customers also have an account with Pennydrop, or with a high-street bank like Ardwick. We never mention other banks in our copy, good or bad."),
    h1("Say this (not that)"),
    p("Students get a lot of patronising copy about money. These are the swaps we make every single time:"),
    ul(
      "interest-free overdraft (not “free overdraft”). An overdraft is borrowing, and it has to be paid back.",
      "spending (not “splurging”)",
      "money tips (not “money hacks”)",
      "save (not “stack”)",
      "earn interest (not “make bank”)",
    ),
    h1("Banned outright"),
    p("We’ve banned “broke”. Plenty of our customers are short of money, and they don’t need a bank labelling them. We’ve also banned “adulting”, and “treat yourself”, which was the subject line of our worst-performing email ever."),
    h2("Spot it"),
    quote("Nope:", "“Broke till payday? Our overdraft has got you covered, bestie 🤑!!”"),
    quote("Yep:", "“Payday’s on Friday. Here’s how to make your last £40 go further this week.”"),
    p("What’s wrong with the first one: a banned word, two exclamation marks in a row, and a money-mouth emoji next to borrowing. “Bestie” isn’t banned, it’s just trying too hard."),
    h1("Feature names"),
    table(
      ["Feature", "How it’s written", "Don’t write"],
      [
        ["Savings pots", "Jars", "jars, JARS, Savings Jars"],
        ["Bill splitting", "Split", "split, SPLIT, Splitter"],
        ["Rent reminders", "Rent Radar", "RentRadar, Rent radar"],
        ["Our debit card", "Tuppence Card", "Tuppence card, T-Card"],
      ],
    ),
    p("Jars and Split are everyday words, so the capital letter is what tells people we mean the feature: “move £20 into a Jar”, “Split the bill with your flatmates”."),
    h1("Punctuation, caps and emoji"),
    ul(
      "Exclamation marks? Two, tops. None in subject lines.",
      "Don’t write in all caps. It reads as shouting, and nobody wants to be shouted at about their overdraft.",
      "Emoji are allowed in the body, two per email at most, but never in subject lines and never next to anything about borrowing.",
      "Amounts: £5, £12.50, £1,000.",
    ),
    h1("Signing off"),
    p("We sign off with “Cheers, the Tuppence crew”, in one line. Never from a named person; replies go to the support inbox, where someone actually reads them."),
    h1("Legal bits"),
    callout("Heads-up:", "the three regulatory lines in the footer of this page go at the bottom of every email we send, word for word. The template adds them for you; don’t delete them when you tidy up the footer."),
    h2("Before you hit send"),
    ol(
      "Read it on your phone, not your laptop.",
      "Check every number against the product sheet.",
      "Check the subject line has no exclamation mark and no emoji.",
      "Check the footer still has all three regulatory lines.",
    ),
    legal(FCA, FSCS, OVERDRAFT),
  ],
  key: {
    bannedTerms: [
      { term: "free overdraft", replacement: "interest-free overdraft" },
      { term: "splurging", replacement: "spending" },
      { term: "money hacks", replacement: "money tips" },
      { term: "stack", replacement: "save" },
      { term: "make bank", replacement: "earn interest" },
      { term: "broke", replacement: null },
      { term: "adulting", replacement: null },
      { term: "treat yourself", replacement: null },
    ],
    productNames: ["Jars", "Split", "Rent Radar", "Tuppence Card"],
    disclaimers: [FCA, FSCS, OVERDRAFT],
    signOff: "Cheers, the Tuppence crew",
    style: { maxExclamations: 2, allowEmoji: true, noAllCaps: true, noExclamationInSubject: true },
    notBanned: ["sorted", "heads-up", "handy", "bestie", "got you covered", "Pennydrop", "Ardwick", "skint"],
  },
};
