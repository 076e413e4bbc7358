/**
 * Food (meal-kit subscription), Markdown with YAML front matter: emoji allowed and used, a
 * "Words we love" list, "Prefer X over Y" lines, "We don't say X" bullets with reasons,
 * a "Not this | This" pipe table with a "—" cell, a box table with misspellings, exclamation
 * limit phrased casually, legal lines introduced with "copy and paste", competitors.
 */
import { callout, h1, h2, legal, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const ALLERGENS =
  "Our recipes are prepared in a kitchen that handles all 14 major allergens, so we can’t promise any recipe is free from traces of them. Check each recipe card before you cook.";
const FIRST_BOX =
  "New customers only. The discount applies to your first box; your subscription then continues at the standard price unless you skip or cancel before the weekly cut-off.";

export const forkcast: Guide = {
  basename: "forkcast",
  format: "markdown",
  industry: "food",
  brand: "Forkcast",
  title: "Forkcast Voice & Copy Guide",
  subtitle: "How we talk about food, in every inbox, app and box",
  meta: "Brand & Content · living document · last edit 14 Feb 2024",
  author: "Forkcast Brand & Content",
  frontMatter: ["title: Forkcast Voice & Copy Guide", "team: Brand & Content", "updated: 2024-02-14", "status: live", "tags: [brand, copy, email]"],
  blocks: [
    h1("Hello 👋"),
    p("Forkcast delivers recipe boxes to about 180,000 homes a week: fresh ingredients, weighed out, with a recipe card that gets dinner on the table in 20 to 40 minutes. Most of our subscribers are busy households cooking on weeknights, and a lot of them are learning to cook as they go."),
    p("This guide is for anyone writing words that subscribers see: the CRM squad, the app team, recipe developers writing card intros, social, and our freelancers. It’s a living doc, so if something here feels wrong, say so in #brand-voice and we’ll talk about it."),
    h1("Our voice"),
    p("We sound like the friend who’s a really good cook and never makes you feel bad about the fish fingers. Generous, a bit cheeky, and always useful. The recipe does the showing off; our copy just gets people excited to start chopping."),
    h2("Words we love"),
    ul("zingy", "golden", "crispy", "weeknight", "proper", "tuck in"),
    p("Use them, but don’t stack them. One good adjective beats three okay ones: ‘crispy gnocchi with a zingy lemon crumb’ is plenty."),
    h1("Words and phrases"),
    h2("A few preferences"),
    ul(
      "Prefer ‘recipe box’ over ‘meal kit’. It’s what people actually get, and it sounds like dinner rather than a delivery.",
      "Prefer ‘home cooks’ over ‘foodies’.",
      "Prefer ‘ready in 20 minutes’ over ‘fast food’.",
    ),
    h2("Things we don't say"),
    ul(
      "We don’t say **diet**. Food isn’t a punishment, and we’re not a weight-loss service.",
      "We don’t say **skinny**, about food or people.",
      "We don’t say **cheat day** or **cheat meal**. Nobody is cheating.",
      "We don’t say **sinful**. It’s pudding, not a confession.",
    ),
    p("When we talk about calories or protein, we give the number and leave it there. No judgement either way."),
    h2("Swaps"),
    table(
      ["Not this", "This"],
      [
        ["restaurant-quality", "properly delicious"],
        ["authentic", "traditional"],
        ["5-star", "—"],
      ],
    ),
    p("On ‘authentic’: we’re a recipe box in Bristol, and we don’t get to decide what’s authentic. Name the place the dish comes from and credit the recipe developer instead."),
    h1("Emoji, exclamation marks and all that"),
    p("Emoji are part of how we talk 🍋. Use up to two in a subject line and a few in the body, and stick to food and kitchen ones: 🍝 🌶️ 🥕 🔥. No faces, no hearts, no flags."),
    p("Two exclamation marks per email is plenty, and subject lines get none – the emoji does that job. If you’ve used both of your exclamation marks before the first recipe, go back and cut one."),
    p("Write numbers as numerals (3 cloves, 20 minutes), times as 6pm, and prices as £3.49 per serving."),
    h2("Subject lines that worked"),
    quote(
      undefined,
      "🍝 Tuesday is sorted: creamy tomato orzo in 20 minutes",
      "Your box is on its way 🚚 (and it’s a good one)",
      "🌶️ New: five spicy weeknight recipes",
    ),
    h1("Boxes and add-ons"),
    table(
      ["Box", "Write it as", "Not"],
      [
        ["20-minute recipes", "Quickfire", "Quick Fire, QuickFire, Quick-fire"],
        ["Plant-based recipes", "Green Plate", "Greenplate, Green plate, GreenPlate"],
        ["Desserts, bread and extras", "Forkcast Market", "the Market, Fork Cast Market"],
      ],
    ),
    p("Quickfire recipes take 20 minutes or less, from opening the bag to sitting down. If a recipe runs longer in testing, it moves out of Quickfire."),
    h1("Competitors"),
    p("People love telling us how we compare with ChopChop and Pantry Post. We don’t mention them anywhere. If someone asks on social, talk about our recipes and our delivery slots and leave it there."),
    callout("Heads up:", "Anything that mentions a price promise, a discount or a claim about sustainability goes to Legal before it goes out. Give them two working days."),
    h1("Signing off"),
    p("Emails are signed by the kitchen, not a person. Two lines:"),
    quote(undefined, "Happy cooking,", "The Forkcast kitchen"),
    h1("The small print"),
    p("Copy and paste the lines below under the sign-off. The allergen line goes in every email that includes a recipe. The first-box line goes in every email that mentions an introductory discount. Don’t reword either of them."),
    legal(ALLERGENS, FIRST_BOX),
  ],
  key: {
    bannedTerms: [
      { term: "meal kit", replacement: "recipe box" },
      { term: "foodies", replacement: "home cooks" },
      { term: "fast food", replacement: "ready in 20 minutes" },
      { term: "diet", replacement: null },
      { term: "skinny", replacement: null },
      { term: "cheat day", replacement: null },
      { term: "cheat meal", replacement: null },
      { term: "sinful", replacement: null },
      { term: "restaurant-quality", replacement: "properly delicious" },
      { term: "authentic", replacement: "traditional" },
      { term: "5-star", replacement: null },
    ],
    productNames: ["Quickfire", "Green Plate", "Forkcast Market"],
    disclaimers: [ALLERGENS, FIRST_BOX],
    signOff: "Happy cooking, The Forkcast kitchen",
    style: { maxExclamations: 2, allowEmoji: true, noAllCaps: null, noExclamationInSubject: true },
    notBanned: ["zingy", "golden", "crispy", "weeknight", "proper", "tuck in", "ChopChop", "Pantry Post", "generous", "cheeky"],
  },
};
