/** Block rewrites without a large model: shorter, longer (from the brief's own words), more formal, more playful. */
import type { Brief } from "@/domain/campaign/brief";
import { sentences } from "./language-model";
import { CONTRACTIONS, clean, clip, type BuiltinRules } from "./write-email";

export type RewriteStyle = "shorter" | "longer" | "more_formal" | "more_playful";

const FORMAL: [RegExp, string][] = [
  ...CONTRACTIONS,
  [/\bget\b/gi, "receive"],
  [/\bhelp\b/gi, "assist"],
  [/\bbuy\b/gi, "purchase"],
  [/\bgreat\b/gi, "excellent"],
  [/\bhi\b/gi, "Hello"],
  [/\bthanks\b/gi, "thank you"],
  [/!/g, "."],
];

const PLAYFUL: [RegExp, string][] = [
  [/\bwe are\b/gi, "we're"],
  [/\byou are\b/gi, "you're"],
  [/\bit is\b/gi, "it's"],
  [/\bdo not\b/gi, "don't"],
  [/\bcannot\b/gi, "can't"],
  [/\bpurchase\b/gi, "grab"],
  [/\bexcellent\b/gi, "lovely"],
  [/\bhello\b/gi, "Hey"],
];

const PLAYFUL_OPENERS = ["Good news:", "Here's the fun part:", "Spoiler:", "Quick one:"];

export function rewriteText(text: string, style: RewriteStyle, context: { brief: Brief | null; rules: BuiltinRules; seed: number }): string {
  const source = text.trim();
  let out = source;
  switch (style) {
    case "shorter": {
      const parts = sentences(source);
      if (parts.length > 1) out = parts.slice(0, Math.max(1, Math.ceil(parts.length / 2))).join(" ");
      else out = clip(source.replace(/,[^,]*$/, "").replace(/\s*\([^)]*\)/g, ""), Math.max(20, Math.ceil(source.length * 0.6)));
      if (out === source && source.split(/\s+/).length > 6) out = `${source.split(/\s+/).slice(0, Math.ceil(source.split(/\s+/).length * 0.6)).join(" ").replace(/[,;:]$/, "")}.`;
      break;
    }
    case "longer": {
      // More detail only from what the brief already says: its key message and product facts.
      const known = [...sentences(context.brief?.keyMessage ?? ""), ...(context.brief?.products ?? []).flatMap((p) => sentences(p.facts))].filter((s) => !source.includes(s));
      const extra = known[context.seed % Math.max(1, known.length)];
      out = extra ? `${source} ${extra}` : source;
      break;
    }
    case "more_formal":
      // A replacement at the start of a sentence ("Thanks" → "thank you") keeps the sentence's capital.
      out = FORMAL.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), source).replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
      break;
    case "more_playful": {
      out = PLAYFUL.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), source);
      const opener = PLAYFUL_OPENERS[context.seed % PLAYFUL_OPENERS.length]!;
      if (!/^(good news|here's the fun part|spoiler|quick one)/i.test(out)) out = `${opener} ${out.charAt(0).toLowerCase()}${out.slice(1)}`;
      if (context.rules.maxExclamations !== 0 && /\.$/.test(out)) out = `${out.slice(0, -1)}!`;
      break;
    }
  }
  return clean(out, context.rules) || source;
}
