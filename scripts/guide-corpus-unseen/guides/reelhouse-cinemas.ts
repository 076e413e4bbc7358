/**
 * Cinema chain, HTML: numbered house rules (prose bans among other rules), an "Off-brand |
 * On-brand | Notes" table, a Before/After example whose "ultimate" is said not to be listed,
 * a product table where "Premiere" is an ordinary word, competitors in prose, two footer lines,
 * a callout saying the site's copyright line is not email wording, and a two-line sign-off.
 */
import { callout, h1, h2, legal, ol, p, quote, table, ul } from "../../guide-corpus/guides/blocks";
import type { UnseenGuide } from "../build";

const TIMES = "Film times and availability may change. A booking fee applies to online bookings, except for Reelhouse Pass members.";
const RATINGS = "Age ratings are set by the BBFC. Under-18s may be asked for photo ID for 15 and 18 films.";

export const reelhouseCinemas: UnseenGuide = {
  basename: "reelhouse-cinemas",
  format: "html",
  industry: "entertainment",
  brand: "Reelhouse Cinemas",
  title: "Email & Copy Guidelines",
  subtitle: "Reelhouse Cinemas marketing: listings, members’ emails and events",
  meta: "Owner: Priya Chaudhry, Head of CRM. Last edited 9 February 2024.",
  author: "Priya Chaudhry",
  html: {
    accent: "#a3121b",
    fontFamily: "'Helvetica Neue', Arial, sans-serif",
    siteName: "Reelhouse Marketing Portal",
    navLinks: ["Campaigns", "Brand", "Film assets", "Guidelines", "Contacts"],
    toc: false,
    copyright: "© 2024 Reelhouse Cinemas Ltd. Film titles, images and trailers are used under licence from their distributors.",
  },
  blocks: [
    h1("Lights down"),
    p("Reelhouse runs 24 cinemas in market towns and suburbs across the Midlands and the North, from two-screen conversions of 1930s picture houses to our new twelve-screen site in Wakefield. We send around a million emails a week: weekly listings, booking confirmations, members’ news and invitations to events such as previews, Q&As and our autism-friendly screenings."),
    p("These guidelines cover all of it except booking confirmations, which are system templates owned by the Digital team."),
    h1("Our voice"),
    p("Film lovers talking to film lovers. We’re enthusiastic, but we don’t oversell; audiences can tell when they’re being hyped at, and they’ve seen the trailer anyway. Write about what makes a film worth seeing on a big screen (the sound, the scale, the crowd) rather than piling on adjectives."),
    ul(
      "Knowledgeable without being snobbish: a superhero sequel and a Polish drama both deserve a good sentence.",
      "Local: name the cinema, the screen and the town.",
      "Welcoming: families, students, pensioners on a Tuesday matinee, everyone.",
    ),
    h1("House rules"),
    ol(
      "Lead with the film and the showtime, not with Reelhouse.",
      "Use the film’s official title exactly as the distributor supplies it, in title case. Never set a title in capitals, even when the poster does.",
      "Don’t call a film a “must-see”. Tell people why it’s worth seeing instead.",
      "Never write “Oscar-worthy” or “Oscar-tipped”. The Academy’s trade marks are strictly policed, and predictions date badly.",
      "No spoilers in subject lines, including twists the trailer has already given away.",
      "Subject lines never carry an exclamation mark. Body copy gets one at most, and only when the news really is exciting.",
      "No emoji. Not even the popcorn.",
      "“Blockbuster” is fine for a film that really is one.",
      "Age ratings are written the way the BBFC writes them: U, PG, 12A, 15, 18.",
    ),
    h1("Off-brand / on-brand"),
    table(
      ["Off-brand", "On-brand", "Notes"],
      [
        ["movie", "film", "Except inside a film’s own title."],
        ["flick", "film", "Too knowing."],
        ["cheap tickets", "great-value tickets", "Or just give the price: “tickets from £5.99”."],
        ["sold out", "fully booked", "A screening isn’t a shop running out of stock."],
        ["VIP", "members", "Everyone who joins is a member; nobody is a VIP."],
      ],
    ),
    h2("Spot the problems"),
    quote("Before:", "“DON’T MISS the ultimate movie event of the year!!!”"),
    quote("After:", "“The Long Harbour, in Screen 1 at Reelhouse Wakefield. Friday 1 March, first showing 10am.”"),
    p("Three problems: capitals, three exclamation marks and the word movie. “Ultimate” isn’t on any list, but ask yourself whether it tells anyone anything."),
    h1("Our names"),
    table(
      ["Name", "What it is", "Write it"],
      [
        ["Reelhouse Pass", "Monthly membership: unlimited 2D films and 10% off food and drink", "Reelhouse Pass in full on first mention, then “your Pass”"],
        ["Premiere", "Reclining-seat screens with at-seat service", "Capital P when it means the screen type"],
        ["Reel Rewards", "Free loyalty scheme with points on every booking", "Two words, both capitalised"],
        ["Kids’ Club", "Saturday-morning screenings at £2.50", "Apostrophe after the s"],
      ],
    ),
    p("Premiere is also an ordinary word, and we use it that way a lot (“the regional premiere of …”). Only capitalise it when you mean the screens."),
    p("We share towns with Starline Cinemas and the Picturedrome in several places. Never mention them, and never compare our prices with theirs."),
    h1("Small print"),
    p("Every listings and marketing email carries the two lines shown in the footer of this page. They’re in the template already; if you build an email outside the template, copy them exactly."),
    callout("Note:", "the copyright line at the very bottom of this page belongs to the website, not to emails. Don’t paste it into email footers."),
    h1("Sign-off"),
    p("Close every email like this, on two lines:"),
    quote(undefined, "See you at the pictures,", "The Reelhouse team"),
    legal(TIMES, RATINGS),
  ],
  key: {
    bannedTerms: [
      { term: "must-see", replacement: null },
      { term: "Oscar-worthy", replacement: null },
      { term: "Oscar-tipped", replacement: null },
      { term: "movie", replacement: "film" },
      { term: "flick", replacement: "film" },
      { term: "cheap tickets", replacement: "great-value tickets" },
      { term: "sold out", replacement: "fully booked" },
      { term: "VIP", replacement: "members" },
    ],
    productNames: ["Reelhouse Pass", "Premiere", "Reel Rewards", "Kids’ Club"],
    disclaimers: [TIMES, RATINGS],
    signOff: "See you at the pictures, The Reelhouse team",
    style: { maxExclamations: 1, allowEmoji: false, noAllCaps: true, noExclamationInSubject: true },
    notBanned: ["ultimate", "don’t miss", "blockbuster", "Starline Cinemas", "Picturedrome"],
  },
};
