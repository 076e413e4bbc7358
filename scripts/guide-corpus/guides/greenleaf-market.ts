/** Retail (grocery), HTML: "X → Y" swap lines, a Bad/Better example with CHEAP and INSANE (only "cheap" is listed), a product table where "Harvest" is an ordinary word, an "Important:" callout and footer legal lines. */
import type { Guide } from "../types";
import { callout, h1, h2, legal, ol, p, quote, table, ul } from "./blocks";

const OFFERS = "Offers valid while supplies last, at participating stores only.";
const HARVEST = "Harvest box contents vary with the season and availability.";

export const greenleafMarket: Guide = {
  basename: "greenleaf-market",
  format: "html",
  industry: "retail",
  brand: "Greenleaf Market",
  title: "Greenleaf Market Copy Guidelines",
  subtitle: "For emails, flyers, shelf talkers and the website",
  meta: "Marketing & Member Services \u2014 rev. 7, February 2024",
  author: "Greenleaf Market Marketing",
  html: {
    accent: "#2e7d32",
    fontFamily: "Georgia, 'Times New Roman', serif",
    siteName: "Greenleaf Brand Toolkit",
    navLinks: ["Home", "Brand toolkit", "Logos", "Photography", "Copy", "Help"],
    toc: false,
    copyright: "\u00a9 2024 Greenleaf Market Cooperative. All rights reserved. Greenleaf, Harvest and FreshPass are trademarks of Greenleaf Market Cooperative.",
  },
  blocks: [
    h1("Writing for Greenleaf"),
    p("Greenleaf Market is an employee-owned grocer with 38 stores across Ohio, Indiana and Michigan. We started as a single produce stand outside Dayton in 1962, and we still buy from many of the same farming families. Our shoppers are mostly families and retirees who cook at home, watch their budgets carefully and like to know where their food comes from."),
    p("These guidelines apply to anything a shopper reads: weekly ad emails, the website, in-store signs and shelf talkers, and the recipe cards by the registers. When you're not sure, picture a Greenleaf employee-owner explaining the deal to a regular at the deli counter."),
    h1("Voice"),
    ul(
      "**Neighborly.** We know our shoppers by name, and we write like it.",
      "**Honest.** Good value is something we earn every week. We never exaggerate it.",
      "**Cheerful.** Food is one of life's pleasures. We sound happy to talk about it.",
    ),
    h1("Word swaps"),
    p("A few words make us sound like a discount warehouse or a diet ad. Swap them like this:"),
    ul(
      "cheap \u2192 great value",
      "superfood \u2192 nutritious",
      "clean eating \u2192 fresh, simple food",
      "junk food \u2192 treats",
      "bargain bin \u2192 offers",
    ),
    p("Why? \u201cCheap\u201d suggests low quality, and our prices are low because we buy well, not because we cut corners. The food words on the list make promises about health that we can't back up, or make shoppers feel judged for what's in their cart."),
    h2("Spot the problem"),
    quote("Bad:", "\u201cOur CHEAP deals are INSANE!\u201d"),
    quote("Better:", "\u201cGreat value on Georgia peaches this week, picked on Monday and in stores Thursday.\u201d"),
    p("What's wrong with the first one? A word from the swap list, and shouting: capital letters read as shouting in an inbox."),
    h1("Punctuation and style"),
    ul(
      "No more than two exclamation points in any email. We're cheerful, not frantic.",
      "We don't write words in all capitals, not in subject lines and not in headlines.",
      "We don't use emoji in emails. They display unpredictably in older inboxes, and screen readers read them aloud.",
      "Write prices as $2.99/lb and 2 for $5.",
      "Use US spelling and the serial comma.",
    ),
    h1("Our own brands and programs"),
    table(
      ["Name", "What it is", "How to write it"],
      [
        ["Harvest", "Our weekly box of seasonal produce from local farms", "Capital H; \u201cyour Harvest box\u201d in a sentence"],
        ["FreshPass", "Membership with free delivery and member prices", "One word, capital F and capital P"],
        ["Greenleaf Kitchen", "Our own-label prepared foods", "Both words capitalized"],
      ],
      [0.22, 0.43, 0.35],
    ),
    p("Because \u201charvest\u201d is also an ordinary word, capitalize it only when you mean the box. A headline about the fall harvest in general stays lowercase."),
    h1("Required text on offers"),
    callout("Important:", "Every promotional email must include the two lines shown in the footer of this page, unchanged. They are already in the email template; don't delete them when you edit the footer."),
    p("In-store signs have their own required wording, which the Store Operations team supplies with each ad week."),
    h2("Before you send"),
    ol(
      "Read the email out loud, start to finish.",
      "Check every price against the ad-week file from Merchandising.",
      "Check that the required lines are still in the footer.",
      "Send a test to yourself and open it on your phone.",
    ),
    h1("Sign-off"),
    p("Emails close with \u201cEat well, The Greenleaf team\u201d. For store-specific emails, the store manager may add a short personal note above the sign-off, but the sign-off itself doesn't change."),
    legal(OFFERS, HARVEST),
  ],
  key: {
    bannedTerms: [
      { term: "cheap", replacement: "great value" },
      { term: "superfood", replacement: "nutritious" },
      { term: "clean eating", replacement: "fresh, simple food" },
      { term: "junk food", replacement: "treats" },
      { term: "bargain bin", replacement: "offers" },
    ],
    productNames: ["Harvest", "FreshPass", "Greenleaf Kitchen"],
    disclaimers: [OFFERS, HARVEST],
    signOff: "Eat well, The Greenleaf team",
    style: { maxExclamations: 2, allowEmoji: false, noAllCaps: true, noExclamationInSubject: null },
    notBanned: ["insane", "deals", "neighborly", "honest", "cheerful"],
  },
};
