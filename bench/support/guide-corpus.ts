/**
 * The brand-guide evaluation corpus (test/fixtures/guides): each guide file
 * with its answer key, and scoring of a reading against the key per field.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { normaliseForMatch } from "@/domain/brand-guide/guide-blocks";

/** The corpus the reader was developed against, and a held-out one written by another hand and never tuned on. */
export const CORPORA = {
  corpus: path.resolve(import.meta.dirname, "../../test/fixtures/guides"),
  heldout: path.resolve(import.meta.dirname, "../../test/fixtures/guides-heldout"),
  final: path.resolve(import.meta.dirname, "../../test/fixtures/guides-final"),
  unseen: path.resolve(import.meta.dirname, "../../test/fixtures/guides-unseen"),
  fresh: path.resolve(import.meta.dirname, "../../test/fixtures/guides-fresh"),
  last: path.resolve(import.meta.dirname, "../../test/fixtures/guides-last"),
  seventh: path.resolve(import.meta.dirname, "../../test/fixtures/guides-seventh"),
} as const;

export interface GuideKey {
  file: string;
  industry: string;
  format: string;
  pages: number | null;
  bannedTerms: { term: string; replacement: string | null }[];
  productNames: string[];
  disclaimers: string[];
  signOff: string | null;
  style: { maxExclamations: number | null; allowEmoji: boolean | null; noAllCaps: boolean | null; noExclamationInSubject: boolean | null };
  notBanned: string[];
}

export interface CorpusGuide {
  key: GuideKey;
  data: Uint8Array;
}

export function loadCorpus(dir: string = CORPORA.corpus): CorpusGuide[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".key.json"))
    .sort()
    .map((f) => {
      const key = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as GuideKey;
      return { key, data: new Uint8Array(readFileSync(path.join(dir, key.file))) };
    });
}

/** What a reader found, in the key's terms. */
export interface Reading {
  bannedTerms: { term: string; replacement: string | null }[];
  productNames: string[];
  disclaimers: string[];
  signOff: string | null;
  style: GuideKey["style"];
}

export const FIELDS = ["banned_terms", "replacements", "product_names", "disclaimers", "sign_off", "style_rules"] as const;
export type Field = (typeof FIELDS)[number];
export interface Tally {
  truePositives: number;
  predicted: number;
  expected: number;
}

const n = (text: string) => normaliseForMatch(text).replace(/[.!]+$/, "");

/** Per field: items found that the key has, items found, items the key has. Product names must match in exact casing. */
export function scoreReading(key: GuideKey, reading: Reading): Record<Field, Tally> {
  const set = (items: readonly string[], f: (s: string) => string) => new Set(items.map(f));
  const tally = (expected: Set<string>, predicted: Set<string>): Tally => ({ truePositives: [...predicted].filter((p) => expected.has(p)).length, predicted: predicted.size, expected: expected.size });
  const keyBanned = new Map(key.bannedTerms.map((b) => [n(b.term), b.replacement ? n(b.replacement) : null]));
  const foundBanned = new Map(reading.bannedTerms.map((b) => [n(b.term), b.replacement ? n(b.replacement) : null]));
  const replacementsExpected = [...keyBanned].filter(([, r]) => r !== null);
  const replacementsPredicted = [...foundBanned].filter(([t, r]) => r !== null && keyBanned.has(t));
  const exactName = (s: string) => s.replace(/[™®]/g, "").replace(/\s+/g, " ").trim();
  const styleExpected = Object.entries(key.style).filter(([, v]) => v !== null);
  const stylePredicted = Object.entries(reading.style).filter(([, v]) => v !== null && v !== undefined);
  return {
    banned_terms: tally(set([...keyBanned.keys()], (s) => s), set([...foundBanned.keys()], (s) => s)),
    replacements: {
      truePositives: replacementsPredicted.filter(([t, r]) => keyBanned.get(t) === r).length,
      predicted: replacementsPredicted.length,
      expected: replacementsExpected.length,
    },
    product_names: tally(set(key.productNames, exactName), set(reading.productNames, exactName)),
    disclaimers: tally(set(key.disclaimers, n), set(reading.disclaimers, n)),
    sign_off: tally(set(key.signOff ? [key.signOff] : [], n), set(reading.signOff ? [reading.signOff] : [], n)),
    style_rules: {
      truePositives: stylePredicted.filter(([k, v]) => key.style[k as keyof GuideKey["style"]] === v).length,
      predicted: stylePredicted.length,
      expected: styleExpected.length,
    },
  };
}

/** The items a reading got wrong or missed, to print under a guide's line. */
export function differences(key: GuideKey, reading: Reading): string[] {
  const out: string[] = [];
  const keyBanned = new Set(key.bannedTerms.map((b) => n(b.term)));
  const found = new Set(reading.bannedTerms.map((b) => n(b.term)));
  for (const b of key.bannedTerms) if (!found.has(n(b.term))) out.push(`missed banned "${b.term}"`);
  for (const b of reading.bannedTerms) if (!keyBanned.has(n(b.term))) out.push(`extra banned "${b.term}"`);
  for (const b of reading.bannedTerms) {
    const k = key.bannedTerms.find((x) => n(x.term) === n(b.term));
    if (k && (k.replacement ? n(k.replacement) : null) !== (b.replacement ? n(b.replacement) : null)) out.push(`replacement for "${b.term}": "${b.replacement}" (key "${k.replacement}")`);
  }
  for (const p of key.productNames) if (!reading.productNames.some((r) => r.replace(/[™®]/g, "").trim() === p)) out.push(`missed product "${p}"`);
  for (const p of reading.productNames) if (!key.productNames.includes(p.replace(/[™®]/g, "").trim())) out.push(`extra product "${p}"`);
  for (const d of key.disclaimers) if (!reading.disclaimers.some((r) => n(r) === n(d))) out.push(`missed disclaimer "${d.slice(0, 60)}…"`);
  for (const d of reading.disclaimers) if (!key.disclaimers.some((k) => n(k) === n(d))) out.push(`extra disclaimer "${d.slice(0, 80)}…"`);
  if ((key.signOff ? n(key.signOff) : null) !== (reading.signOff ? n(reading.signOff) : null)) out.push(`sign-off "${reading.signOff}" (key "${key.signOff}")`);
  for (const [rule, value] of Object.entries(key.style)) {
    const got = reading.style[rule as keyof GuideKey["style"]] ?? null;
    if (got !== value) out.push(`${rule}: ${String(got)} (key ${String(value)})`);
  }
  return out;
}
