/**
 * Brewing (craft brewery), Markdown with YAML front matter: a four-column beer table whose
 * "Write it like this" cells carry the misspellings (every beer is an ordinary word or phrase),
 * a "words we love" line, "X → Y" and "X → (no swap)" bullets, an emoji Do/Don't table, numbered
 * mechanics that allow emoji and an exclamation mark in subject lines, a bad example, a
 * competitor, the Drinkaware and Challenge 25 lines as <small> small print, and a © line after
 * them that is not a disclaimer.
 */
import { h1, h2, legal, ol, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const DRINKAWARE = "Please enjoy Brackwater beers responsibly. For the facts, visit drinkaware.co.uk.";
const AGE = "You must be 18 or over to buy alcohol. We operate Challenge 25 at the taproom and check ID on every delivery.";

export const brackwaterBrewing: Guide = {
  basename: "brackwater-brewing",
  format: "markdown",
  industry: "brewing",
  brand: "Brackwater Brewing Co.",
  title: "Brackwater Voice & Email Guide",
  subtitle: "How we write about beer, and how we don’t",
  meta: "Brewed in Whitstable since 2014 · Jess & Tom, marketing",
  author: "Brackwater Brewing Co. Marketing",
  frontMatter: ["title: Brackwater Voice & Email Guide", "owner: Marketing (Jess & Tom)", "updated: 2024-04-02", "applies_to: [newsletter, webshop, taproom events]", "status: live"],
  blocks: [
    h1("Hello"),
    p("We’re a 20-barrel brewery on the Kent coast with a taproom, a webshop and a newsletter that goes to about 26,000 people every other Thursday. Everything we send should sound like one of us leaning on the bar and telling you what’s just come out of the tank: friendly, a bit nerdy about hops, never pushy."),
    p("This guide is for anyone who writes for us: the two of us in marketing, the taproom team when they do event emails, and the freelancers who help out at Christmas. It lives in the shared drive as Markdown so anyone can suggest changes. If you do, tell us in the #words channel."),
    h1("Our beers"),
    p("All four core beers are named after ordinary words and phrases, which is exactly why they get mangled. Get these right every time:"),
    table(
      ["Beer", "Style", "ABV", "Write it like this"],
      [
        ["Drizzle", "Pale ale", "4.2%", "Drizzle. Never Drizzel, never DRIZZLE."],
        ["Harbour Lights", "Lager", "4.6%", "Harbour Lights, UK spelling. Not Harbor Lights."],
        ["Night Shift", "Oatmeal stout", "5.8%", "Night Shift, two words. Not Nightshift."],
        ["Tidal", "West Coast IPA", "6.5%", "Tidal. Not Tidal IPA in a headline."],
      ],
    ),
    p("Our monthly subscription box is Crate Club™. Use the ™ on first mention, and never write Crate-Club or CrateClub. Seasonal specials get a name on the day they’re announced; check the brew sheet before you write about them."),
    h1("Words"),
    p("We love words that tell you what’s in the glass: **hazy**, **juicy**, **toasty**, **crisp**, **bright**. Use them. Describe flavour before you describe anything else."),
    p("The Portman Group code is the rulebook for how alcohol is marketed in the UK, and a few words would get a complaint against us upheld. We don’t avoid these because they’re uncool; we avoid them because they’re against the code:"),
    ul(
      "smashable → easy-drinking",
      "crushable → refreshing",
      "chug → enjoy",
      "get wasted → (no swap, don’t go there)",
      "liquid courage → (no swap)",
      "hangover-free → (no swap, and it isn’t true)",
      "healthy → (no swap: no health claims about beer, ever)",
    ),
    h2("Tone"),
    table(
      ["👍 Do", "👎 Don’t"],
      [
        ["Tell the story of the brew: the hops, the malt, the mistakes.", "Suggest beer makes anyone more popular, braver or more attractive."],
        ["Suggest food to go with it.", "Aim anything at under-18s: no cartoon characters, no sweets."],
        ["Mention the lower-strength beers alongside the strong ones.", "Link drinking with driving, sport or work."],
      ],
    ),
    h1("Emoji, caps and exclamation marks"),
    ol(
      "Emoji: yes 🍺🌊. Up to three in a newsletter, and never next to anything about driving.",
      "Exclamation marks: two per email, max. And yes, you can put one in a subject line. They do well for taproom events.",
      "ALL CAPS is for can labels. In emails we write in sentence case, with no shouty words.",
      "Prices with the pound sign and pence: £3.80, £42.00 for a case.",
    ),
    h2("Spot the problem"),
    quote("❌ Nope:", "Grab a crate of our smashable new session IPA and get the party STARTED!"),
    quote("✅ Yep:", "Tidal is back: piney, bright and properly bitter, brewed with this year’s first hops. Crate Club members get it first."),
    p("The first one uses a word from the list and shouts in capitals. The second one makes you thirsty."),
    h1("Other breweries"),
    p("Locals compare us with Saltgrass Brewery down the road and with the big brands in the supermarket. Be nice about Saltgrass; we share a delivery van and they lent us a fermenter in 2019."),
    h1("Signing off"),
    quote("Sign every email:", "Cheers from the brewhouse,", "The Brackwater crew"),
    h1("Small print"),
    p("Every newsletter and webshop email needs these two lines at the very bottom. They’re not optional and they’re not for rewording:"),
    legal(DRINKAWARE, AGE),
    p("© 2024 Brackwater Brewing Co. Ltd. Beer names and the gull logo are ours. Please don’t use them on anything we haven’t seen."),
  ],
  key: {
    bannedTerms: [
      { term: "smashable", replacement: "easy-drinking" },
      { term: "crushable", replacement: "refreshing" },
      { term: "chug", replacement: "enjoy" },
      { term: "get wasted", replacement: null },
      { term: "liquid courage", replacement: null },
      { term: "hangover-free", replacement: null },
      { term: "healthy", replacement: null },
    ],
    productNames: ["Drizzle", "Harbour Lights", "Night Shift", "Tidal", "Crate Club"],
    disclaimers: [DRINKAWARE, AGE],
    signOff: "Cheers from the brewhouse, The Brackwater crew",
    style: { maxExclamations: 2, allowEmoji: true, noAllCaps: true, noExclamationInSubject: false },
    notBanned: ["hazy", "juicy", "toasty", "crisp", "bright", "session", "party", "Saltgrass Brewery"],
  },
};
