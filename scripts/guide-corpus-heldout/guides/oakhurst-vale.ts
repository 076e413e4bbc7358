/**
 * Furniture retailer, PDF, 8 pages with a cover. A long "house voice" book with numbered
 * sections; the rules are scattered: a prose ban on p. 3 (inside a tone section, next to a
 * bad example), one in a photography caption note on p. 4, a two-column "reach for / put
 * away" page on p. 6, credit-advertising bans and mechanics on p. 7, sign-off and the
 * consumer-credit small print at the foot of p. 8. "Settle" is a product and an ordinary word.
 */
import { columns, h1, h2, legal, p, pageBreak, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { Guide } from "../../guide-corpus/types";

const BROKER = "Oakhurst & Vale Ltd is a credit broker, not a lender, and is authorised and regulated by the Financial Conduct Authority (FRN 771203).";
const LENDER = "Vale Pay is provided by Thornbury Consumer Finance Ltd. Credit is subject to status; UK residents aged 18 and over only.";
const APR = "0% APR representative on orders over £500 paid over 12 months. Missed payments may affect your credit score.";

export const oakhurstVale: Guide = {
  basename: "oakhurst-vale",
  format: "pdf",
  industry: "retail",
  brand: "Oakhurst & Vale",
  title: "The Oakhurst & Vale Voice",
  subtitle: "How we write about furniture, rooms and the people who live in them",
  meta: "Brand Studio · Edition 4 · Spring 2024",
  author: "Oakhurst & Vale Brand Studio",
  pdf: {
    bodySize: 10,
    leading: 1.5,
    titleSize: 30,
    h1Size: 16,
    h2Size: 11.5,
    accent: [0.36, 0.25, 0.15],
    cover: true,
    runningHeader: "Oakhurst & Vale — The Voice — Edition 4",
    footer: (page, total) => (page === 1 ? "Internal. Please don’t forward outside the business." : `Oakhurst & Vale Brand Studio   ${page}/${total}`),
    footerAlign: "right",
    tableRules: false,
    tableHeaderFill: false,
    bullet: "–",
    headingRule: true,
  },
  blocks: [
    h1("1. Where we came from"),
    p("Oakhurst & Vale began in 1968 as a joinery workshop behind a timber yard in Ludlow, run by two cousins, Margaret Oakhurst and Tom Vale. They made kitchen tables for neighbours and chairs for the village hall, and they delivered everything themselves in a borrowed van with the seats taken out. We now have twenty-six showrooms and a website that sells more than the showrooms do, but the workshop is still there, and about a third of what we sell is still finished by hand in Shropshire."),
    p("That history is the reason this book exists. People buy a sofa perhaps four times in their lives. They measure doorways, argue about colours and sit on the display model for longer than they would like to admit. When they read what we write, they are looking for someone who knows furniture and will tell them the truth about it: how big it is, how it will wear, how long it will take to arrive. Our writing should feel like talking to the person who made the piece."),
    p("This is the fourth edition. The first was a single typed page pinned above the workshop kettle; the third was a slide deck nobody could find. This one is meant to be read from start to finish once, and then kept somewhere handy. The sections are numbered so that the copy desk can point you to them."),
    h1("2. Who reads us"),
    p("Most of our customers are between thirty and sixty-five and are furnishing a home they expect to stay in. Many are buying after a move, a new baby or a bereavement, and a surprising number are replacing something they bought from us twenty years ago. They compare us with Birchfield Home and Maple Lane Interiors, and they usually find those shops lower on the price tag. We don’t mention either of them, and we never pretend to be the lowest price. We are the shop that will still have your sofa’s frame drawings in 2040."),
    p("They read us in three places: the product pages, the emails that follow an order, and the catalogue that lands on the doormat twice a year. Each has its own section in the Channel Handbook. This book covers what is common to all three."),
    pageBreak,
    h1("3. Our tone"),
    p("We are unhurried, knowledgeable and generous. Unhurried means we don’t rush the reader with countdown clocks or invented scarcity. Knowledgeable means we explain joints, fillings and fabrics in plain words and assume the reader is clever. Generous means we give away what we know, such as how to care for oiled oak or how to measure a turning stairwell, whether or not it leads to a sale."),
    p("The quickest way to lose that tone is to reach for the language of a clearance warehouse. We stopped calling anything **cheap** in 2019, after a customer survey told us the word made people wonder what we had skimped on. If a piece is good value for what it is, say it is **well priced** and show the price. We would rather be thought expensive than careless."),
    quote(
      "How not to write a product email",
      "Our STUNNING new Linden sofa is a total steal at this price!!",
      "Cheap, comfy and gone in days. Grab one before your neighbour does.",
    ),
    p("Only one word in that example is on our list: the one we have just discussed. The rest is still wrong for us, but for other reasons: the capitals, the double exclamation mark and the manufactured panic. “Stunning”, “steal” and “comfy” are not banned words, and you will see them in the customer reviews we quote on product pages. They are simply not how we describe our own furniture."),
    p("Write in the first person plural. Use contractions. Let sentences breathe; a product description in four short paragraphs is better than one dense one. When you are tempted to add an adjective, add a measurement instead."),
    pageBreak,
    h1("4. Photography and the room set"),
    p("Our photographs are taken in daylight, in real houses, most of them belonging to people who work for us. We don’t build perfect rooms in a studio. A mug ring on a side table, a dog on the rug or a stack of post on the hall bench is welcome, because it tells the reader that our furniture is meant to be used. The photography brief, including lenses and colour grading, lives with the Studio team."),
    p("Every product shot should show the piece at a height a person would see it. For sofas that means sitting height, for beds standing height, for dining tables somewhere in between. Show the back of a sofa at least once: people put sofas in the middle of rooms more often than catalogues admit."),
    p("Captions are copy too, so everything in this book applies to them. Name the timber and the finish (“solid oak, hard-wax oil”) rather than a colour name invented by a supplier. Give the main dimension in the caption if there is room."),
    p("One word needs a special mention here, because it creeps into captions more than anywhere else: please don’t describe any of our pieces as “bespoke”. Very little of what we sell is made to a single customer’s drawing, and the few commissions we take are handled by the workshop directly. What we can honestly say is that many pieces are “made to order”, and that is the phrase to use."),
    p("Room-set captions can mention the rug, the lamp and the paint colour if we sell them. If we don’t sell them, leave them out rather than sending readers to another shop."),
    pageBreak,
    h1("5. Our product family"),
    p("We sell four ranges of furniture and one way to pay for them. Each range name was chosen by the workshop and each has a story we are proud of, so please write them exactly as they appear in the middle column. The right-hand column collects the versions the copy desk corrects most often."),
    table(
      ["Range", "Write it as", "Not"],
      [
        ["Sofas and armchairs", "Linden", "LINDEN, Linden’s range, the Lindon"],
        ["Hall benches and settles", "Settle", "settle (lower case), SETTLE, Settle Bench®"],
        ["Dining tables and chairs", "Hearthside", "Hearth Side, HearthSide"],
        ["Storage and shelving", "Loft & Low", "Loft and Low, Loft+Low"],
      ],
      [0.34, 0.26, 0.4],
    ),
    p("Settle deserves a note. A settle is an ordinary piece of furniture, a high-backed wooden bench that has stood in English kitchens for three hundred years, and it is also the name of our range. The capital S is what tells the reader we mean ours. When a sentence would be confusing, write “the Settle range”."),
    p("Our instalment plan, Vale Pay, is named like a product but it is a credit agreement provided by a lender, so it has its own rules in section 7. Write it as two words, both with a capital letter."),
    p("Colours and fabrics have names too (Moss, Pewter, Harbour Blue), but they change every season, so take them from the product information system rather than from this book."),
    pageBreak,
    h1("6. Language to steer clear of"),
    p("The right-hand column grew out of complaints, returns notes and one memorable letter from a retired cabinet maker. The left-hand column is what we would rather you used. Both are short on purpose."),
    columns(
      { heading: "Words we reach for", bullets: true, lines: ["solid", "hand-finished", "well made", "honest", "lasting", "made to order", "generous proportions"] },
      {
        heading: "Words we have put away",
        lines: [
          "“unbeatable” — say “fair”",
          "“luxury” — say “quality”",
          "“must-have” — no swap; rewrite the line",
          "“flat-pack” — say “home-assembly”",
          "“investment piece” — no swap",
        ],
      },
    ),
    p("If you find a word from the right-hand column in older copy, change it the next time you touch the page; there is no need to hunt them all down at once. If you think a word should be added, send it to the Brand Studio with an example of where you found it."),
    pageBreak,
    h1("7. Prices, offers and finance"),
    p("Prices are written with the pound sign and no pence for whole amounts: £1,295, not £1,295.00. Was-and-now prices follow the Pricing Practices Guide; never show a was price we have not charged for at least 28 days. Delivery charges go next to the price, not in a footnote."),
    p("Vale Pay is credit, and credit advertising is regulated. Never describe it as “interest free”: the wording the lender has approved is “0% APR representative”, and every mention of Vale Pay in an email or on a product page must be followed by the small print on the last page of this book."),
    p("We also don’t say “buy now, pay later”. It is the language of the checkout add-on, and it makes a twelve-month credit agreement sound like a trick."),
    h2("Style mechanics"),
    ul(
      "One exclamation mark in an email is plenty, and there are none in subject lines.",
      "Capital letters are for names and the start of sentences. Never set a word like SALE in capitals to make it louder.",
      "No emoji, in emails or anywhere else.",
      "Measurements in centimetres first, inches in brackets: 212 cm (83½ in).",
      "Delivery times as a range of weeks, never a promised date.",
    ),
    pageBreak,
    h1("8. How we say goodbye"),
    p("Emails after an order are signed by the whole company rather than a person, because whoever answers a reply may be in the workshop or a showroom. Close with these two lines, exactly:"),
    quote(undefined, "With thanks,", "Everyone at Oakhurst & Vale"),
    h2("Mandatory small print"),
    p("Any email, page or catalogue spread that mentions Vale Pay or a 0% APR offer must carry the three lines at the foot of this page, unedited and in this order. The lender reviews a sample of our emails every quarter."),
    legal(BROKER, LENDER, APR),
  ],
  key: {
    bannedTerms: [
      { term: "cheap", replacement: "well priced" },
      { term: "bespoke", replacement: "made to order" },
      { term: "unbeatable", replacement: "fair" },
      { term: "luxury", replacement: "quality" },
      { term: "must-have", replacement: null },
      { term: "flat-pack", replacement: "home-assembly" },
      { term: "investment piece", replacement: null },
      { term: "interest free", replacement: "0% APR representative" },
      { term: "buy now, pay later", replacement: null },
    ],
    productNames: ["Linden", "Settle", "Hearthside", "Loft & Low", "Vale Pay"],
    disclaimers: [BROKER, LENDER, APR],
    signOff: "With thanks, Everyone at Oakhurst & Vale",
    style: { maxExclamations: 1, allowEmoji: false, noAllCaps: true, noExclamationInSubject: true },
    notBanned: ["Birchfield Home", "Maple Lane Interiors", "stunning", "steal", "comfy", "sale", "unhurried", "knowledgeable", "generous", "solid", "hand-finished", "honest"],
  },
};
