/**
 * Garden centre, plain text: a letter from the owner with almost no rules. The only things a
 * reader should take from it are one name (the Growers’ Club) and the sign-off. "Cheapest",
 * "bargain", a competitor and a few opinions appear in passing and are not bans; nothing is said
 * about exclamation marks, emoji or capitals, and there is no required wording.
 */
import { h1, p } from "../../guide-corpus/guides/blocks";
import type { UnseenGuide } from "../build";

export const bramblegateGarden: UnseenGuide = {
  basename: "bramblegate-garden",
  format: "text",
  industry: "retail",
  brand: "Bramblegate Garden Centre",
  title: "A Note on How We Write",
  subtitle: "For everyone at Bramblegate who writes the newsletter, the website or the signs in the plant area",
  meta: "From Rosie Bramwell, March 2024",
  author: "Rosie Bramwell",
  blocks: [
    h1("First things first"),
    p("Several of you have asked whether Bramblegate has a style guide, now that there are five of us taking turns to write the Friday email and Tom has started on the new website. The honest answer is that we have never had one, and for forty-odd years we have mostly got along fine without it. But a few of you are new, and it seems only fair to write down what the rest of us picked up by osmosis. So this is less a rulebook than a letter. Please read it with a cup of tea."),
    h1("Who we are"),
    p("Mum and Dad opened Bramblegate on the old nursery site outside Ludlow in 1978 with two polytunnels and a caravan for an office. We still grow about two thirds of the plants we sell in the glasshouses behind the car park, and the farm shop, the café and the gift barn have grown up around them. Most of our customers are local, many of them have been coming for decades, and a good number of them know more about clematis than any of us."),
    p("That last point matters. When you write about plants, write as one gardener talking to another. Share what you know, admit what you don’t, and never assume the reader is a beginner, or an expert."),
    h1("The Friday email"),
    p("The Friday email goes to about nine thousand people. The ones that do best are the ones that feel like a walk round the site: what has just come into flower in the glasshouses, what Pete in the veg patch is sowing this week, what the café is baking, what’s arrived in the farm shop. Photographs help enormously; take them yourself if you can, in natural light, with a bit of mess in the background so people can tell it’s real."),
    p("Write as much or as little as the week deserves. Some weeks there is a great deal going on and the email is long; in January, a short note about seed potatoes and the soup of the day is plenty. Nobody has ever complained that an email from us was too short."),
    p("We don’t mind talking about money. Our compost isn’t the cheapest in the county and we say so, because it is better, and our customers appreciate being told why. Equally, people love a bargain, and when the end-of-season plant sale comes round in September you should tell them about it with real enthusiasm. Lots of our regulars also shop at Greenway Garden World on the ring road, and that’s fine; they come to us for the advice and the plants we grow ourselves."),
    h1("Plants and their names"),
    p("In the email and on the signs, give the common name first and the botanical name after it, so that people can find the plant again: foxglove (Digitalis purpurea). On the website, Tom will put botanical names in italics; in the email, don’t worry about it. If a plant is poisonous to pets or people, say so plainly on the sign and in any email that features it."),
    h1("The Growers’ Club"),
    p("The only name I would ask you to get right every time is our loyalty scheme, the Growers’ Club. That’s its name, with the apostrophe after the s, because it belongs to all of the growers who are members of it. People join for the ten per cent off plants, the free soil testing in spring and the members’ evenings in the glasshouses, and it’s worth mentioning in most emails, near the end."),
    h1("Signing off"),
    p("Dad signed every newsletter he ever wrote in the same way, and I would like us to carry on. Please finish every email with “Happy gardening from all of us at Bramblegate” on its own line at the bottom, with nobody’s name under it."),
    p("If you are ever unsure about anything else, come and find me in the office, or in the perennials, which is more likely. Thank you all for the care you put into this."),
  ],
  key: {
    bannedTerms: [],
    productNames: ["Growers’ Club"],
    disclaimers: [],
    signOff: "Happy gardening from all of us at Bramblegate",
    style: { maxExclamations: null, allowEmoji: null, noAllCaps: null, noExclamationInSubject: null },
    notBanned: ["cheapest", "bargain", "Greenway Garden World", "beginner", "expert"],
  },
};
