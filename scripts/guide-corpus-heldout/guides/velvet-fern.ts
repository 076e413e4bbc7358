/**
 * Cosmetics, HTML. Emoji in the subtitle and examples; "Words we reach for" list (trap);
 * "Language to steer clear of" list with bold terms, reasons and inline swaps; a bad example
 * with two banned words, a capitalised word, emoji and two unlisted words; a product table
 * with "Common slip" column ("Bloom" is a product and an ordinary word); the legal lines in
 * <aside> callouts under "Compliance copy"; a trade-mark line in the <footer> that is not a
 * required disclaimer.
 */
import { callout, h1, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const PATCH = "Patch test 48 hours before first use. Discontinue use if irritation occurs.";
const STUDY = "Results based on a consumer perception study of 112 participants over four weeks.";

export const velvetFern: Guide = {
  basename: "velvet-fern",
  format: "html",
  industry: "beauty",
  brand: "Velvet Fern",
  title: "The Velvet Fern Voice",
  subtitle: "Brand writing notes for the studio, our freelancers and our stockists 🌿",
  meta: "Studio edition · Summer 2024",
  author: "Velvet Fern Studio",
  html: {
    accent: "#3f6b4f",
    fontFamily: "'Helvetica Neue', Arial, sans-serif",
    siteName: "Velvet Fern Studio",
    navLinks: ["Shop", "Journal", "Brand", "Press"],
    toc: false,
    copyright: "© 2024 Velvet Fern Beauty Ltd. Velvet Fern and Fernwater are trade marks of Velvet Fern Beauty Ltd.",
  },
  blocks: [
    h1("Hi, it’s us"),
    p("Velvet Fern makes skincare and colour from a converted glasshouse in Cornwall. We launched in 2018 with a single facial mist and a waiting list of 400 people, most of them friends of friends. Today we have eleven products, a shop in Falmouth and stockists in six countries, and we still answer every email ourselves."),
    p("People find us because a friend recommended us, and they stay because we don’t make them feel bad about their skin. Everything we write should feel like that friend: honest about what a product does, funny when the moment allows, and never selling a fix for a problem nobody has."),
    h1("Our tone"),
    p("Soft-spoken, witty and honest. Soft-spoken means we never raise our voice to get attention. Witty means a light touch, never a punchline at someone’s expense. Honest means we say what a product does, what it doesn’t, and who it might not suit."),
    h1("Words we reach for"),
    ul("glow", "nourishing", "velvety", "kind to skin", "everyday ritual"),
    p("These feel like us, but they are not a checklist. A sentence with all five in it would be a parody."),
    h1("Language to steer clear of"),
    p("Cosmetics claims are regulated, and some words also just feel wrong for us. Each one below comes with the reason, so you can explain it to a stockist or a freelancer, and with the swap where there is one."),
    ul(
      "**anti-ageing**: ageing isn’t a problem to fix. Say **age-positive**.",
      "**flawless**: nobody’s skin is, and our customers know it. Say **natural-looking**.",
      "**chemical-free**: everything is made of chemicals, including water. There’s no swap; name the ingredients instead.",
      "**non-toxic**: it implies other products are toxic. No swap.",
      "**miracle**: a claim we can’t support. No swap.",
      "**dermatologist-approved**: no dermatologist has approved anything. We can say **dermatologist-tested**.",
    ),
    quote("Spot the problems", "This miracle serum gives you FLAWLESS skin overnight. Insane results ✨✨✨"),
    p("Two words from the list, a shouted word in capitals and three emoji in a row. “Overnight” and “insane” aren’t on our list; the sentence has bigger problems than either of them."),
    h1("Our product family"),
    table(
      ["Product", "How it appears", "Common slip"],
      [
        ["Fernwater facial mist", "Fernwater", "Fern Water, FernWater"],
        ["Second Skin tint", "Second Skin", "2nd Skin, second-skin"],
        ["Velvet Hour lipstick", "Velvet Hour", "Velvet hour, VelvetHour"],
        ["Bloom cheek colour", "Bloom", "BLOOM, bloom blush"],
      ],
    ),
    p("Bloom is an everyday word, and blooming and glowing turn up all over beauty copy, so the capital B does a lot of work. When a sentence could be read either way, write “Bloom cheek colour”."),
    h1("Emoji, exclamation marks and capitals"),
    p("Emoji are part of how we talk: a fern 🌿 or a single sparkle ✨ works in emails and posts. One exclamation mark per email or post, please, and only when you mean it. We never write whole words in capitals; if something matters, say it first."),
    h1("How we say goodbye"),
    p("Emails from the studio end with these two lines. Posts don’t need a sign-off."),
    quote(undefined, "With love,", "The Velvet Fern studio"),
    h1("Compliance copy"),
    p("Two statements are required by our safety assessor and must be copied exactly as they appear in the boxes below. The first goes on every product email and product page. The second goes wherever we quote a result, such as “87% said their skin felt softer”."),
    callout("Required on every product email and page:", PATCH),
    callout("Required wherever we quote a result:", STUDY),
    p("Stockists may use our product copy as written. If they want to change it, they should check it against this page first, or ask us."),
  ],
  key: {
    bannedTerms: [
      { term: "anti-ageing", replacement: "age-positive" },
      { term: "flawless", replacement: "natural-looking" },
      { term: "chemical-free", replacement: null },
      { term: "non-toxic", replacement: null },
      { term: "miracle", replacement: null },
      { term: "dermatologist-approved", replacement: "dermatologist-tested" },
    ],
    productNames: ["Fernwater", "Second Skin", "Velvet Hour", "Bloom"],
    disclaimers: [PATCH, STUDY],
    signOff: "With love, The Velvet Fern studio",
    style: { maxExclamations: 1, allowEmoji: true, noAllCaps: true, noExclamationInSubject: null },
    notBanned: ["overnight", "insane", "glow", "nourishing", "velvety", "witty", "soft-spoken"],
  },
};
