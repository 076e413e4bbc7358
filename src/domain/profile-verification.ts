/**
 * The model proposes, the guide disposes: every extracted item is looked up
 * in the guide text (case, spacing, quotes, dashes and ™/® aside). Items
 * found there are applied with their source (the passage that contains
 * them, the guide's own spelling of a product name); the rest wait under
 * "Needs a look" and are never applied until a person accepts them.
 */
import { normaliseForMatch, plainText } from "./brand-guide/guide-blocks";
import { EMPTY_BRAND_PROFILE, type BrandProfile, type PendingItem, type ProfileExtraction, type ProposableField, type StyleRuleName } from "./brand-profile";
import type { SourceRef } from "./compliance/types";

export interface GuideText {
  guideId: string;
  documentName: string;
  section: string;
  page: number | null;
  text: string;
}

type Cited = { passage: number; quote: string };

export function itemId(field: ProposableField, value: string): string {
  return `${field}:${normaliseForMatch(value)}`.slice(0, 600);
}

function stripEnd(text: string): string {
  return normaliseForMatch(plainText(text)).replace(/[.!;:,]+$/, "");
}

export function verifyExtraction(extraction: ProfileExtraction, passages: readonly GuideText[]): BrandProfile {
  const normalised = passages.map((p) => normaliseForMatch(plainText(p.text)));
  const pending: PendingItem[] = [];

  /** The passage that contains `needle`: the cited one when it does, else the first that does. */
  const locate = (needle: string, cited: Cited | null): { index: number; quote: string } | null => {
    const n = stripEnd(needle);
    if (!n) return null;
    const contains = (i: number) => normalised[i]!.includes(n);
    const index = cited && passages[cited.passage] && contains(cited.passage) ? cited.passage : normalised.findIndex((_, i) => contains(i));
    if (index < 0) return null;
    const quoteOk = cited && cited.passage === index && normalised[index]!.includes(stripEnd(cited.quote));
    return { index, quote: quoteOk ? cited.quote : lineContaining(passages[index]!.text, n) };
  };
  const ref = (at: { index: number; quote: string }): SourceRef => {
    const p = passages[at.index]!;
    return { guideId: p.guideId, documentName: p.documentName, section: p.section || undefined, page: p.page ?? undefined, quote: at.quote.slice(0, 300), verified: true };
  };
  const citedRef = (cited: Cited | null): SourceRef | null => {
    const p = cited ? passages[cited.passage] : undefined;
    return p && cited ? { guideId: p.guideId, documentName: p.documentName, section: p.section || undefined, page: p.page ?? undefined, quote: cited.quote.slice(0, 300) } : null;
  };
  const propose = (field: ProposableField, value: string, cited: Cited | null, replacement?: string | null) =>
    pending.push({ id: itemId(field, value), field, value, replacement: replacement ?? null, source: citedRef(cited), reason: cited ? "These words are not in the passage it cites, or anywhere in your guides." : "The model gave no source for this." });

  /** Verified items keep their source; others become proposals. `exact` items must appear word for word; the rest need their quote to. */
  function sort<T>(items: readonly T[], field: ProposableField, key: (item: T) => string, cited: (item: T) => Cited, exact: boolean, build: (item: T, source: SourceRef, guideForm: string) => unknown, replacement?: (item: T) => string | null) {
    const kept: unknown[] = [];
    for (const item of items) {
      const value = key(item);
      const where = exact ? locate(value, cited(item)) : (locate(cited(item).quote, cited(item)) ?? locate(value, cited(item)));
      const rep = replacement?.(item) ?? null;
      const replacementOk = !rep || normalised.some((p) => p.includes(stripEnd(rep)));
      if (where && replacementOk) kept.push(build(item, ref(where), exact ? guideForm(plainText(passages[where.index]!.text), value) : value));
      else propose(field, value, cited(item), rep);
    }
    return kept;
  }

  const profile: BrandProfile = {
    ...EMPTY_BRAND_PROFILE,
    audience: extraction.audience,
    bannedTerms: sort(extraction.bannedTerms, "bannedTerms", (i) => i.term, (i) => i.source, true, (i, source) => ({ term: i.term, replacement: i.replacement, source }), (i) => i.replacement) as BrandProfile["bannedTerms"],
    preferredTerms: sort(extraction.preferredTerms, "preferredTerms", (i) => i.term, (i) => i.source, true, (i, source) => ({ term: i.term, source })) as BrandProfile["preferredTerms"],
    // A product name is applied in the guide's own spelling: the model's casing does not become the rule.
    productSpellings: sort(extraction.productSpellings, "productSpellings", (i) => i.name, (i) => i.source, true, (_i, source, form) => ({ name: form, source })) as BrandProfile["productSpellings"],
    requiredDisclaimers: sort(extraction.requiredDisclaimers, "requiredDisclaimers", (i) => i.text, (i) => i.source, true, (i, source, form) => ({ text: form || i.text, source })) as BrandProfile["requiredDisclaimers"],
    voiceTraits: sort(extraction.voiceTraits, "voiceTraits", (i) => i.trait, (i) => i.source, false, (i, source) => ({ trait: i.trait, source })) as BrandProfile["voiceTraits"],
    toneDos: sort(extraction.toneDos, "toneDos", (i) => i.text, (i) => i.source, false, (i, source) => ({ text: i.text, source })) as BrandProfile["toneDos"],
    toneDonts: sort(extraction.toneDonts, "toneDonts", (i) => i.text, (i) => i.source, false, (i, source) => ({ text: i.text, source })) as BrandProfile["toneDonts"],
    formatting: { maxExclamations: null, allowEmoji: null, signOff: null, noAllCaps: null, noExclamationInSubject: null, sources: {} },
  };

  // Formatting rules hold when the words that state them are in the guide (the sign-off itself must be).
  const f = extraction.formatting;
  const stated: [StyleRuleName, unknown][] = [
    ["maxExclamations", f.maxExclamations],
    ["allowEmoji", f.allowEmoji],
    ["signOff", f.signOff],
    ["noAllCaps", f.noAllCaps],
    ["noExclamationInSubject", f.noExclamationInSubject],
  ];
  for (const [rule, value] of stated) {
    if (value === null || value === undefined || value === "") continue;
    const cited = extraction.styleSources.find((s) => s.rule === rule)?.source ?? null;
    const where = rule === "signOff" ? locate(String(value), cited) : cited ? locate(cited.quote, cited) : null;
    if (where) {
      (profile.formatting as Record<string, unknown>)[rule] = rule === "signOff" ? guideForm(plainText(passages[where.index]!.text), String(value)) : value;
      profile.formatting.sources![rule] = ref(where);
    } else propose(rule, String(value), cited);
  }
  profile.pending = dedupe(pending);
  return profile;
}

