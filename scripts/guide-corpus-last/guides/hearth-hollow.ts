/**
 * Food (bakery chain), plain text, prose only: every rule is a sentence ("X is out", "we never
 * write", "please avoid", "steer clear of", "instead of X we say Y"), products with ordinary-word
 * names (Old Faithful, Bake Box), a "words we like" passage (trap), a bad example whose unlisted
 * words are not banned, style limits in prose, and an allergen line introduced as "copy exactly".
 */
import type { Guide } from "../../guide-corpus/types";
import { h1, legal, p } from "../../guide-corpus/guides/blocks";

const ALLERGENS =
  "All our products are made in bakeries that handle nuts, sesame, milk, eggs, soya and gluten, so we cannot promise that any item is free from allergens.";
const CLUB = "Crumb Club rewards have no cash value and may be changed or withdrawn at any time. Full terms at hearthandhollow.co.uk/crumbclub.";

export const hearthHollow: Guide = {
  basename: "hearth-hollow",
  format: "text",
  industry: "food",
  brand: "Hearth & Hollow",
  title: "Hearth & Hollow: Notes on How We Write",
  subtitle: "For the marketing team, shop managers and anyone writing our emails",
  meta: "Written by Bea Lindqvist, Marketing Lead. Last updated 18 January 2024.",
  author: "Bea Lindqvist",
  blocks: [
    h1("First things"),
    p("Hearth & Hollow is twenty-three bakeries across Yorkshire and the North East, a central bakehouse in Thirsk and a lot of people who get up very early. We started as a single shop in Northallerton in 2006 and we still bake the way we did then: long fermentation, proper butter, and nothing on the shelf that we wouldn't eat ourselves."),
    p("These notes are for anyone who writes to our customers, which mostly means the weekly email, the Crumb Club app messages and the occasional letter when something goes wrong. I've written them as a letter rather than a list because most of what matters is judgement, and you can't make a checklist for judgement. There are a handful of hard rules, though, and I've tried to make them obvious."),
    h1("What we sound like"),
    p("Think of the best person who has ever served you in one of our shops: cheerful at seven in the morning, knows the regulars' orders, tells you honestly that the cinnamon buns are better than the Danish today. That's the voice. We're friendly without being gushing and proud of our bread without being precious about it."),
    p("Words we like, for what it's worth: warm, proper, golden, crackly, fresh from the oven, neighbours. Nobody will tell you off for not using them, but if a draft doesn't contain a single word that makes you hungry, have another go."),
    h1("Words we don't use"),
    p("Artisan is out. Every supermarket loaf calls itself artisan now and the word has stopped meaning anything. Say handmade instead, because ours is, and we can show you the hands."),
    p("We never write guilt-free. Nobody should feel guilty about a sausage roll, and we don't want to suggest that some of our food is a sin and some of it is a penance. For the same reason, no naughty and no sinful, even as a joke in the Christmas email."),
    p("Please avoid indulgent; generous says it better and doesn't come with the same whiff of disapproval. If you are describing a slice of our chocolate orange cake, generous is also simply more accurate."),
    p("Steer clear of to die for. It's a cliche, and we once used it in the same email as an allergy warning, which taught us something."),
    p("Instead of gluten-free we say made without gluten, because everything we make comes out of the same bakehouse and we can't rule out traces. This one is a legal point as much as a style point, so please don't let it slip, even in a headline."),
    p("Here is a line from an old email that shows what we are moving away from: \"Our artisan brownies are totally irresistible and completely guilt-free.\" Artisan and guilt-free are the problems there. Irresistible and totally aren't on any list; they are just a bit tired, and the sentence would be better without them."),
    h1("Our products"),
    p("A few of our names are ordinary words, which means people write them wrongly all the time. Old Faithful is our white sourdough, the loaf we have baked every day since the first shop opened. It is two words, both with capitals, and it is never \"the old faithful loaf\". Bake Box is our weekly subscription box, two words, capital B twice. Crumb Club is our loyalty app, also two words with two capitals; please never write Crumbclub or the Crumb club."),
    p("Seasonal specials come and go and don't need special treatment. Write them the way they are written on the shop labels, and check with the product team if you're not sure."),
    p("People sometimes compare us to Crust & Co or to the supermarket in-store bakeries. We don't mention anyone else by name and we don't compare prices. Talk about what comes out of our ovens."),
    h1("Punctuation and other small things"),
    p("One exclamation mark per email is plenty, and keep it out of the subject line. We are excited about bread, but we don't need to shout about it. An emoji is fine as long as it's a single one and it has something to do with baking; a croissant in a subject line has done very well for us."),
    p("Prices always have a pound sign and pence: \u00a32.40, not 2.40 or \u00a32.4. Times are written 7am and 4.30pm. We say shop rather than store, and bakehouse for the place in Thirsk where most of the baking happens."),
    h1("How we sign off"),
    p("Every email ends with \"Warmly, The Hearth & Hollow bakers\" on a single line. It's the bakers because that is who we are, even those of us who mostly sit in front of spreadsheets."),
    h1("The lines at the bottom"),
    p("Two sentences go at the bottom of every customer email, and I need you to copy them exactly as they appear below, with no changes to the wording or the order of the allergens. The first is our allergen statement and is required in every email that mentions food, which is every email. The second covers Crumb Club and goes in any email that mentions points, rewards or the app. They're printed after the line of stars so that you can copy them straight from this file."),
    p("Anything you're unsure about, ask me. Anything I've got wrong here, tell me."),
    legal(ALLERGENS, CLUB),
  ],
  key: {
    bannedTerms: [
      { term: "artisan", replacement: "handmade" },
      { term: "guilt-free", replacement: null },
      { term: "naughty", replacement: null },
      { term: "sinful", replacement: null },
      { term: "indulgent", replacement: "generous" },
      { term: "to die for", replacement: null },
      { term: "gluten-free", replacement: "made without gluten" },
      { term: "store", replacement: "shop" },
    ],
    productNames: ["Old Faithful", "Bake Box", "Crumb Club"],
    disclaimers: [ALLERGENS, CLUB],
    signOff: "Warmly, The Hearth & Hollow bakers",
    style: { maxExclamations: 1, allowEmoji: true, noAllCaps: null, noExclamationInSubject: true },
    notBanned: ["warm", "proper", "golden", "fresh from the oven", "irresistible", "totally", "Crust & Co", "Crumbclub"],
  },
};
