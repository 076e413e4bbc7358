/**
 * Retail (kitchenware shop), Markdown with YAML front matter, and almost no rules: a long note on
 * voice, newsletters and product descriptions, a "words our customers use" list (trap), a
 * newsletter schedule table, a good example with an exclamation mark (the guide sets no limit),
 * a competitor, and exactly one ban stated in prose. No products to style, no sign-off line
 * ("sign with your own name"), and a copyright line in the closing small print that is not a
 * disclaimer.
 */
import type { Guide } from "../../guide-corpus/types";
import { h1, h2, legal, p, quote, table, ul } from "../../guide-corpus/guides/blocks";

export const copperPan: Guide = {
  basename: "copper-pan",
  format: "markdown",
  industry: "retail",
  brand: "The Copper Pan",
  title: "Writing for The Copper Pan",
  subtitle: "A short guide for newsletter writers and shop staff",
  author: "Joe Whitlock",
  frontMatter: ["title: Writing for The Copper Pan", "author: Joe Whitlock", "updated: 2024-02-26", "status: living document", "tags: [newsletter, voice]"],
  blocks: [
    h1("Hello"),
    p("The Copper Pan is two kitchenware shops, one in Ludlow and one in Shrewsbury, plus a website that does rather more business than either of them. We sell pans, knives, bakeware, tableware and a lot of wooden spoons. Most of our customers are keen home cooks, and a good number of them know more about cast iron than we do."),
    p("We've never had a proper style guide, and honestly we don't want one. This is more of a note about how we like to write, put together because we now have four people writing the newsletter instead of one. Read it, then write the way you'd talk to a customer who has wandered in on a quiet Tuesday afternoon."),
    h1("How we like to sound"),
    p("Knowledgeable and unhurried. We are the shop where someone will spend twenty minutes helping you choose between two frying pans and then tell you that the cheaper one is fine for what you need. Our newsletter should feel the same: useful first, selling second."),
    p("We write in the first person. If you tested the pan, say so: \u201cI've been using this for three weeks and the non-stick is holding up.\u201d Customers trust a named person far more than they trust \u201cthe team\u201d."),
    h2("Words our customers use"),
    p("We noticed these coming up again and again in reviews and in conversations in the shops. They're a good sign that we're talking about the same things our customers care about:"),
    ul("workhorse", "heirloom", "seasoning", "proper weight", "lasts a lifetime", "worth every penny"),
    h1("The newsletter"),
    p("The newsletter goes out on Thursday mornings to about 26,000 people. We rotate through four kinds of issue so that nobody gets four sales emails in a row:"),
    table(
      ["Week", "Issue", "What goes in it"],
      [
        ["1", "New in", "Two or three new products, tested by one of us, with honest notes"],
        ["2", "Cook with us", "A recipe from a customer or a local chef, using something we sell"],
        ["3", "Looking after it", "Care and repair: seasoning cast iron, sharpening knives, oiling boards"],
        ["4", "Offers", "Whatever is on offer in the shops and online that month"],
      ],
    ),
    p("Keep it short. Three sections at most, a photograph for each and a single link per section. People read the newsletter over breakfast, and they'd rather have one good tip than six half-explained ones."),
    h2("An opening we liked"),
    quote(
      "From the January care-and-repair issue:",
      "Every January, someone brings a rusty cast-iron pan into the Ludlow shop and asks whether it's ruined. It never is! Here's the twenty-minute fix we show them at the counter.",
    ),
    h1("Describing products"),
    p("Tell people what something is made of, how heavy it is, how to look after it and what it's good at. Then tell them what it isn't good at. A carbon-steel pan is wonderful for steak and hopeless for tomato sauce, and a customer who learns that from us will trust us next time."),
    p("Measurements in centimetres and grams, with inches in brackets for pans, because that's how most of our customers still think about them. Say which hobs something works on, especially induction."),
    p("People sometimes ask how our prices compare with Pan & Parcel or the big department stores. We don't mention other shops in the newsletter, but you're welcome to say that we price-match in store, because we do."),
    h1("The one thing we'd ask"),
    p("Please don't call anything a must-have. Nothing in a kitchen is a must-have, and our customers are sensible people who know what they need. Everything else in this note is a suggestion."),
    h1("Signing the newsletter"),
    p("Sign with your own first name, the way you'd sign a note to a friend. If two of you wrote an issue together, put both names."),
    legal("\u00a9 2024 The Copper Pan Ltd, 14 Broad Street, Ludlow. All rights reserved. This document is for The Copper Pan staff and freelancers only."),
  ],
  key: {
    bannedTerms: [{ term: "must-have", replacement: null }],
    productNames: [],
    disclaimers: [],
    signOff: null,
    style: { maxExclamations: null, allowEmoji: null, noAllCaps: null, noExclamationInSubject: null },
    notBanned: ["workhorse", "heirloom", "seasoning", "lasts a lifetime", "worth every penny", "Pan & Parcel", "cheaper"],
  },
};
