/**
 * Fitness (gym chain), PDF, 3 pages: page 2 is a two-column "How we sound / No-go words" spread
 * (quoted bans with reasons in the right column, voice traits in the left), a "X is a no-go" sentence,
 * an "Instead of… / Try…" table with a "—" cell, naming rules in prose with misspellings, exclamation
 * limit of three, an ALL-CAPS example inside a caps rule, one-line sign-off in prose, and two required
 * lines at the foot of page 3.
 */
import { basePdf, columns, h1, h2, legal, p, pageBreak, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const GP =
  "If you have a medical condition, are pregnant or haven’t exercised for a while, check with your GP before starting a new exercise programme.";
const TERMS = "PulsePass memberships are subject to our membership terms, available at pulsebox.co.uk/terms. Minimum terms may apply.";

export const pulseboxGyms: Guide = {
  basename: "pulsebox-gyms",
  format: "pdf",
  industry: "fitness",
  brand: "Pulsebox",
  title: "Pulsebox Tone of Voice",
  subtitle: "How we write emails, app messages, posters and socials",
  meta: "Brand Team · Version 3 · January 2024",
  author: "Pulsebox Brand Team",
  pdf: {
    ...basePdf,
    bodySize: 10.5,
    leading: 1.45,
    titleSize: 28,
    h1Size: 16,
    h2Size: 12,
    accent: [0.85, 0.2, 0.35],
    cover: false,
    footer: (page) => `Pulsebox Tone of Voice — p.${page}`,
    footerAlign: "left",
    tableRules: true,
    tableHeaderFill: true,
    bullet: "•",
    headingRule: false,
  },
  blocks: [
    h1("Hey, it’s us"),
    p("Pulsebox runs 86 gyms across the UK, open 24 hours, with no contracts on our standard memberships and classes included in the price. We opened our first club in a former carpet warehouse in Swindon in 2012. Almost half of the people who join us have never belonged to a gym before, and that is exactly who we built Pulsebox for."),
    p("This guide is for anyone who writes as Pulsebox: the CRM and app teams, club managers writing local emails and posters, our social team and our agencies. It is short on purpose. Read it once properly, then keep page 2 somewhere you can see it."),
    h1("Who reads our stuff"),
    p("Our members are mostly between 18 and 40, but our fastest-growing group is people over 55 who want to stay strong and independent. Some members train six days a week and know more about programming than we do. Others joined in January and are still working up the courage to try a class. Every email should work for both."),
    p("A lot of our messages are read on a phone in the changing room or on the bus, so get to the point. Class name, time, club, what to bring. Then the encouragement."),
    h1("Our personality"),
    p("We are the friendly coach on the gym floor who remembers your name and notices when you add weight to the bar. We are enthusiastic, but we never make anyone feel they don’t belong. We talk about strength, energy, sleep and feeling good. We don’t talk about how people look."),
    p("Lots of our members have tried FitHaus or Gymworks before they found us. We never knock other gyms, in any channel. We are confident enough to talk about what we do well and leave it there."),
    pageBreak,
    h1("Sounding like Pulsebox"),
    p("This is the page to pin up. Left: the four things we always are. Right: words and phrases we have retired for good, and why."),
    columns(
      {
        heading: "How we sound",
        bullets: true,
        lines: [
          "Upbeat, not hyper. Energy comes from what we say, not from punctuation.",
          "Encouraging, never preachy. We invite; we don’t lecture.",
          "Every body, every level. Write for the nervous first-timer and the regular at the same time.",
          "Straight to the point. Times, prices, what to bring, then the pep talk.",
        ],
      },
      {
        heading: "No-go words",
        bullets: true,
        lines: [
          "“bikini body” – every body is already ready",
          "“beach-ready” – same problem, different season",
          "“no pain, no gain” – pain means stop and ask a coach",
          "“burn off” (about food) – food isn’t a debt to pay back",
          "“shred” – we’re a gym, not a bootcamp",
        ],
      },
    ),
    p("‘Beast mode’ is a no-go as well. It puts off far more people than it fires up, and the people it puts off are the ones who most need to hear from us."),
    h2("Instead of… try…"),
    p("These are words that crept into our copy over the years. There is a better choice for each of them: when you catch yourself writing the left-hand word, use the right-hand one."),
    table(
      ["Instead of…", "Try…"],
      [
        ["weight loss", "your fitness goals"],
        ["newbies", "new members"],
        ["gym rats", "regulars"],
        ["flabby", "—"],
      ],
      [0.45, 0.55],
    ),
    p("‘Flabby’ has no replacement because we shouldn’t be describing bodies at all. Rewrite the sentence around what the member wants to be able to do."),
    pageBreak,
    h1("Names"),
    p("PulsePass is our membership. One word, capital P twice. Not Pulse Pass, not Pulsepass, and never PULSEPASS in a headline. PulsePass Off-Peak is the cheaper version for weekday daytimes and weekends; always include the hyphen and the capital P on Peak."),
    p("RecoverRoom is the sauna and stretching area in 40 of our clubs. It is one word, and it is never Recovery Room or Recover Room. Check the club list before you mention it in a local email, because not every club has one."),
    p("Class names are written exactly as they appear on the club timetable, in title case. Don’t invent new names for existing classes in marketing, and check the timetable before promising a class at a particular club."),
    h1("Punctuation and formatting"),
    ul(
      "Three exclamation marks per email is the ceiling, and subject lines don’t get any.",
      "No shouting in capitals. ‘HUGE SAVINGS’ reads like a car-boot sale sign. Use bold for the one thing people need to see.",
      "Emoji live on our social channels. In emails and app messages, leave them out.",
      "Times in the 24-hour clock on the timetable (18:30) and in the 12-hour clock in copy (6.30pm).",
      "Prices with the pound sign and pence only when there are some: £24.99 a month, £20 joining fee.",
    ),
    h1("Signing off"),
    p("Sign every email off with “Train well, Team Pulsebox” on a single line. Club managers can add their name and club underneath if the email is local."),
    h2("Legal lines"),
    p("Add the two lines printed at the bottom of this page, unchanged, at the foot of every email that promotes classes or memberships. They sit below the sign-off, in the footer style from the email template."),
    legal(GP, TERMS),
  ],
  key: {
    bannedTerms: [
      { term: "bikini body", replacement: null },
      { term: "beach-ready", replacement: null },
      { term: "no pain, no gain", replacement: null },
      { term: "burn off", replacement: null },
      { term: "shred", replacement: null },
      { term: "beast mode", replacement: null },
      { term: "weight loss", replacement: "your fitness goals" },
      { term: "newbies", replacement: "new members" },
      { term: "gym rats", replacement: "regulars" },
      { term: "flabby", replacement: null },
    ],
    productNames: ["PulsePass", "PulsePass Off-Peak", "RecoverRoom"],
    disclaimers: [GP, TERMS],
    signOff: "Train well, Team Pulsebox",
    style: { maxExclamations: 3, allowEmoji: false, noAllCaps: true, noExclamationInSubject: true },
    notBanned: ["FitHaus", "Gymworks", "upbeat", "encouraging", "every body", "straight to the point", "HUGE SAVINGS"],
  },
};