function dedupe(items: PendingItem[]): PendingItem[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.id) && seen.add(i.id));
}

/** The guide's own form of `value` (its capitals, its quotes): the first occurrence that matches once normalised. */
export function guideForm(text: string, value: string): string {
  const target = stripEnd(value);
  const words = value.trim().split(/\s+/).length;
  const tokens = text.split(/(\s+)/);
  for (let i = 0; i < tokens.length; i += 2) {
    const candidate = tokens.slice(i, i + words * 2 - 1).join("");
    const trimmed = candidate.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.!)]+$/gu, "").replace(/[™®]/g, "");
    // The guide's letters, the value's closing punctuation ("StormShell." at a sentence's end is "StormShell").
    if (stripEnd(trimmed) === target) return trimmed.replace(/\s+/g, " ").replace(/[.!;:,]+$/, "") + (value.trim().match(/[.!]+$/)?.[0] ?? "");
  }
  return value.trim();
}

/** The line (or sentence) of a passage that holds the normalised needle, as the quote a source shows. */
function lineContaining(text: string, needle: string): string {
  const lines = text.split("\n");
  const line = lines.find((l) => normaliseForMatch(l).includes(needle)) ?? text;
  return line.replace(/^\s*[-*>|]\s*/, "").replace(/\s*\|\s*$/, "").trim().slice(0, 300);
}
