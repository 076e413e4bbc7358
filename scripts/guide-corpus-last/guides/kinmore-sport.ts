/**
 * Retail (sportswear), HTML: "Words we love" list (trap), "Say X, not Y" bullets, "Prefer X to Y"
 * and "No X" prose, a product table with ™/® and "Watch out for" misspellings, an ordinary-word
 * product (Tempo), a callout that ALLOWS caps, emoji and exclamation marks (including in subject
 * lines), an example email full of them, competitor names, and no legal text: the trade mark and
 * copyright line in the page footer is not a disclaimer.
 */
import type { Guide } from "../../guide-corpus/types";
import { callout, h1, h2, ol, p, quote, table, ul } from "../../guide-corpus/guides/blocks";

export const kinmoreSport: Guide = {
  basename: "kinmore-sport",
  format: "html",
  industry: "retail",
  brand: "Kinmore Sport",
  title: "How Kinmore Talks",
  subtitle: "The voice behind our emails, app notifications and drop-day campaigns",
  meta: "Brand Studio \u00b7 updated 2 April 2024",
  author: "Kinmore Brand Studio",
  html: {
    accent: "#e0421b",
    fontFamily: "'Inter', 'Helvetica Neue', Arial, sans-serif",
    siteName: "Kinmore Brand Hub",
    navLinks: ["Logo", "Colour", "Type", "Voice", "Photography", "Downloads"],
    toc: true,
    copyright: "\u00a9 2024 Kinmore Sport Ltd. AirLoop\u2122 and StormShell\u00ae are trade marks of Kinmore Sport Ltd. All rights reserved.",
  },
  blocks: [
    h1("Start here"),
    p("Kinmore started in 2014 in a railway arch in Manchester, making running tights for a club that couldn\u2019t find any that lasted a winter. Ten years on we make kit for running, training and the bits in between, and we sell it online and through twelve stores. What hasn\u2019t changed is who we make it for: people who move because it makes them feel good, not because someone told them they should."),
    p("This page is for anyone writing as Kinmore \u2013 the CRM squad, social, store teams and our agency friends. Read it once, keep it open when you write, and shout in #brand-voice if something here doesn\u2019t work in real life."),
    h1("Our voice"),
    p("We sound like the friend at parkrun who\u2019s been doing it for years and still cheers for everyone coming in after them. Energetic, never exhausting. Confident, never smug. We talk about what your body can do, never about what it looks like."),
    h2("Words we love"),
    p("Not rules, just the words that sound most like us. Use them when they fit; don\u2019t force them in."),
    ul("move", "grit", "crew", "own it", "every pace", "out there"),
    h1("Say this, not that"),
    p("Some words undo everything we stand for. These are the swaps we make every time:"),
    ul(
      "Say \u201ckit\u201d, not \u201capparel\u201d. Nobody has ever gone for a run in apparel.",
      "Say \u201cstrong\u201d, not \u201cskinny\u201d. We don\u2019t sell a body shape.",
      "Say \u201crecover\u201d, not \u201cdetox\u201d. Your kidneys have the detox covered.",
      "Say \u201crest day\u201d, not \u201ccheat day\u201d. Food isn\u2019t cheating.",
    ),
    p("Prefer \u201ceveryday athletes\u201d to \u201cgym bunnies\u201d: it\u2019s warmer and it includes the people who have never set foot in a gym. Prefer \u201cbuilt to move\u201d to \u201cflattering\u201d when you describe fit; kit is there to work, not to be judged."),
    p("No \u201cno pain, no gain\u201d. No \u201cbeach body\u201d. We\u2019re done with both, and so are our customers."),
    p("We never mention Aerostride or Peak & Pulse by name, however tempting it is on a launch day. Talk about what our kit does, not what theirs doesn\u2019t."),
    h1("Product names"),
    p("Product names appear in huge type on drop days, so a typo is very visible. Here\u2019s how to write them:"),
    table(
      ["Product", "Write it like this", "Watch out for"],
      [
        ["Running shoe", "AirLoop (\u2122 on first use in an email)", "Airloop, Air Loop, Air-Loop"],
        ["Waterproof jacket", "StormShell (\u00ae on first use)", "Storm Shell, Stormshell"],
        ["Leggings", "Tempo", "tempo (lower case), Tempos"],
        ["Training T-shirt", "Pace Tee", "Pace T, PaceTee, Pace-Tee"],
      ],
    ),
    p("Tempo is an everyday word, so the capital T does the work: \u201cthe new Tempo in forest green\u201d, not \u201cthe new tempo leggings\u201d. In headlines set in capitals the whole name goes up, which is fine."),
    h1("Caps, emoji and exclamation marks"),
    callout(
      "The short version:",
      "ALL CAPS is part of our launch look \u2013 DROP DAY, NEW IN, RESTOCKED \u2013 so use it in headlines and subject lines whenever it helps. Emoji are welcome, two per email at most, and only ones that add something (\ud83d\udd25 for a drop, \ud83c\udfc3 for a race). Exclamation marks are fine too: up to three in an email, and one can go in the subject line.",
    ),
    p("The thing to avoid is noise. If every line shouts, nothing does. Save the capitals for the one headline that matters and let the body copy breathe."),
    h2("What good looks like"),
    quote(
      "From the StormShell restock email, March 2024:",
      "Subject: StormShell is BACK \ud83d\udd25",
      "It sold out in four days in October. It\u2019s back in all six colours, and it\u2019s still the jacket we reach for when the forecast says no.",
      "DROP DAY is Thursday at 8am. Set a reminder and we\u2019ll see you there!",
    ),
    h1("Before you hit send"),
    ol(
      "Read it out loud. If it sounds like an advert, rewrite it.",
      "Check every product name against the table above.",
      "Count the exclamation marks and the emoji.",
      "Make sure the first line tells people why they\u2019re getting this email.",
      "Send a test to your phone and read it there.",
    ),
    h1("Signing off"),
    p("Every email ends with \u201cSee you out there, Team Kinmore\u201d on one line. No names, no job titles."),
    h1("Legal bits"),
    p("Our everyday emails don\u2019t need any legal text: the unsubscribe link and the terms link are built into the template footer. Competitions and promo codes are different, and the CRM lead will send you the right terms for each one."),
  ],
  key: {
    bannedTerms: [
      { term: "apparel", replacement: "kit" },
      { term: "skinny", replacement: "strong" },
      { term: "detox", replacement: "recover" },
      { term: "cheat day", replacement: "rest day" },
      { term: "gym bunnies", replacement: "everyday athletes" },
      { term: "flattering", replacement: "built to move" },
      { term: "no pain, no gain", replacement: null },
      { term: "beach body", replacement: null },
    ],
    productNames: ["AirLoop", "StormShell", "Tempo", "Pace Tee"],
    disclaimers: [],
    signOff: "See you out there, Team Kinmore",
    style: { maxExclamations: 3, allowEmoji: true, noAllCaps: false, noExclamationInSubject: false },
    notBanned: ["move", "grit", "crew", "own it", "every pace", "smug", "Aerostride", "Peak & Pulse", "drop day", "Air Loop"],
  },
};
