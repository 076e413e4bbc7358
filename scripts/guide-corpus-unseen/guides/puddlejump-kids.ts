/**
 * Children's clothing, Markdown: front matter, "*" and "+" bullets written by hand, an "X → Y"
 * swap list (one line bans two phrases, one line has no real replacement), "Prefer X to Y" in
 * prose, a ❌/✅ example whose shouted PERFECT is not a listed word, a product table with ™ and a
 * "Not like this" column, emoji allowed, a legally required line that is itself in capitals, a
 * conditional footer line and a closing copyright line that is not required wording.
 */
import { h1, h2, legal, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { UnseenGuide } from "../build";

const FIRE = "KEEP AWAY FROM FIRE";
const HMB = "Hand-Me-Back credit is issued as a Puddlejump gift card and is valid for 24 months. Full terms at puddlejump.co.uk/hand-me-back.";

export const puddlejumpKids: UnseenGuide = {
  basename: "puddlejump-kids",
  format: "markdown",
  industry: "retail",
  brand: "Puddlejump",
  title: "Puddlejump words",
  subtitle: "How we write about clothes for small people who do big things",
  meta: "Maintained by Brand & Content. Questions? #words on Slack.",
  author: "Tamsin Reeve",
  frontMatter: ["title: Puddlejump words", "owner: Brand & Content", "author: Tamsin Reeve", "updated: 2024-02-19", "status: live"],
  blocks: [
    h1("Hello, and welcome to our voice"),
    p("Puddlejump makes clothes for children aged 0 to 10 that are built for mud, rain, climbing and being handed down. We started as a stall at Stroud farmers’ market in 2015 and now sell online and in four shops in Gloucestershire and Bristol. Our customers are parents, grandparents and carers who want clothes that last, that wash well, and that don’t come sorted into pink and blue."),
    p("This page covers emails, product descriptions and social posts. It’s short on purpose. Read it all; it won’t take long."),
    h1("How we sound"),
    p("* **Playful**, because children are.\n* **Practical**, because grown-ups are busy and want to know if it goes in the tumble dryer.\n* **Honest**, because we’d rather sell you one coat that lasts than three that don’t."),
    p("We get excited about puddles. We don’t get excited about ourselves."),
    h1("Word swaps"),
    p("We write for every child, and we don’t make promises a toddler can disprove in an afternoon. Swap as follows:"),
    ul(
      "little princess → little one",
      "boys’ clothes / girls’ clothes → kids’ clothes",
      "tomboy → (just don’t)",
      "mums → parents and carers",
      "indestructible → built to last",
      "unisex → for everyone",
    ),
    p("Two more, in sentences because they need explaining. Prefer “organic cotton” (or whatever the fabric actually is) to “eco”, which means nothing and has got other brands into trouble. And prefer “hand-me-down” to “pre-loved”: hand-me-downs are what our clothes are designed to become, and we’re proud of the word."),
    h2("Spot the problem"),
    quote("❌ Don’t:", "“Our indestructible dungarees are PERFECT for your little princess!!”"),
    quote("✅ Do:", "“Knee patches on the inside, so these dungarees survive the climbing frame. Sizes 2 to 7.”"),
    p("Two phrases from the swap list, a shouty word and one exclamation mark too many. Dungarees themselves are fine, obviously, and so is the word perfect when you write it in lower case and mean it."),
    h1("Our products"),
    table(
      ["Product", "How to write it", "Not like this"],
      [
        ["Puddlesuit™ (all-in-one waterproof)", "Puddlesuit", "Puddle Suit, PuddleSuit, puddlesuit"],
        ["Grow-With-Me trousers", "Grow-With-Me", "Grow With Me, grow-with-me"],
        ["Hand-Me-Back (our resale scheme)", "Hand-Me-Back", "Hand Me Back, HMB"],
        ["Splashdown wellies", "Splashdown", "Splash Down, splashdown"],
      ],
    ),
    p("The ™ goes on Puddlesuit the first time it appears in an email, and nowhere else. Every other name goes without a symbol."),
    p("We sit next to much bigger brands, like Muddy Hollow and Kiddo & Co, in a lot of people’s wardrobes. We never mention them."),
    h1("Emoji, exclamation marks and capitals"),
    p("+ Emoji are part of how we talk 🌧️ ☔ 🥾. Use up to three in an email, and never more than two in a row.\n+ One exclamation mark per email, max. Children’s clothes are exciting, but not that exciting.\n+ No shouting in capitals, with one exception: the fire-safety line below, which must be in capitals by law."),
    h1("Lines we have to include"),
    p("In every email that shows pyjamas, dressing gowns or any other nightwear, put this line directly under the product picture, in capitals, exactly as shown:"),
    p(`**${FIRE}**`),
    p("And at the bottom of every Hand-Me-Back email, above the unsubscribe link:"),
    legal(HMB),
    h1("Signing off"),
    p("We always sign off like this, on two lines:"),
    quote(undefined, "Splash on,", "Puddlejump HQ"),
    p("© 2024 Puddlejump Clothing Co. Ltd. Please don’t share this page outside Puddlejump and our agencies."),
  ],
  key: {
    bannedTerms: [
      { term: "little princess", replacement: "little one" },
      { term: "boys’ clothes", replacement: "kids’ clothes" },
      { term: "girls’ clothes", replacement: "kids’ clothes" },
      { term: "tomboy", replacement: null },
      { term: "mums", replacement: "parents and carers" },
      { term: "indestructible", replacement: "built to last" },
      { term: "unisex", replacement: "for everyone" },
      { term: "eco", replacement: "organic cotton" },
      { term: "pre-loved", replacement: "hand-me-down" },
    ],
    productNames: ["Puddlesuit", "Grow-With-Me", "Hand-Me-Back", "Splashdown"],
    disclaimers: [FIRE, HMB],
    signOff: "Splash on, Puddlejump HQ",
    style: { maxExclamations: 1, allowEmoji: true, noAllCaps: true, noExclamationInSubject: null },
    notBanned: ["perfect", "dungarees", "playful", "practical", "Muddy Hollow", "Kiddo & Co"],
  },
};
