/** Travel, HTML: "Never say" list with reasons, competitor names in prose (trap), a good example email with product names and an exclamation mark (trap), numbered mechanics, ATOL lines in the page footer. */
import type { Guide } from "../types";
import { callout, h1, legal, ol, p, quote, table, ul } from "./blocks";

const ATOL = "All flights and flight-inclusive holidays in this email are ATOL protected by the Civil Aviation Authority. Our ATOL number is 11873.";
const FARES = "Fares include taxes and charges, are per person based on two sharing, and are subject to availability.";

export const bluewaterTravel: Guide = {
  basename: "bluewater-travel",
  format: "html",
  industry: "travel",
  brand: "Bluewater Travel",
  title: "Voice & tone",
  subtitle: "How Bluewater Travel sounds in emails, on the web and on the phone",
  author: "Bluewater Travel Brand Centre",
  html: {
    accent: "#0b5394",
    fontFamily: "Inter, system-ui, sans-serif",
    siteName: "Bluewater Travel \u2014 Brand Centre",
    navLinks: ["Overview", "Voice & tone", "Design", "Channels", "Legal", "Downloads"],
    toc: true,
    copyright: "\u00a9 Bluewater Travel Group Ltd 2024. Registered in England and Wales, company no. 04829115.",
  },
  blocks: [
    h1("Welcome aboard"),
    p("Bluewater has been arranging flights and holidays from Bristol since 1979. We are still a travel agent at heart: most of our customers have spoken to one of our consultants at least once, and a person answers the phone within two minutes. Travellers who used to book with SkyHop or Farewise tell us that is the difference they notice first."),
    p("This page describes how we sound when we write. It applies to marketing emails, booking confirmations, the website and anything our consultants send from the shared templates. The design system, photography and logo have their own pages in the Brand Centre."),
    h1("Personality"),
    ul(
      "**Curious.** We have been to most of the places we sell, and we want to tell you about the bakery near the harbour.",
      "**Knowledgeable.** We know the small print so that you don't have to, and we explain it when it matters.",
      "**Relaxed.** Holidays should be a pleasure from the moment you book. We never hurry anyone.",
    ),
    p("Our customers are experienced travellers, usually over forty, who take two or three trips a year. They don't need to be sold the idea of travel. They want good advice and the confidence that someone will sort things out if a flight is cancelled."),
    h1("Tone"),
    p("Our personality stays the same; our tone changes with the moment. A cancelled flight is not the time for charm."),
    table(
      ["Situation", "How we sound", "How an email might open"],
      [
        ["Inspiration", "Warm, specific, curious", "\u201cThe almond trees in the Algarve flower in February.\u201d"],
        ["Booking confirmation", "Clear and upbeat", "\u201cEverything's booked. Here's what happens next.\u201d"],
        ["Disruption", "Calm, direct, practical", "\u201cYour flight has been cancelled. We've already rebooked you.\u201d"],
        ["After the trip", "Interested", "\u201cHow was Porto?\u201d"],
      ],
      [0.22, 0.28, 0.5],
    ),
    h1("Never say"),
    p("Travel writing is full of tired phrases. These are the ones we see most often in drafts, and what to do instead."),
    ul(
      "\u201chidden gem\u201d: every travel site says it. Name the thing that makes the place worth the trip.",
      "\u201cparadise\u201d: describe the beach instead.",
      "\u201ccheap flights\u201d: say \u201clow fares\u201d.",
      "\u201conce in a lifetime\u201d: our customers travel every year, and we'd like them to travel with us again.",
      "\u201cexotic\u201d: it describes a place as strange to us. Say where it is and what it is like.",
      "\u201cbucket list\u201d: there's no good alternative. Just say why the trip is worth taking.",
    ),
    h1("Naming conventions"),
    ul(
      "Anywhere Pass: two words, both capitalised.",
      "FlexFare: one word, capital F twice.",
      "SeatSelect: one word, capital S twice.",
    ),
    p("Airline and hotel names are written the way the airline or hotel writes them. Destinations use their English name where one exists, with the local name in brackets if it helps on the ground."),
    h1("Mechanics"),
    ol(
      "One exclamation mark at most in an email, and never in a subject line.",
      "Don't set words in ALL CAPS for emphasis.",
      "Times use the 24-hour clock: 14:30.",
      "Prices are per person and include taxes: from \u00a3349pp.",
      "Dates are written 14 May 2024, with the day of the week for departures: Tuesday 14 May.",
    ),
    h1("Example email"),
    p("This booking confirmation follows every rule on this page. Notice the single exclamation mark, the product names written correctly and the practical detail."),
    quote(
      "Good example",
      "Subject: Your FlexFare to Lisbon is confirmed",
      "Hi Sam,",
      "Lisbon is ready for you! Your FlexFare means you can change your dates up to 24 hours before departure at no extra cost. Add SeatSelect now if you'd like to sit together on the way out.",
      "Thinking about a longer trip next year? The Anywhere Pass gives you five flights across Europe for one price.",
      "Safe travels,",
      "The Bluewater team",
    ),
    h1("Signing off"),
    p("Every email ends \u201cSafe travels, The Bluewater team\u201d. Consultants writing to their own customers add their first name and direct line beneath it."),
    h1("Small print"),
    callout("Legal note:", "ATOL wording is a condition of our licence. The two lines in the footer of this page must appear, word for word, in every email that sells flights or holidays, which means every marketing email we send."),
    legal(ATOL, FARES),
  ],
  key: {
    bannedTerms: [
      { term: "hidden gem", replacement: null },
      { term: "paradise", replacement: null },
      { term: "cheap flights", replacement: "low fares" },
      { term: "once in a lifetime", replacement: null },
      { term: "exotic", replacement: null },
      { term: "bucket list", replacement: null },
    ],
    productNames: ["Anywhere Pass", "FlexFare", "SeatSelect"],
    disclaimers: [ATOL, FARES],
    signOff: "Safe travels, The Bluewater team",
    style: { maxExclamations: 1, allowEmoji: null, noAllCaps: true, noExclamationInSubject: true },
    notBanned: ["SkyHop", "Farewise", "curious", "knowledgeable", "relaxed"],
  },
};
