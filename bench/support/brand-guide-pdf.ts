/**
 * A brand guide PDF shaped like a real one, for timing ingestion: one topic
 * a page, each page a heading with prose (sentences drawn from a
 * vocabulary by a seeded PRNG, so no two paragraphs repeat), and by turns
 * bulleted lists, a "instead of / write / why" table, a two-column do/don't
 * page and a callout; a running header and page footers. Rendered with the
 * guide corpus's PDF renderer (pdf-lib, text at explicit positions, tables
 * cell by cell), the same one the reader's test corpora are made with.
 */
import { mulberry32 } from "@/domain/random";
import { basePdf, callout, columns, h1, h2, p, pageBreak, table, ul } from "../../scripts/guide-corpus/guides/blocks";
import { renderPdf } from "../../scripts/guide-corpus/render-pdf";
import type { Block, Guide } from "../../scripts/guide-corpus/types";

const TOPICS = [
  "Who we are", "Our voice", "Tone by channel", "Words we use", "Words we avoid", "Product names", "Subject lines", "Preheaders",
  "Calls to action", "Prices and offers", "Numbers and dates", "Punctuation", "Social posts", "Captions", "Accessibility",
  "Customer replies", "Seasonal campaigns", "Launch emails", "Newsletters", "Sign-offs", "Legal wording", "Partnerships",
  "Inclusive language", "Sustainability claims", "Health claims", "Photography", "Email layout", "Reviews and quotes",
];
const SUBJECTS = [
  "Every email", "A subject line", "The first sentence", "Our newsletter", "A product page", "Each caption", "The call to action",
  "A launch email", "Our head roaster", "The support team", "A seasonal offer", "Every price", "The preheader", "A customer reply",
  "A tasting note", "The sign-off", "A social post", "Each headline", "The welcome series", "A win-back email",
];
const VERBS = [
  "should name", "always explains", "never hides", "starts with", "keeps", "describes", "leads with", "ends with", "makes room for",
  "points to", "spells out", "mentions", "puts first", "respects", "earns", "repeats only once", "links to", "quotes",
];
const OBJECTS = [
  "the origin of the beans", "the roast date", "one clear next step", "the tasting notes", "the full price", "the farm's name",
  "the brewing method", "what the reader gets", "the delivery cost", "the end date of the offer", "a real customer's words",
  "the size of the bag", "how fresh the coffee is", "the person who roasted it", "why it matters", "the grind to choose",
  "the water temperature", "what changed since last season", "the return policy", "the subscription terms",
];
const MANNERS = [
  "in one short sentence", "before anything else", "without jargon", "in plain words", "when space allows", "for new subscribers",
  "in the first line", "with a number rather than an adjective", "as a friend would", "without exclamation marks", "in the reader's words",
  "and nothing more", "even in a hurry", "so nobody has to scroll", "the way we say it in the shop", "for people who brew at home",
];
const OPENERS = ["", "", "", "In emails, ", "On social media, ", "When in doubt, ", "For launches, ", "In replies, ", "Above all, ", "As a rule, ", "Where it fits, "];
const REASONS = [
  "It sounds like a discount bin, not a roastery.", "Readers skip words they have seen a thousand times.", "It promises more than a bag of coffee can.",
  "It is vague where we can be exact.", "Our customers told us it feels pushy.", "It is a claim we cannot prove.", "It hides the price behind a feeling.",
  "It reads like an advert, and we write like people.", "It is jargon outside the trade.", "It is louder than we are.",
];
const SWAPS: [string, string][] = [
  ["cheap", "affordable"], ["deal", "offer"], ["bargain", "good value"], ["hurry", "while it lasts"], ["amazing", "bright"], ["revolutionary", "new"],
  ["guru", "expert"], ["world-class", "carefully roasted"], ["blast", "send"], ["limited-time", "until Sunday"], ["artisanal", "small-batch"],
  ["premium", "specialty"], ["to die for", "worth a second cup"], ["game-changer", "a better morning"], ["must-have", "a favourite"],
];
const PRODUCTS = ["PowerBrew X2", "Northwind House Blend", "Spring Roast", "Harbour Decaf", "Lighthouse Espresso", "Morning Tide Filter"];

export interface GeneratedGuide {
  data: Uint8Array;
  pages: number;
}

/** A `pages`-page guide; `edition` changes only its title line, so each upload is new to the deduplication and the work stays the same. */
export async function brandGuidePdf(options: { pages: number; seed: number; edition?: number }): Promise<GeneratedGuide> {
  const random = mulberry32(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const sentence = () => {
    const opener = pick(OPENERS);
    const subject = pick(SUBJECTS);
    return `${opener}${opener ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(MANNERS)}.`;
  };
  const paragraph = (lo: number, hi: number) => Array.from({ length: between(lo, hi) }, sentence).join(" ");
  const rule = () => {
    const [term, replacement] = pick(SWAPS);
    return `Never write "${term}"; say "${replacement}" instead.`;
  };

  const blocks: Block[] = [];
  for (let page = 0; page < options.pages; page++) {
    const topic = `${page + 1}. ${TOPICS[page % TOPICS.length]}${page >= TOPICS.length ? ` (part ${Math.floor(page / TOPICS.length) + 1})` : ""}`;
    if (page > 0) blocks.push(pageBreak);
    blocks.push(h1(topic));
    switch (page % 4) {
      case 0:
        blocks.push(p(paragraph(4, 6)), p(paragraph(3, 5)), h2("In practice"), ul(...Array.from({ length: between(4, 6) }, () => (random() < 0.3 ? rule() : sentence()))), p(paragraph(2, 4)));
        break;
      case 1:
        blocks.push(
          p(paragraph(3, 4)),
          table(["Instead of", "Write", "Why"], Array.from({ length: between(5, 7) }, () => { const [term, replacement] = pick(SWAPS); return [term, replacement, pick(REASONS)]; }), [0.22, 0.26, 0.52]),
          p(paragraph(3, 5)),
        );
        break;
      case 2:
        blocks.push(
          p(paragraph(2, 4)),
          columns(
            { heading: "Do", bullets: true, lines: Array.from({ length: between(5, 7) }, sentence) },
            { heading: "Don't", bullets: true, lines: Array.from({ length: between(5, 7) }, () => (random() < 0.4 ? rule() : sentence())) },
          ),
          p(paragraph(2, 4)),
        );
        break;
      default:
        blocks.push(
          p(paragraph(3, 5)),
          callout("Product names.", `Write ${pick(PRODUCTS)} and ${pick(PRODUCTS)} exactly like this, with capitals, every time.`),
          ul(...Array.from({ length: between(3, 5) }, sentence)),
          h2("Why it matters"),
          p(paragraph(3, 5)),
        );
    }
  }

  const guide: Guide = {
    basename: "northwind-brand-guide",
    format: "pdf",
    industry: "retail",
    brand: "Northwind Roasters",
    title: `Northwind Roasters Brand and Style Guide${options.edition === undefined ? "" : `, edition ${options.edition}`}`,
    author: "Northwind Brand Team",
    pdf: { ...basePdf, runningHeader: "Northwind Roasters  |  Brand and Style Guide  |  Internal", footer: (page, total) => `Northwind Roasters  ·  page ${page} of ${total}` },
    blocks,
    key: { bannedTerms: [], productNames: [], disclaimers: [], signOff: null, style: { maxExclamations: null, allowEmoji: null, noAllCaps: null, noExclamationInSubject: null }, notBanned: [] },
  };
  const { bytes, pages } = await renderPdf(guide);
  return { data: bytes, pages };
}
