/**
 * What the guide reader's parts share: the kind of section a heading names,
 * where findings go, and what an example line looks like.
 */
import { normaliseForMatch } from "./guide-blocks";
import type { StyleRule } from "./read-style";
import { SECTION_VOCABULARY, type SectionKind } from "./vocabulary";

export function kindOfHeading(heading: string): SectionKind | null {
  const h = normaliseForMatch(heading).replace(/[:.]$/, "");
  // "Terms to explain, not avoid" is about words to use well, not words to avoid.
  if (/\bnot (to )?(avoid|banned|ban)\b|\bto explain\b|\bexplain(ed)?\b/.test(h)) return null;
  for (const { kind, patterns } of SECTION_VOCABULARY) if (patterns.some((p) => p.test(h))) return kind;
  return null;
}

/** The deepest heading of the path that names a kind wins ("Voice › Words we avoid" is banned). */
export function kindOfSection(section: string): SectionKind | null {
  const parts = section.split(" › ").reverse();
  for (const [depth, part] of parts.entries()) {
    // A document's title ("Forkcast Voice & Copy Guide") names the whole guide, not the kind of a section under it.
    if (depth > 0 && /\b(guide|guidelines|handbook|standards|style ?sheet|brand ?book|manual|toolkit|playbook|notes|how we write|writing for|copy guide)\b/i.test(part)) continue;
    const kind = kindOfHeading(part);
    if (kind) return kind;
  }
  return null;
}

/** Where the readers put what they find, each with the line it came from. */
export type Add = {
  style(rule: StyleRule, quote: string): void;
  banned(term: string, replacement: string | null, quote: string): void;
  preferred(term: string, quote: string): unknown;
  product(name: string, quote: string): unknown;
  disclaimer(text: string, quote: string): void;
  trait(trait: string, quote: string): unknown;
  toneDo(text: string, quote: string): unknown;
  toneDont(text: string, quote: string): unknown;
};

export type Source = { passage: number; quote: string };

/** A line that shows an example ("Bad: …", "✓ …") rather than stating a rule. */
export const EXAMPLE = /^(bad|good|wrong|right|incorrect|correct|before|after|example|e\.g\.|for example|instead of this|not this|like this|try this|original|rewrite|✗|✘|❌|✓|✔|✅)\b\s*(example)?\s*[:—–-]/i;
