/**
 * Required legal wording: quoted lines, callouts, boilerplate, and lines a
 * guide announces ("the two statements below", "the three lines at the foot
 * of this page") — taken up to the count the guide gives; talk about legal
 * text (who checks it, what to do) is not legal text.
 */
import { normaliseForMatch, parseBlocks, sentencesOf, type GuideBlock } from "./guide-blocks";
import type { GuidePassage } from "./read-rules";
import type { Add } from "./reader-common";
import { quotedIn, withoutInstructionLabel } from "./rule-terms";
import { LEGAL_META, REQUIRED_TEXT_CUE } from "./vocabulary";

export const LEGAL_MARKERS = /\b(capital at risk|past performance|not (a )?guarantee|may (go down|lose|fall)|can go down|terms (and|&) conditions|t&cs apply|subject to|eligibility|not intended to (diagnose|treat)|food and drug administration|fda|member fdic|fdic|regulated by|authori[sz]ed (and regulated )?by|licensed|consult (your|a) (doctor|physician|pharmacist|healthcare|financial)|see .{1,40} for (full )?details|offer (valid|ends|expires)|while (stocks|supplies) last|results may vary|apr|representative|your (home|capital|deposits?|eligible deposits)|protected (up to|by)|compensation scheme|register(ed)? (number|in|office)|company (number|no)|plc|inc|ltd|llc|n\.a|limited|gmbh|equal housing|nmls|not (financial|medical|investment) advice|prices? (may|subject)|rights reserved|insured|underwritten|copyright|©)\b/i;

/** Required lines kept at the end of a page or of the document, pointed at from elsewhere. */
export const TAIL = /\b(?:foot|bottom|end) of (?:this|the|each|every) page\b|\b(?:very )?(?:end|close) of (?:this|the) (?:document|guide|page|sheet|book|handbook|file)\b|\bclose (?:this|the) (?:document|guide|sheet|book)\b/;

/**
 * "…must carry the three lines at the foot of this page": the last lines of
 * that page (or of the whole document) are the required wording; as many as
 * the guide says, or the trailing lines that read like legal text.
 */
export function readAnnouncedTails(passages: readonly GuidePassage[], add: (index: number, text: string, quote: string) => void) {
  passages.forEach((p, index) => {
    for (const sentence of sentencesOf(p.text.replace(/\n/g, " "))) {
      const lower = normaliseForMatch(sentence);
      if (!TAIL.test(lower) || !REQUIRED_TEXT_CUE.test(lower) || passages.some((q) => /^footer$/i.test(q.section.split(" › ").at(-1) ?? ""))) continue;
      const count = announcedCount(sentence);
      const paged = /\bpage\b/.test(lower) && p.page != null;
      const scope = passages.map((q, i) => ({ q, i })).filter(({ q }) => (paged ? q.page === p.page : true));
      const lines = scope.flatMap(({ q, i }) => plainLines(q.text).map((line) => ({ line, i })));
      // Without a count: the lines after the announcing one, when it is on the same page; else the trailing legal-looking lines.
      const cue = lines.findIndex(({ line, i }) => i === index && normaliseForMatch(line).includes(lower.slice(0, 40)));
      const taken: { line: string; i: number }[] = [];
      for (let k = lines.length - 1; k >= 0 && taken.length < (count ?? 4); k--) {
        const { line } = lines[k]!;
        if (k <= cue || isAboutLegalText(line) || announcesRequiredText(line)) break;
        if (!count && cue < 0 && !LEGAL_MARKERS.test(line)) break;
        taken.unshift(lines[k]!);
      }
      for (const { line, i } of taken) add(i, withoutInstructionLabel(line), line);
    }
  });
}

/** A passage's lines as a reader sees them, without headings, tables or separators. */
function plainLines(text: string): string[] {
  // Blocks, so a paragraph wrapped at a fixed width is one line again.
  return parseBlocks(text).flatMap((b) => (b.kind === "paragraph" || b.kind === "item" || b.kind === "quote") && /\p{L}/u.test(b.text) ? [b.text] : []);
}

