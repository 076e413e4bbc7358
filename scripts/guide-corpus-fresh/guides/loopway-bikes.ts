/**
 * Transport (bike-share scheme), Markdown with front matter: "X is out" and "We never
 * write X" bullets, an "X (use Y)" list, a names pipe table with misspellings (the
 * product "Hop" is an ordinary verb, "e-Loop" starts in lower case), mechanics with an
 * exclamation mark allowed in subject lines and no maximum, two "Include this" callouts,
 * a two-line sign-off in a blockquote, and a copyright footer that is not a disclaimer.
 */
import type { Guide } from "../../guide-corpus/types";
import { callout, h1, h2, legal, p, quote, table, ul } from "../../guide-corpus/guides/blocks";

const AGE = "You must be 16 or over to ride. e-Loop bikes provide pedal assistance up to 15.5 mph.";
const PRICES = "Prices and availability vary by city. Out-of-bay charges apply as set out in our rider terms.";

export const loopwayBikes: Guide = {
  basename: "loopway-bikes",
  format: "markdown",
  industry: "transport",
  brand: "Loopway",
  title: "Loopway tone of voice",
  subtitle: "How we talk to riders: emails, app messages, bay signs",
  meta: "Maintained in the comms repo. Edit via pull request and ping #comms-review.",
  author: "Loopway Comms & Community",
  frontMatter: ["title: Loopway tone of voice", "owner: Comms & Community", "last_reviewed: 2024-05-20", "status: live", "applies_to: [email, push, signage]"],
  blocks: [
    h1("The short version"),
    ul(
      "Write like a friendly local, not a transport authority.",
      "Short sentences. Riders read us at traffic lights.",
      "Say what it costs before they ride, not after.",
      "Never make a rider feel told off.",
    ),
    h1("Who rides with us"),
    p("Loopway runs bike share in Bristol, Cardiff and Bath: about 4,000 bikes, half of them electric, parked in 600 bays. Most rides are under twenty minutes. Our riders are commuters, students, visitors and people who just missed the bus. Some of them ride every day; some have not been on a bike since school."),
    p("E-scooter schemes like Swiftcycle and Townbike operate in two of our cities. Riders compare us with them all the time, mostly on price. We don't talk about them, but it's worth remembering that a rider who has a bad experience with us has somewhere else to go."),
    h1("Words"),
    p("Things we've settled. If you disagree, open a pull request rather than quietly doing something different."),
    ul(
      "\u201cBike hire\u201d is out. We're bike share, so write \u201cbike share\u201d.",
      "\u201cDockless\u201d is out too. Our bikes park in bays, and riders who think they can leave a bike anywhere end up paying for it.",
      "We never write \u201cfine\u201d or \u201cpenalty\u201d. The charge for leaving a bike outside a bay is an \u201cout-of-bay charge\u201d, and we explain it before we apply it.",
      "We never write \u201ccyclists\u201d about our customers. They're \u201criders\u201d.",
    ),
    h2("Old words, new words"),
    p("From the signage refresh, for bays, stickers and emails alike:"),
    ul("pushbike (use \u201cpedal bike\u201d)", "docking station (use \u201cbay\u201d)", "eco-friendly (use \u201clow-carbon\u201d)"),
    h1("Names"),
    table(
      ["Name", "What it is", "Not"],
      [
        ["Hop", "A single ride, pay as you go", "HOP, Hop ride"],
        ["Day Loop", "Unlimited 30-minute rides for 24 hours", "DayLoop, Day-Loop"],
        ["Loop Pass\u00ae", "Monthly or annual membership", "LoopPass, Loop pass"],
        ["e-Loop", "Our electric bikes", "E-Loop, eLoop, e-loop"],
      ],
    ),
    p("\u201chop\u201d is also an ordinary verb, and riders hop on bikes all the time. Only capitalise it when you mean the ticket. Loop Pass takes the \u00ae on first mention in marketing emails."),
    h1("Tricky moments"),
    p("When we charge a rider, crash reports come in, or a bay is full, the rider is usually annoyed already. Lead with what happened and what we've done about it, then what they can do. If we got something wrong, say sorry once, plainly, and fix it. Don't explain our internal processes: nobody standing next to a full bay wants to hear about rebalancing vans."),
    p("If a rider reports a crash, the first line of our reply asks whether they're hurt and gives the number to call. Everything else can wait."),
    h1("Mechanics"),
    ul(
      "ALL CAPS: nope. Not in subject lines, not in push notifications, not on bay signs.",
      "Emoji: not in emails. Push notifications follow the app team's own rules.",
      "An exclamation mark in a subject line is OK when the news is genuinely good: a free-ride weekend, a new bay on your street.",
      "Times in the 24-hour clock: 07:30, 18:00. Distances in miles.",
    ),
    h1("Required lines"),
    p("Some emails need fixed wording. Include this in every email that promotes e-Loop bikes or a Loop Pass:"),
    callout("Required:", AGE),
    p("And include this in every email that mentions a price:"),
    callout("Required:", PRICES),
    h1("Sign-off"),
    p("Emails end on two lines:"),
    quote(undefined, "See you out there,", "The Loopway team"),
    legal("Loopway is a trading name of Loopway Mobility Ltd. \u00a9 2024 Loopway Mobility Ltd. This guide is for internal use."),
  ],
  key: {
    bannedTerms: [
      { term: "bike hire", replacement: "bike share" },
      { term: "dockless", replacement: null },
      { term: "fine", replacement: "out-of-bay charge" },
      { term: "penalty", replacement: "out-of-bay charge" },
      { term: "cyclists", replacement: "riders" },
      { term: "pushbike", replacement: "pedal bike" },
      { term: "docking station", replacement: "bay" },
      { term: "eco-friendly", replacement: "low-carbon" },
    ],
    productNames: ["Hop", "Day Loop", "Loop Pass", "e-Loop"],
    disclaimers: [AGE, PRICES],
    signOff: "See you out there, The Loopway team",
    style: { maxExclamations: null, allowEmoji: false, noAllCaps: true, noExclamationInSubject: false },
    notBanned: ["Swiftcycle", "Townbike", "DayLoop", "LoopPass", "friendly"],
  },
};
