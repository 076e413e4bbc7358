/**
 * Pet food, PDF, 3 pages. Playful voice; a "Words we love" list (trap); a "Not this | This"
 * table with dashes; a competitor whose name contains a banned word ("Kibble King" vs
 * "kibble"); a bad subject line with three banned terms and one unlisted word; "Scout" is a
 * product and an ordinary word; emoji allowed, two exclamation marks, one allowed in a
 * subject line. The Not this | This table breaks across pp. 1-2 (header repeated); the feeding
 * statements sit alone at the foot of p. 3.
 */
import { h1, h2, legal, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const FEEDS = "Scout is a complete feed for adult dogs. Gravy Days is a complete feed for adult dogs and cats.";
const BITES = "Bramble Bites are complementary feeds and do not replace a balanced diet. Always make fresh drinking water available.";

export const brambleBone: Guide = {
  basename: "bramble-bone",
  format: "pdf",
  industry: "pet food",
  brand: "Bramble & Bone",
  title: "Pack Voice",
  subtitle: "How Bramble & Bone talks to dogs, cats and (mostly) their people",
  meta: "Written by the Bramble & Bone content team · v1.2 · 2024",
  author: "Bramble & Bone content team",
  pdf: {
    bodySize: 10.5,
    leading: 1.35,
    titleSize: 26,
    h1Size: 15,
    h2Size: 12,
    accent: [0.55, 0.2, 0.15],
    cover: false,
    runningHeader: "Bramble & Bone · Pack Voice",
    footer: (page) => `— ${page} —`,
    footerAlign: "center",
    tableRules: true,
    tableHeaderFill: true,
    bullet: "›",
    headingRule: false,
  },
  blocks: [
    h1("Hello, and welcome to the pack"),
    p("Bramble & Bone started in 2015 in a farmhouse kitchen in Devon, where Priya Rao cooked stews for her two lurchers because nothing on the shelf listed its ingredients in words she understood. Nine years later we sell dry food, wet food and treats through our website, a subscription service and around 900 independent pet shops, and Priya still tastes every new recipe (she says it’s fine; we have our doubts)."),
    p("Our voice is the voice of a friend who happens to be a very good cook and a bit obsessed with dogs. Warm, a little playful, and never silly about nutrition. We can joke about a spaniel’s opinion of bath time; we can’t joke about what goes into the bowl. People trust us with an animal they love, and every sentence should respect that."),
    h1("Words we love"),
    ul("wholesome", "hearty", "honest", "tail-wagging", "proper food"),
    p("Use them when they fit. A product page doesn’t need all five, and “tail-wagging” loses its charm if it appears in every email."),
    h1("Not this, this"),
    p("Pet food has its own rules about claims, and trading standards officers do read our emails. The left column is what we don’t write; the right column is what we write instead. Where there’s no swap there’s a dash: leave the idea out altogether."),
    table(
      ["Not this", "This"],
      [
        ["human-grade", "made with ingredients you’d recognise"],
        ["vet-approved", "developed with our vet nutritionist"],
        ["fur baby", "your dog or cat"],
        ["kibble", "dry food"],
        ["superfood", "—"],
        ["cures itchy skin", "—"],
      ],
      [0.4, 0.6],
    ),
    p("A note on kibble: Kibble King is a competitor, and we mention neither them nor Pawsley in our copy. The word itself is on our list because it makes our food sound like everybody else’s, not because of them."),
    quote("A subject line we sent in 2022 and would not send today", "Human-grade kibble your fur baby will go crazy for!!"),
    p("Three entries from the table in one line, and two exclamation marks in a subject line. “Crazy” isn’t on any list; it was the least of that line’s problems."),
    h1("Our product family"),
    table(
      ["Range", "Write it", "Please don’t write"],
      [
        ["Dry food for dogs", "Scout", "SCOUT, Scout’s, scout food"],
        ["Wet food for dogs and cats", "Gravy Days", "Gravy-Days, GravyDays"],
        ["Treats", "Bramble Bites", "Brambles, Bramble-Bites"],
      ],
      [0.36, 0.26, 0.38],
    ),
    p("Scout is also a perfectly ordinary word (and the name of roughly half the spaniels in Devon), so keep the capital S and, where it helps, say “Scout dry food”. Every Scout recipe lists its first three ingredients on the front of the bag, and our copy should name them too."),
    h1("Style mechanics"),
    ul(
      "Emoji are welcome in emails and social posts: a paw or a bone here and there. One or two per message, not a row of them.",
      "Up to two exclamation marks in an email. A single one is fine in a subject line.",
      "No shouting: don’t write whole words in capitals.",
      "Feeding amounts in grams per day, always with the dog’s weight next to them.",
      "Say “your dog” or “your cat”, or use the pet’s name if we have it.",
    ),
    h1("How we say goodbye"),
    p("Every email ends with the same two lines. The subscription team sometimes adds a PS about delivery dates; that goes above the sign-off, never below it."),
    quote(undefined, "Wags and whiskers,", "The Bramble & Bone pack"),
    h2("Small print"),
    p("The feeding statements at the foot of this page go on every email or page that sells Scout, Gravy Days or Bramble Bites. They are required by the pet food labelling rules, so they are never shortened or paraphrased."),
    legal(FEEDS, BITES),
  ],
  key: {
    bannedTerms: [
      { term: "human-grade", replacement: "made with ingredients you’d recognise" },
      { term: "vet-approved", replacement: "developed with our vet nutritionist" },
      { term: "fur baby", replacement: "your dog or cat" },
      { term: "kibble", replacement: "dry food" },
      { term: "superfood", replacement: null },
      { term: "cures itchy skin", replacement: null },
    ],
    productNames: ["Scout", "Gravy Days", "Bramble Bites"],
    disclaimers: [FEEDS, BITES],
    signOff: "Wags and whiskers, The Bramble & Bone pack",
    style: { maxExclamations: 2, allowEmoji: true, noAllCaps: true, noExclamationInSubject: false },
    notBanned: ["Kibble King", "Pawsley", "crazy", "wholesome", "hearty", "honest", "tail-wagging", "proper food"],
  },
};
