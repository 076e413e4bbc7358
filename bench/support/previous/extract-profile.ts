/**
 * Brand-profile extraction without a large model: reads the guide's
 * structure — headings such as "Words we avoid" or "Our voice", lists under
 * them, do/don't lines, "always…"/"never…" sentences, quoted disclaimers —
 * and fills the same extraction schema the model fills, each item citing
 * the passage it came from.
 */
// The reader before the layout-aware one, kept as the same-run baseline of bench:extract.
import type { ProfileExtraction as Current } from "@/domain/brand-profile";

type ProfileExtraction = Omit<Current, "formatting" | "styleSources"> & { formatting: { maxExclamations: number | null; allowEmoji: boolean | null; signOff: string | null } };

export interface GuidePassage {
  section: string;
  text: string;
}

type Source = { passage: number; quote: string };

const HEADINGS = {
  banned: /\b(words?|terms?|phrases?)\b.*\b(avoid|never|don'?t|do not|banned|forbidden|off-limits)\b|\b(avoid|banned|forbidden)\b.*\b(words?|terms?|phrases?)\b/i,
  voice: /\b(voice|tone|personality|how we (sound|write|speak))\b/i,
  dos: /\bdo'?s\b|\bdo and don'?t\b|\bdos and don'?ts\b/i,
  disclaimers: /\b(disclaimers?|legal|required (text|wording|lines?)|small print)\b/i,
  audience: /\b(audience|who we (write|talk|speak) (to|for)|our (readers|customers))\b/i,
  products: /\b(product names?|naming|spelling|how to write our products?)\b/i,
  preferred: /\b(words? we (love|use|prefer)|preferred (words?|terms?)|our vocabulary)\b/i,
};

export function extractProfile(passages: readonly GuidePassage[]): ProfileExtraction {
  const out: ProfileExtraction = {
    voiceTraits: [],
    audience: "",
    toneDos: [],
    toneDonts: [],
    preferredTerms: [],
    bannedTerms: [],
    requiredDisclaimers: [],
    productSpellings: [],
    formatting: { maxExclamations: null, allowEmoji: null, signOff: null },
  };
  const seen = new Set<string>();
  const once = (kind: string, value: string) => {
    const key = `${kind}:${value.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };

  passages.forEach((p, index) => {
    const src = (quote: string): Source => ({ passage: index, quote: quote.trim().slice(0, 300) });
    const lines = p.text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
    const items = lines.flatMap(listItems);
    const section = p.section;

    if (HEADINGS.banned.test(section)) {
      for (const item of items) for (const banned of bannedFrom(item)) if (once("banned", banned.term)) out.bannedTerms.push({ ...banned, source: src(item) });
    }
    if (HEADINGS.preferred.test(section)) {
      for (const item of items) for (const term of termsIn(item)) if (once("preferred", term)) out.preferredTerms.push({ term, source: src(item) });
    }
    if (HEADINGS.voice.test(section)) {
      for (const item of items) {
        const trait = item.replace(/[.!]$/, "");
        if (trait.split(/\s+/).length <= 4 && !/^(do|don'?t|never|always)\b/i.test(trait)) {
          if (once("trait", trait)) out.voiceTraits.push({ trait: trait.slice(0, 80), source: src(item) });
        } else if (/^(never|don'?t|do not|avoid)\b/i.test(trait)) {
          if (once("dont", trait)) out.toneDonts.push({ text: trait.slice(0, 300), source: src(item) });
        } else if (once("do", trait)) out.toneDos.push({ text: trait.slice(0, 300), source: src(item) });
      }
    }
    if (HEADINGS.disclaimers.test(section)) {
      for (const item of items) {
        const quoted = item.match(/[“"]([^”"]{8,500})[”"]/)?.[1];
        const text = (quoted ?? item).trim();
        if (text.length >= 8 && once("disclaimer", text)) out.requiredDisclaimers.push({ text: text.slice(0, 500), source: src(item) });
      }
    }
    if (HEADINGS.audience.test(section) && !out.audience) out.audience = p.text.replace(/\s+/g, " ").trim().slice(0, 500);
    if (HEADINGS.products.test(section)) {
      for (const item of items) for (const name of productNames(item)) if (once("product", name)) out.productSpellings.push({ name, source: src(item) });
    }

    // Rules anywhere in the guide.
    for (const sentence of p.text.replace(/\n+/g, " ").split(/(?<=[.!?])\s+/)) {
      const s = sentence.trim();
      if (!s) continue;
      const dosLine = s.match(/^(do|✓|✅)\s*[:\-–]\s*(.+)$/i);
      const dontLine = s.match(/^(don'?t|do not|✗|❌)\s*[:\-–]\s*(.+)$/i);
      if (dosLine && once("do", dosLine[2]!)) out.toneDos.push({ text: dosLine[2]!.slice(0, 300), source: src(s) });
      else if (dontLine && once("dont", dontLine[2]!)) out.toneDonts.push({ text: dontLine[2]!.slice(0, 300), source: src(s) });
      else if (/^always\b/i.test(s) && !HEADINGS.banned.test(section) && once("do", s)) out.toneDos.push({ text: s.slice(0, 300), source: src(s) });
      else if (/^never\b/i.test(s) && !HEADINGS.banned.test(section)) {
        const banned = bannedFrom(s);
        if (banned.length) {
          for (const b of banned) if (once("banned", b.term)) out.bannedTerms.push({ ...b, source: src(s) });
        } else if (once("dont", s)) out.toneDonts.push({ text: s.slice(0, 300), source: src(s) });
      }
      const mustInclude = s.match(/\b(?:must|always) (?:include|end with|carry)\b[^“"]*[“"]([^”"]{8,500})[”"]/i);
      if (mustInclude && once("disclaimer", mustInclude[1]!)) out.requiredDisclaimers.push({ text: mustInclude[1]!, source: src(s) });
      const signOff = s.match(/\bsign[- ]?off\b[^“"]*[“"]([^”"]{2,120})[”"]/i);
      if (signOff && !out.formatting.signOff) out.formatting.signOff = signOff[1]!;
      if (/\bno exclamation marks?\b|\bnever use exclamation/i.test(s)) out.formatting.maxExclamations = 0;
      const most = s.match(/\b(?:at most|no more than|maximum of)\s+(one|two|three|\d)\s+exclamation/i);
      if (most) out.formatting.maxExclamations = { one: 1, two: 2, three: 3 }[most[1]!.toLowerCase() as "one"] ?? Number(most[1]);
      if (/\b(no|never use|avoid) emojis?\b/i.test(s)) out.formatting.allowEmoji = false;
      else if (/\bemojis? (are|is) (fine|welcome|ok)/i.test(s)) out.formatting.allowEmoji = true;
    }
  });
  return {
    ...out,
    voiceTraits: out.voiceTraits.slice(0, 12),
    toneDos: out.toneDos.slice(0, 20),
    toneDonts: out.toneDonts.slice(0, 20),
    preferredTerms: out.preferredTerms.slice(0, 40),
    bannedTerms: out.bannedTerms.slice(0, 60),
    requiredDisclaimers: out.requiredDisclaimers.slice(0, 10),
    productSpellings: out.productSpellings.slice(0, 40),
  };
}

/** "- cheap (say affordable)", "cheap → affordable", "Never call our coffee “cheap”; say “affordable”." */
function bannedFrom(text: string): { term: string; replacement: string | null }[] {
  const quoted = [...text.matchAll(/[“"']([^”"']{2,60})[”"']/g)].map((m) => m[1]!.trim());
  const replacementMatch = text.match(/(?:say|use|write|prefer)\s+[“"']?([^”"'.;,)]{2,60})[”"']?(?:\s+instead)?/i) ?? text.match(/(?:→|->|=>)\s*[“"']?([^”"'.;,)]{2,60})/);
  const replacement = replacementMatch?.[1]?.trim() ?? null;
  if (quoted.length) {
    const terms = quoted.filter((q) => q !== replacement);
    return terms.map((term) => ({ term: term.toLowerCase(), replacement }));
  }
  const head = text.split(/\s*(?:\(|→|->|=>|;|:|—|–|\s-\s)/)[0]!.replace(/^(never (say|use|write|call)( our \w+)?|avoid|don'?t (say|use|write))\s+/i, "").replace(/[.!]$/, "").trim();
  if (!head || head.split(/\s+/).length > 3) return [];
  return [{ term: head.toLowerCase(), replacement }];
}

function termsIn(text: string): string[] {
  const quoted = [...text.matchAll(/[“"']([^”"']{2,60})[”"']/g)].map((m) => m[1]!.trim());
  if (quoted.length) return quoted;
  return text
    .split(/,|;|\band\b/)
    .map((t) => t.replace(/[.!]$/, "").trim())
    .filter((t) => t && t.split(/\s+/).length <= 3);
}

/** Product names as the guide writes them: capitalised words, possibly with digits (PowerBrew X2). */
function productNames(text: string): string[] {
  const quoted = [...text.matchAll(/[“"]([^”"]{2,80})[”"]/g)].map((m) => m[1]!.trim());
  if (quoted.length) return quoted;
  return [...text.matchAll(/\b([A-Z][\w-]*[A-Z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*)*)\b/g)].map((m) => m[1]!.trim()).filter((n) => n.length >= 3);
}

function listItems(line: string): string[] {
  const bullet = line.match(/^(?:[-*•·]|\d+[.)])\s+(.+)$/);
  if (bullet) return [bullet[1]!.trim()];
  // A line of comma-separated short terms under a heading is a list too.
  if (line.includes(",") && line.split(",").every((part) => part.trim().split(/\s+/).length <= 4) && !/[.!?]$/.test(line.trim())) return line.split(",").map((p) => p.trim()).filter(Boolean);
  return [line];
}
