/**
 * Cycling gear, PDF with a two-column page ("Ride words" to use beside "Parked words" written
 * "X -> Y" or "X -> (nope)"), a "we've banned" line in prose, kit names in prose with ™ and
 * misspellings, emoji allowed, two exclamation marks including one allowed in the subject line,
 * no legal text (a VAT remark is not required wording) and a copyright line in every page footer.
 */
import { basePdf, columns, h1, h2, p, pageBreak, quote, ul } from "../../guide-corpus/guides/blocks";
import type { UnseenGuide } from "../build";

export const spokelineCycling: UnseenGuide = {
  basename: "spokeline-cycling",
  format: "pdf",
  industry: "retail",
  brand: "Spokeline",
  title: "Spokeline: how we write",
  subtitle: "Emails, product pages and captions. Keep it rolling.",
  meta: "v2.1  ·  Content team, Sheffield  ·  Spring 2024",
  author: "Dan Hollis",
  pdf: {
    ...basePdf,
    bodySize: 10.5,
    leading: 1.45,
    titleSize: 28,
    h1Size: 16,
    h2Size: 12,
    accent: [0.85, 0.33, 0.05],
    footer: (page, total) => `© 2024 Spokeline Cycling Ltd. All rights reserved.   ${page}/${total}`,
    footerAlign: "left",
    tableRules: false,
    bullet: "›",
    headingRule: true,
  },
  blocks: [
    h1("Hey, writer"),
    p("Spokeline started in a garage in Sheffield in 2014 with one jersey and a lot of opinions. Ten years on we make clothing and kit for road, gravel and commuting, sell in 30 countries, and still test everything on the worst roads the Peak District can offer. This doc is how we write emails, product pages and the odd social caption. Read it once, go for a ride, then come back and read the words bit again."),
    p("It isn’t a rulebook for the sake of it. Most of what’s here came from something that went wrong: a subject line that got us 4,000 unsubscribes, a product page that promised a jacket was waterproof in a way it wasn’t, a caption that made half our customers feel like they weren’t proper cyclists. Learn from our mistakes so you don’t have to make your own."),
    h1("Who’s reading"),
    p("Club racers who know their FTP to the watt. Gravel riders who’ll happily get lost for a day. Commuters who ride because it’s faster than the bus and want a jacket that doesn’t make them look like they’re off to a race. A lot of newer riders, too, who bought their first proper bike during the last few years and are still working out what bib shorts are for."),
    p("Plenty of our riders also own kit from Velocita or Kinetik. That’s fine. We don’t slag anyone off, we don’t compare prices in emails, and we don’t mention them by name."),
    h1("Voice"),
    ul(
      "**Rider first.** Write like someone who has actually done the climb, because you should have.",
      "**Straight-talking.** Specs, then feelings. Fabric weight and test conditions before adjectives.",
      "**Up for it.** We’re excited about riding bikes and it should show, within reason (see the punctuation bit).",
      "**Welcoming.** Nobody needs to earn the right to ride. Never write as if they do.",
    ),
    h2("What that sounds like"),
    quote(undefined, "“Stormshell kept us dry for four hours on the Snake Pass in February. Your mileage may vary; ours was 112 km.”"),
    pageBreak,
    h1("Words"),
    p("Left side: words we love and use all the time. Right side: words we’ve parked, with what to say instead. The parked list isn’t up for debate email by email. If you think something should come off it, tell the content lead and we’ll talk about it."),
    columns(
      {
        heading: "Ride words (use these)",
        bullets: true,
        lines: ["rider", "miles or kilometres (match the market)", "climb", "grind (gravel only)", "kit", "spin", "honest", "tested", "weatherproof (only when we’ve tested it)", "the long way home"],
      },
      {
        heading: "Parked words",
        bullets: true,
        lines: ["bikers -> riders", "newbie -> new rider", "game-changer -> big step forward", "sufferfest -> hard day out", "beast mode -> (nope)", "MAMIL -> (nope, never)"],
      },
    ),
    p("One more, in plain words: we’ve banned “no pain, no gain”. Pain is your body telling you something. Listen to it, then go home and have a bath."),
    p("Why “riders” and not the other word? Because bikers ride motorbikes, and because half our customers wouldn’t call themselves cyclists either. Everyone on a bike is a rider."),
    h1("Kit names"),
    p("We have four product families. **Tempo** is our road range (Tempo jersey, Tempo bib shorts, Tempo gilet). It’s also a normal word, so only give it a capital when you mean the range; “a steady tempo” stays lower case. **Gritline™** is gravel: one word, lower-case l, never GritLine or Grit Line, and the ™ goes on first mention only. **Stormshell** is our waterproof jacket, one word. **Draft Club** is the members’ scheme: early access, free crash replacement, and a ride every month from the shop."),
    h1("Punctuation & shouting"),
    ul(
      "Two exclamation marks per email, max. The subject line counts towards the two, and yes, a subject line can have one.",
      "No all-caps words. Not for race results, not for sale banners, not for anything.",
      "Emoji are fine in moderation: one or two per email, and never in place of a word.",
      "Numbers and units: 12 km, 450 g, 3-layer. Space between the number and the unit.",
      "Sizes as on the size chart: XS to XXL. (Yes, those are capitals. They’re sizes, not shouting.)",
    ),
    h1("Legal stuff"),
    p("There’s no legal line we have to add to marketing emails. Prices include VAT in the UK and EU, and the email template handles that for you. If you’re writing about a product recall or a safety notice, stop and talk to Operations first: those have their own wording, and it doesn’t come from this doc."),
    h1("Sign-off"),
    p("Every email ends with “Ride safe, Team Spokeline” on one line. No names, no job titles, no “sent from my bike”."),
  ],
  key: {
    bannedTerms: [
      { term: "bikers", replacement: "riders" },
      { term: "newbie", replacement: "new rider" },
      { term: "game-changer", replacement: "big step forward" },
      { term: "sufferfest", replacement: "hard day out" },
      { term: "beast mode", replacement: null },
      { term: "MAMIL", replacement: null },
      { term: "no pain, no gain", replacement: null },
    ],
    productNames: ["Tempo", "Gritline", "Stormshell", "Draft Club"],
    disclaimers: [],
    signOff: "Ride safe, Team Spokeline",
    style: { maxExclamations: 2, allowEmoji: true, noAllCaps: true, noExclamationInSubject: false },
    notBanned: ["Velocita", "Kinetik", "rider", "climb", "kit", "grind", "honest", "cyclists"],
  },
};
