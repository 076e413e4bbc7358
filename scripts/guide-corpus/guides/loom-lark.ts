/** Retail (fashion), HTML: "Our favourite words" list (trap), "Don't say | Say" table, emoji explicitly allowed, one exclamation mark max, legal lines in the page <footer> pointed to by a "Legal note" callout. */
import type { Guide } from "../types";
import { callout, h1, legal, p, quote, table, ul } from "./blocks";

const PRICES = "Prices and availability subject to change. Free returns within 30 days of delivery; final-sale items excluded.";
const COMBINE = "Offer cannot be combined with any other promotion.";

export const loomLark: Guide = {
  basename: "loom-and-lark",
  format: "html",
  industry: "retail",
  brand: "Loom & Lark",
  title: "Our voice, in writing",
  subtitle: "The Loom & Lark guide to emails, product copy and socials",
  meta: "Brand Studio \u00b7 updated 14 March 2024",
  author: "Loom & Lark Brand Studio",
  html: {
    accent: "#8a4f6d",
    fontFamily: "'Helvetica Neue', Arial, sans-serif",
    siteName: "Loom & Lark Brand Hub",
    navLinks: ["Brand", "Voice", "Imagery", "Templates", "Contact"],
    toc: true,
    copyright: "\u00a9 2024 Loom & Lark Ltd. Internal brand resource, not for distribution.",
  },
  blocks: [
    h1("Who we're talking to"),
    p("Our customer is busy, stylish without trying too hard and tired of being told what to wear. She (and increasingly he, and they) buys fewer, better things and wears them for years. She reads our emails on her phone, on the bus, between meetings. She'll forgive us for being brief; she won't forgive us for being pushy or for making her feel bad about her body."),
    p("Everything we write should feel like a message from a friend with great taste who happens to work in a lovely shop. Someone who tells you the truth about the fit, remembers that you hate polyester and sends you a photo when the linen comes back in stock."),
    h1("Our voice"),
    ul(
      "**Warm.** We write to one person, by name where we can, and we sound pleased to see them.",
      "**Witty.** A light touch and the occasional pun. Never at the customer's expense.",
      "**Inclusive.** Every body, every budget, every age. Our words should never leave anyone out.",
    ),
    h1("Our favourite words"),
    p("These words capture how our clothes feel to wear. Use them often, and use them honestly."),
    ul("effortless", "considered", "easy", "made to last", "wear-again", "soft"),
    h1("Words we don't use"),
    p("We don't talk about bodies as problems to be solved, and we don't pressure people into buying. That's what most of this list is about."),
    table(
      ["Don't say", "Say"],
      [
        ["flattering", "easy to wear"],
        ["slimming", "\u2014"],
        ["figure-fixing", "\u2014"],
        ["must-have", "favourite"],
        ["guilt-free", "\u2014"],
        ["a steal", "great value"],
      ],
    ),
    p("If a sentence only works with one of these words, it's usually describing the customer rather than the clothes. Describe the clothes: the fabric, the cut, how it moves."),
    h1("Emoji & punctuation"),
    p("Emoji are welcome \u2728 Up to three per email, and each one should add something rather than decorate. One exclamation mark at most per email, and keep subject lines free of exclamation marks: let the emoji do the work there."),
    quote("Subject lines we loved", "New linen has landed \u2728", "The Lark Tote, now in olive \ud83e\uded2", "Your LuxeKnit, but for summer"),
    p("We use British spelling, sentence case for headings and the Oxford comma only when a sentence would be ambiguous without it."),
    h1("Product names"),
    ul(
      "LuxeKnit: our signature fabric. One word, capital L and capital K.",
      "Lark Tote: always capitalised, always two words. \u201cThe Lark Tote\u201d in a sentence.",
      "EverSmooth: our non-iron linen blend. One word, capital E and capital S.",
      "Loom Circle: our members' club. Members are \u201cCircle members\u201d.",
    ),
    h1("Small print"),
    callout("Legal note:", "Every promotional email must carry the two lines in the footer of this page, word for word. We've put them there so you can copy them straight into the template."),
    p("Sale emails also need the sale end date and time in the body copy (for example \u201cSale ends midnight Sunday 24 March\u201d)."),
    h1("Signing off"),
    p("Sign every email \u201cWith love, Loom & Lark\u201d on its own line, after the last paragraph and before the product grid."),
    legal(PRICES, COMBINE),
  ],
  key: {
    bannedTerms: [
      { term: "flattering", replacement: "easy to wear" },
      { term: "slimming", replacement: null },
      { term: "figure-fixing", replacement: null },
      { term: "must-have", replacement: "favourite" },
      { term: "guilt-free", replacement: null },
      { term: "a steal", replacement: "great value" },
    ],
    productNames: ["LuxeKnit", "Lark Tote", "EverSmooth", "Loom Circle"],
    disclaimers: [PRICES, COMBINE],
    signOff: "With love, Loom & Lark",
    style: { maxExclamations: 1, allowEmoji: true, noAllCaps: null, noExclamationInSubject: true },
    notBanned: ["effortless", "considered", "easy", "made to last", "wear-again", "soft"],
  },
};
