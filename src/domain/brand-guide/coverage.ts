/**
 * Coverage, not just extraction: lines of the guides that read like rules
 * (never/always/avoid/must, quoted legal lines, ™/®, product-like names
 * repeated across the guide) but that no profile item accounts for. Each
 * comes with a best guess of the item it would be, to add in one click.
 * Also: guides that gave no rules at all, and terms one guide bans while
 * another prefers them.
 */
import type { BrandProfile, ProposableField } from "@/domain/brand-profile";
import { itemId } from "@/domain/profile-verification";
import type { GuideText } from "@/domain/profile-verification";
import { normaliseForMatch, parseBlocks, sentencesOf } from "./guide-blocks";
import { announcesRequiredText, kindOfSection } from "./read-rules";
import { bannedFromLine, looksLikeName, quotedIn, trademarkedNames } from "./rule-terms";
import { INJECTION } from "./vocabulary";

export interface CoverageGap {
  id: string;
  guideId: string;
  documentName: string;
  section: string;
  page: number | null;
  quote: string;
  suggestion: { field: ProposableField; value: string; replacement: string | null };
}

const RULE_WORDS = /\b(never|always|avoid|must|do not|don'?t|required|prohibited|not allowed|banned|off[- ]limits|only use|make sure)\b/i;
const EXAMPLE = /^(bad|good|wrong|right|example|e\.g\.|for example|before|after|✗|✘|❌|✓|✔|✅)\b\s*(example)?\s*[:—–-]/i;
const MAX_GAPS = 40;

export function coverageGaps(passages: readonly GuideText[], profile: BrandProfile): CoverageGap[] {
  const covered = coveredText(profile);
  const dismissed = new Set(profile.dismissed ?? []);
  const gaps: CoverageGap[] = [];
  const seen = new Set<string>();
  const push = (p: GuideText, quote: string, suggestion: CoverageGap["suggestion"]) => {
    const id = `gap:${normaliseForMatch(quote).slice(0, 200)}`;
    if (seen.has(id) || dismissed.has(id) || dismissed.has(itemId(suggestion.field, suggestion.value))) return;
    seen.add(id);
    gaps.push({ id, guideId: p.guideId, documentName: p.documentName, section: p.section, page: p.page, quote: quote.slice(0, 300), suggestion });
  };

  for (const p of passages) {
    const kind = kindOfSection(p.section);
    for (const block of parseBlocks(p.text)) {
      if (block.kind === "break" || block.kind === "table") continue;
      for (const sentence of sentencesOf(block.text)) {
        const n = normaliseForMatch(sentence);
        if (sentence.length < 8 || EXAMPLE.test(sentence) || INJECTION.test(n) || isCovered(n, covered)) continue;
        // "…must end with the line below": covered by the required wording it introduces.
        if (announcesRequiredText(sentence) && profile.requiredDisclaimers.some((d) => d.source?.guideId === p.guideId)) continue;
        const marked = trademarkedNames(sentence).filter((name) => !covered.some((c) => c === normaliseForMatch(name)));
        if (marked.length) {
          push(p, sentence, { field: "productSpellings", value: marked[0]!, replacement: null });
          continue;
        }
        if (kind === "legal" && quotedIn(sentence).some((q) => q.split(/\s+/).length >= 5)) {
          push(p, sentence, { field: "requiredDisclaimers", value: quotedIn(sentence).find((q) => q.split(/\s+/).length >= 5)!, replacement: null });
          continue;
        }
        if (!RULE_WORDS.test(sentence)) continue;
        const banned = /\b(never|avoid|don'?t|do not|banned|off[- ]limits)\b/i.test(sentence) && quotedIn(sentence).length ? bannedFromLine(sentence)[0] : undefined;
        if (banned) push(p, sentence, { field: "bannedTerms", value: banned.term, replacement: banned.replacement });
        else push(p, sentence, { field: /\b(never|avoid|don'?t|do not|not allowed|prohibited)\b/i.test(sentence) ? "toneDonts" : "toneDos", value: sentence.slice(0, 300), replacement: null });
      }
    }
  }

  // Product-like names (inner capitals or digits) written the same way in several places, not in the profile.
  const counts = new Map<string, { count: number; where: GuideText; line: string }>();
  for (const p of passages) {
    for (const m of p.text.matchAll(/(?<![\p{L}\d])(?:[\p{Lu}]?[\p{Ll}]+[\p{Lu}][\p{L}]*|[\p{Lu}][\p{L}]+ \d{1,4}[A-Z]?|[a-z]{1,3}[\p{Lu}][\p{L}]+)(?![\p{L}\d])/gu)) {
      const name = m[0];
      if (!looksLikeName(name) || covered.includes(normaliseForMatch(name))) continue;
      const entry = counts.get(name) ?? { count: 0, where: p, line: p.text.slice(Math.max(0, m.index - 80), m.index + name.length + 80).replace(/\s+/g, " ").trim() };
      entry.count++;
      counts.set(name, entry);
    }
  }
  for (const [name, { count, where, line }] of counts) if (count >= 3) push(where, line, { field: "productSpellings", value: name, replacement: null });
  return gaps.slice(0, MAX_GAPS);
}

/** Normalised text of everything the profile holds: terms, names, disclaimers, quotes of sources. */
function coveredText(profile: BrandProfile): string[] {
  const texts = [
    ...profile.bannedTerms.flatMap((b) => [b.term, b.replacement ?? "", b.source?.quote ?? ""]),
    ...profile.preferredTerms.flatMap((t) => [t.term, t.source?.quote ?? ""]),
    ...profile.productSpellings.flatMap((p) => [p.name, p.source?.quote ?? ""]),
    ...profile.requiredDisclaimers.flatMap((d) => [d.text, d.source?.quote ?? ""]),
    ...profile.voiceTraits.map((t) => t.source?.quote ?? ""),
    ...profile.toneDos.flatMap((t) => [t.text, t.source?.quote ?? ""]),
    ...profile.toneDonts.flatMap((t) => [t.text, t.source?.quote ?? ""]),
    profile.formatting.signOff ?? "",
    ...Object.values(profile.formatting.sources ?? {}).map((s) => s?.quote ?? ""),
    ...(profile.pending ?? []).flatMap((p) => [p.value, p.source?.quote ?? ""]),
  ];
  return [...new Set(texts.map(normaliseForMatch).filter((t) => t.length >= 2))];
}

/** A sentence is covered when a source quote overlaps it or an item's words (longer than a short term) are in it. */
function isCovered(sentence: string, covered: readonly string[]): boolean {
  return covered.some((c) => (c.length >= 12 && (sentence.includes(c) || c.includes(sentence))) || (c.length >= 3 && c.length < 12 && new RegExp(`(?<![\\p{L}])${c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(sentence) && RULE_WORDS.test(sentence)));
}

export interface ProfileConflict {
  term: string;
  bannedIn: string | null;
  preferredIn: string | null;
}

/** A term one guide bans and another (or the same) prefers. */
export function profileConflicts(profile: BrandProfile): ProfileConflict[] {
  const preferred = new Map(profile.preferredTerms.map((t) => [normaliseForMatch(t.term), t]));
  return profile.bannedTerms.flatMap((b) => {
    const p = preferred.get(normaliseForMatch(b.term));
    return p ? [{ term: b.term, bannedIn: b.source?.documentName ?? null, preferredIn: p.source?.documentName ?? null }] : [];
  });
}

/** Guides that gave no rule (a banned term, a product name, required wording, a style rule): a description of the voice alone is not one. */
export function guidesWithoutRules(guides: readonly { id: string; filename: string }[], profile: BrandProfile): { id: string; filename: string }[] {
  const used = new Set<string>();
  const all = [...profile.bannedTerms, ...profile.productSpellings, ...profile.requiredDisclaimers];
  for (const item of all) if (item.source?.guideId) used.add(item.source.guideId);
  for (const s of Object.values(profile.formatting.sources ?? {})) if (s?.guideId) used.add(s.guideId);
  for (const p of profile.pending ?? []) if (p.source?.guideId) used.add(p.source.guideId);
  return guides.filter((g) => !used.has(g.id));
}