export const AHEAD = /\b(below|following|the same (?:\w+ )?lines?|foot of|bottom of|end of this|close this (document|guide|page)|at the end|underneath|as follows|in the footer|these (?:\w+ )?(lines|statements|sentences|paragraphs))\b|:\s*$/;

/** A line that says required wording comes next, without quoting it. */
export function announcesRequiredText(text: string): boolean {
  const lower = normaliseForMatch(text);
  return REQUIRED_TEXT_CUE.test(lower) && AHEAD.test(lower) && !quotedIn(text).some((q) => q.split(/\s+/).length >= 4);
}

/** Talk about legal text (who checks it, where to ask) rather than the text itself. */
export function isAboutLegalText(text: string): boolean {
  const lower = normaliseForMatch(text);
  return /^©|\ball rights reserved\b|\bplease don['’]?t reproduce\b/.test(lower) || LEGAL_META.test(lower) || /@[\w-]+\./.test(text) || /^(questions|note|why|for more|contact|ask)\b/.test(lower) || IMPERATIVE.test(lower) || /^(\S+\s+){0,3}(emails?|campaigns?|messages?)\b[^.]*\b(carry|carries|need|needs|require|requires|use|uses)\b/.test(lower);
}

const COUNTS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5, "2": 2, "3": 3, "4": 4, "5": 5 };

/** "the three statements below" → 3; null when the guide does not say (then every line up to the next blank line). */
export function announcedCount(text: string): number | null {
  const m = /\b(both|two|three|four|five|[2-5])\s+(?:required\s+|legal\s+)?(lines|statements|sentences|paragraphs|disclaimers|notices)\b/.exec(normaliseForMatch(text));
  return m ? COUNTS[m[1]!]! : null;
}

/** How many lines a guide says its page footer must carry, when it points there ("the two lines shown in the footer of this page"). */
export function footerLinesAnnounced(passages: readonly GuidePassage[]): number | null {
  if (!passages.some((p) => /^footer$/i.test(p.section.split(" › ").at(-1) ?? ""))) return null;
  for (const p of passages) {
    for (const sentence of sentencesOf(p.text.replace(/\n/g, " "))) {
      if (announcesRequiredText(sentence) && (/\bfooter\b/i.test(sentence) || TAIL.test(normaliseForMatch(sentence)))) return announcedCount(sentence) ?? 8;
    }
  }
  return null;
}

/** "(for example “Sale ends midnight Sunday”)": quoted to illustrate, not to be copied. */
export function introducedAsExample(text: string, quote: string): boolean {
  const at = text.indexOf(quote);
  return at > 0 && /\b(for example|for instance|e\.g\.?|such as|like)\s*[:,]?\s*["“‘']?$/i.test(text.slice(Math.max(0, at - 25), at));
}

/** An instruction to the writer ("Check that…", "Don't reduce…"), not wording for the reader. */
export const IMPERATIVE = /^(read|check|send|make sure|ensure|don'?t|do not|never|always|use|add|keep|ask|include|remember|test|open|review|copy|paste|put|place|avoid|write|follow|see|contact|talk to|get)\b/;

export function readLegal(block: GuideBlock, body: string, line: string, add: Add) {
  const quoted = quotedIn(body).filter((q) => q.split(/\s+/).length >= 4 && !introducedAsExample(body, q));
  if (quoted.length) {
    for (const q of quoted) add.disclaimer(q, line);
    return;
  }
  const lower = normaliseForMatch(body);
  if (REQUIRED_TEXT_CUE.test(lower) || LEGAL_META.test(lower) || IMPERATIVE.test(lower)) return;
  // Unquoted legal text counts when it is set apart (a callout or list item) or reads like boilerplate.
  if (block.kind === "quote" || block.kind === "item" || LEGAL_MARKERS.test(body)) add.disclaimer(withoutInstructionLabel(body), line);
}
