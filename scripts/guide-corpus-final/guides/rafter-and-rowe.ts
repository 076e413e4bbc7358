/**
 * Retail (DIY and hardware), HTML: voice bullets with explanations, "X – use Y instead" list,
 * "X is a no-go" sentences, a bad example quoting two listed bans beside an unlisted "unreal",
 * competitors, a product table where "Toolbox" is an ordinary word and a "Watch out for" column
 * of misspellings, mechanics in a list, required lines that "must appear" (in the page footer),
 * and a copyright/trade-mark line that is not a required disclaimer.
 */
import { callout, h1, h2, legal, ol, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const PRICES = "Prices and offers are correct at the time of sending and subject to availability. See rafterandrowe.co.uk/terms for full terms.";
const AGE = "We do not sell knives, blades or corrosive products to anyone under 18. You may be asked for proof of age on delivery or collection.";

export const rafterAndRowe: Guide = {
  basename: "rafter-and-rowe",
  format: "html",
  industry: "retail",
  brand: "Rafter & Rowe",
  title: "Writing for Rafter & Rowe",
  subtitle: "Our copy guidelines for email, web, in-store and the Toolbox app",
  meta: "Owned by the Customer Marketing team · Last updated 29 January 2024",
  author: "Rafter & Rowe Customer Marketing",
  html: {
    accent: "#c4501b",
    fontFamily: "'Trebuchet MS', Arial, sans-serif",
    siteName: "Rafter & Rowe Brand Hub",
    navLinks: ["Brand Hub home", "Logo", "Colour", "Photography", "Copy", "Templates"],
    toc: true,
    copyright: "© 2024 Rafter & Rowe Ltd. Rafter & Rowe, Toolbox and ProTrade are registered trade marks of Rafter & Rowe Ltd. All rights reserved.",
  },
  blocks: [
    h1("Welcome"),
    p("Rafter & Rowe started as a timber yard in Stockport in 1958. Today we have 140 stores across the North and the Midlands, a trade counter in every one of them, and a website that now takes more orders than our ten biggest stores put together. Whether someone is fixing a dripping tap or fitting out a kitchen, we want them to feel they can ask us anything."),
    p("This page is for everyone who writes for Rafter & Rowe: the email team, web content editors, store marketing coordinators and our agencies. It covers how we sound, the words we avoid, how to write our product names, and the legal lines that have to go on promotional emails. Templates, logos and photography are in the other sections of the Brand Hub."),
    h1("Who we're talking to"),
    p("Around two thirds of our customers are homeowners and renters doing their own projects, from first-timers putting up a shelf to people who have renovated three houses. The other third are tradespeople: plumbers, electricians, joiners and builders who use our trade counters every week and know more about the products than most of our writers do."),
    p("Write so that both groups feel respected. Explain the steps for the first-timer without talking down to the professional. If a project needs a qualified tradesperson – gas, most electrical work, anything structural – say so clearly and early."),
    h1("How we sound"),
    ul(
      "**Practical.** Lead with what the customer can do and what they will need. Measurements, quantities and drying times beat adjectives.",
      "**Straight-talking.** If a job is hard, we say it is hard. If a cheaper product will do the job just as well, we say that too.",
      "**Encouraging.** We want people to have a go. We celebrate finished projects, not just purchases.",
    ),
    h1("Words to watch"),
    p("Some words make projects sound easier than they are, or make people feel daft for asking. Others put off the trade customers who keep our stores busy on weekday mornings. Swap them as follows:"),
    ul(
      "foolproof – use ‘straightforward’ instead",
      "handyman – use ‘tradesperson’ instead",
      "DIY disaster – use ‘a project that didn’t go to plan’ instead",
      "bargain basement – use ‘low prices’ instead",
    ),
    p("‘Idiot-proof’ is a no-go, for the same reason as ‘foolproof’, and there is no polite version of it. ‘Cowboy builders’ is a no-go too, even as a joke: a lot of our best customers are builders. And any version of ‘lowest prices in town’ is a no-go. We price-match, but we can’t prove we are the cheapest everywhere, every day."),
    h2("An example"),
    quote("Before", "Our FOOLPROOF decking kits are unreal value. Even a handyman can’t get this wrong!"),
    quote("After", "Our decking kits come with everything you need for a 3m × 3m deck, plus a step-by-step guide. Most people finish in a weekend."),
    p("The first version promises something we can’t control, is a bit insulting and tells the customer nothing. The second gives the size, what is included and how long it takes."),
    h1("Competitors"),
    p("Customers often compare us with Buildmart and Hammerhouse, and we know it. We still don’t name other retailers in customer copy, even in price-match messages: link to the Price Match terms instead. If a customer names a competitor in a review or on social media, reply about our own products and service."),
    h1("Product names"),
    p("Write these exactly as shown. Toolbox is also an ordinary word, so the capital T is what tells the reader we mean the app; when you mean a box for tools, write it in lower case."),
    table(
      ["Name", "What it is", "Watch out for"],
      [
        ["Toolbox", "Our app for shopping lists, project guides and order tracking", "Tool Box, ToolBox, the Toolbox App"],
        ["ProTrade Card", "Our trade account card, with trade prices and 30-day credit", "Pro Trade card, Protrade, PTC"],
        ["HireHub", "Tool and equipment hire, in store and online", "Hire Hub, Hirehub, Rafter Hire"],
      ],
    ),
    h1("Mechanics"),
    ol(
      "Exclamation marks: one per email at most, and never in the subject line.",
      "Don’t put words in capitals for emphasis. If something matters, move it up the email.",
      "Give measurements in metric first, with imperial in brackets where our customers still use it: 2.4m (8ft).",
      "Write prices as £4.99 and £12. Don’t write £12.00.",
      "Every project email ends with a link to the safety guide for that project.",
    ),
    callout("Safety first:", "If a project involves ladders, power tools, chemicals or electrics, include the relevant safety note from the Safety Copy Library. Never edit safety notes, and never put them below the fold in an email just to make it look cleaner."),
    h1("Sign-off"),
    p("Promotional and project emails are signed by the team. Write the sign-off on two lines, exactly like this:"),
    quote(undefined, "Cheers,", "The team at Rafter & Rowe"),
    h1("Legal lines"),
    p("The two lines in the footer of this page must appear in the footer of every promotional email, in this order, word for word. They are there so you can copy them. Service emails (order confirmations, delivery updates) use the footer in the service template, which Legal maintains."),
    p("Anything that quotes a finance offer, such as 0% credit on kitchens, goes to the Consumer Credit team for approval. Don’t write finance wording yourself."),
    legal(PRICES, AGE),
  ],
  key: {
    bannedTerms: [
      { term: "foolproof", replacement: "straightforward" },
      { term: "handyman", replacement: "tradesperson" },
      { term: "DIY disaster", replacement: "a project that didn’t go to plan" },
      { term: "bargain basement", replacement: "low prices" },
      { term: "idiot-proof", replacement: null },
      { term: "cowboy builders", replacement: null },
      { term: "lowest prices in town", replacement: null },
    ],
    productNames: ["Toolbox", "ProTrade Card", "HireHub"],
    disclaimers: [PRICES, AGE],
    signOff: "Cheers, The team at Rafter & Rowe",
    style: { maxExclamations: 1, allowEmoji: null, noAllCaps: true, noExclamationInSubject: true },
    notBanned: ["unreal", "Buildmart", "Hammerhouse", "practical", "straight-talking", "encouraging"],
  },
};
