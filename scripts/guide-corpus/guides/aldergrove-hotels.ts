/**
 * Hospitality (hotel group), DOCX, with NO rules: voice, personality, palette and photography
 * only. Traps: a "What it doesn't mean" column and a "Words that sound like us" list. The key
 * is empty: no banned terms, products, disclaimers or sign-off, and every style field null.
 */
import type { Guide } from "../types";
import { h1, h2, p, table, ul } from "./blocks";

export const aldergroveHotels: Guide = {
  basename: "aldergrove-hotels",
  format: "docx",
  industry: "hospitality",
  brand: "Aldergrove Hotels",
  title: "The Aldergrove Brand Story",
  subtitle: "Voice and identity for Aldergrove Hotels",
  meta: "Prepared by Marlow & Finch for Aldergrove Hotels, October 2023",
  author: "Marlow & Finch",
  blocks: [
    h1("Our story"),
    p("Aldergrove began in 1998, when Helen and Richard Aldergrove bought a tired coaching inn on the market square in Ludlow and spent three years bringing it back to life. They kept the flagstones, the crooked beams and the name of the bar, and they added the things they had always wanted from a hotel themselves: proper breakfasts, deep baths, good books by the bed and staff who knew the best walk in town."),
    p("Today there are six Aldergrove hotels, each in a historic building in a market town: Ludlow, Hexham, Helmsley, Tetbury, Hay-on-Wye and Kirkby Lonsdale. Each has between fourteen and forty rooms, a restaurant that sources most of its menu from within thirty miles, and a reading room that is open to guests and neighbours alike. The family still owns the business, and Helen still reads every guest comment card."),
    p("Our guests are not in a hurry. Many come for a weekend and stay for three nights; many come back every year for the same festival, the same walk or the same table by the fire. They choose us because we feel like a place rather than a chain, and because we make them feel like regulars from the first evening."),
    h1("What we believe"),
    ul(
      "A hotel should belong to its town, not sit apart from it.",
      "Hospitality is noticing things: the guest who needs a quiet table, the dog that needs a bowl of water.",
      "Old buildings deserve care, and they repay it.",
      "Good food starts with good neighbours: our farmers, bakers and brewers.",
    ),
    h1("Personality"),
    p("If Aldergrove were a person, we would be the friend with the spare room and the well-stocked larder, who has lived in town for years and knows everyone. Four traits describe us. The last column matters as much as the second: each trait has a lazy version we want to stay clear of."),
    table(
      ["Trait", "What it means", "What it doesn't mean"],
      [
        ["Gracious", "Thoughtful, generous hosting", "Stiff, formal or stuffy"],
        ["Unhurried", "Time to enjoy things properly", "Slow or inefficient"],
        ["Curious", "Interested in places, people and their stories", "Nosy"],
        ["Local", "Rooted in each town and proud of it", "Parochial"],
      ],
      [0.2, 0.45, 0.35],
    ),
    h1("Voice"),
    p("We write the way a well-travelled friend talks about a place they love: with specific detail, a little warmth and no hard sell. We would rather describe the smell of the bakery next door at seven in the morning than tell you our breakfasts are wonderful. Our sentences have room to breathe, and our writing has the confidence to leave things out."),
    p("Our voice is the same in a brochure, a booking confirmation and a note left on a pillow. What changes is how much we say and how quickly we get to the point. Someone looking for inspiration on a Sunday evening has time to read about the history of the Helmsley stables; someone checking what time breakfast starts does not."),
    h2("Tone across the guest journey"),
    table(
      ["Moment", "How we sound"],
      [
        ["Inspiration", "Evocative, sensory, unhurried"],
        ["Booking", "Clear and reassuring"],
        ["Before arrival", "Warm and practical"],
        ["During the stay", "Discreet and helpful"],
        ["After the stay", "Grateful and personal"],
      ],
      [0.35, 0.65],
    ),
    h2("Words that sound like us"),
    p("Some words come up again and again when our guests describe us, and they sit naturally in our writing:"),
    ul("welcome", "fireside", "linger", "neighbourhood", "well-kept", "generous"),
    h1("Visual identity"),
    p("Our palette is taken from the materials of our buildings: limestone, slate, oak and the deep green of our front doors. The logo is a simple alder leaf above the word Aldergrove, drawn by a letter-cutter in Hay-on-Wye."),
    table(
      ["Colour", "Hex"],
      [
        ["Front Door Green", "#2F4A3A"],
        ["Limestone", "#E8E1D3"],
        ["Slate", "#4A4F55"],
        ["Oak", "#9A7249"],
      ],
      [0.6, 0.4],
    ),
    p("Headlines are set in Caslon, body text in a clean humanist sans. Printed materials use uncoated paper wherever possible; guests tell us the menus feel like something worth keeping, and many do keep them."),
    h1("Photography"),
    p("Our photographs show rooms in use: a half-read newspaper, a coat over the back of a chair, morning light across an unmade bed. We photograph each hotel through the seasons, including the wet ones, and we always include the town around it: the market, the river, the view from the top of the church tower. People appear naturally and are never posed looking at the camera."),
    p("Food is photographed where it is eaten, on our own tables and crockery, in daylight. We show the people who make it and grow it whenever we can, with their permission and their names."),
  ],
  key: {
    bannedTerms: [],
    productNames: [],
    disclaimers: [],
    signOff: null,
    style: { maxExclamations: null, allowEmoji: null, noAllCaps: null, noExclamationInSubject: null },
    notBanned: ["stiff", "formal", "stuffy", "nosy", "parochial", "welcome", "fireside", "linger", "generous"],
  },
};
