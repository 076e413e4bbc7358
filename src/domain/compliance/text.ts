/** Text helpers for the rules: word-bounded, inflection-aware matching and reading level. */

const LETTER = "\\p{L}\\p{N}";

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A pattern for a term that matches it as whole words, also in its common
 * inflections (plural, past, -ing, comparative/superlative): "guarantee"
 * finds "guaranteed", "cheap" finds "cheapest", "free" does not find
 * "carefree" or "freedom". Multi-word terms allow any whitespace between words.
 */
export function termPattern(term: string, inflect = true): RegExp {
  const words = term.trim().split(/\s+/).map(escapeRegex);
  const last = words.pop() ?? "";
  const stem = inflect && /[a-z]$/i.test(last) ? inflectedStem(last) : last;
  const body = [...words, stem].join("\\s+");
  return new RegExp(`(?<![${LETTER}])${body}(?![${LETTER}])`, "giu");
}

function inflectedStem(word: string): string {
  // "guarantee" → guarantee(s|d|ing)?, "cheap" → cheap(s|er|est|ed|ing)?, "try" → tr(y|ies|ied|ying)
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}(?:y|ies|ied|ier|iest|ying)`;
  if (/e$/i.test(word)) return `${word.slice(0, -1)}(?:e|es|ed|er|est|ing)`;
  return `${word}(?:s|es|ed|er|est|ing)?`;
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

export function findAll(pattern: RegExp, text: string): Match[] {
  const matches: Match[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    matches.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return matches;
}

export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "").replace(/^y/, "").match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** Flesch–Kincaid grade level; null for text too short to judge (under 20 words). */
export function readingGrade(text: string): number | null {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 20) return null;
  const sentences = Math.max(1, (text.match(/[.!?]+(?:\s|$)/g) ?? []).length);
  const syllables = words.reduce((n, w) => n + countSyllables(w), 0);
  return Math.round((0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59) * 10) / 10;
}

/**
 * Any case, spacing or hyphenation variant of a product name ("stormShell",
 * "Storm Shell", "storm-shell" for "StormShell"). A name that is one
 * ordinary capitalised word ("Anchor") is also an everyday word, so its
 * all-lower-case form is left alone.
 */
export function productVariantPattern(canonical: string): RegExp {
  const letters = canonical
    .replace(/[™®]/g, "")
    .split("")
    .filter((c) => !/[\s-]/.test(c))
    .map(escapeRegex);
  return new RegExp(`(?<![${LETTER}])${letters.join("[\\s-]?")}(?![${LETTER}])`, "giu");
}

export function isProductVariant(found: string, canonical: string): boolean {
  const name = canonical.replace(/[™®]/g, "").trim();
  if (found === name) return false;
  const ordinaryWord = /^\p{Lu}\p{Ll}+$/u.test(name);
  return !(ordinaryWord && found === found.toLowerCase());
}

/** Rewrites every variant of each product name to its exact form. */
export function canonicaliseProductNames(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const exact = name.replace(/[™®]/g, "").trim();
    out = out.replace(productVariantPattern(exact), (m) => (isProductVariant(m, exact) ? exact : m));
  }
  return out;
}
