/**
 * The quality rubric: would a marketer send this copy? Pure checks, each
 * finding explained like a compliance finding — internal names leaking
 * into the copy, repeated sentences, what of the brief the copy covers,
 * numbers nobody gave, the voice against the brand profile, the subject
 * line, slot-filling grammar and, across a brief's variants, diversity.
 *
 * Score (0–100): 100 minus 15 per error, 5 per warning, 1 per note, at most
 * 3 findings counted per rule. A draft is sendable when neither its
 * compliance report nor its quality report has an error.
 */
import type { CopyField, Finding, Severity } from "@/domain/compliance/types";
import { normaliseForMatch } from "@/domain/brand-guide/guide-blocks";
import { findAll } from "@/domain/compliance/text";

export interface QualityCopy {
  subject: string;
  preheader: string;
  /** The body a reader meets: headings, paragraphs, lists and product blurbs, in order (no footer or legal lines). */
  body: string;
  cta: string;
}

export interface QualityContext {
  brief: {
    name: string;
    audience: string;
    offer: string;
    keyMessage: string;
    ctaText: string;
    products: readonly { name: string; price?: string; facts?: string }[];
  };
  workspace: { name: string; slug: string };
  segmentName?: string | null;
  /** Text the copy may take numbers from beyond the brief: catalog facts, required disclaimers, the brand kit footer. */
  allowedFacts?: readonly string[];
  voice?: { traits: readonly string[]; preferredTerms: readonly string[]; avoidTones: readonly string[] };
  /** The other variants of the same brief: their subjects and body text. */
  siblings?: readonly { subject: string; body: string }[];
}

export interface QualityReport {
  score: number;
  findings: Finding[];
  counts: Record<Severity, number>;
  /** Share of the brief's asks (offer, key message, call to action, each product) the copy carries. */
  coverage: number;
  /** Distinct word pairs of this copy not in its siblings, over all its word pairs (1 when it has none). */
  distinct2: number;
}

const PENALTY: Record<Severity, number> = { error: 15, warning: 5, info: 1 };
const STOP = new Set("a an the and or but of to in on for with at by from is are be our your you we it this that as our it's its".split(" "));

export function sentencesIn(text: string): string[] {
  return (text.match(/[^.!?\n]+[.!?]*/g) ?? []).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 3);
}

function words(text: string): string[] {
  return normaliseForMatch(text).match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
}

function contentWords(text: string): string[] {
  return words(text).filter((w) => w.length > 2 && !STOP.has(w));
}

function bigrams(text: string): string[] {
  const w = words(text);
  return w.slice(1).map((x, i) => `${w[i]} ${x}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function phrasePattern(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${phrase.trim().split(/\s+/).map(escape).join("[\\s-]+")}(?![\\p{L}\\p{N}])`, "giu");
}

/**
 * What "says it again" means, shared by the rubric and the builtin writer
 * (which leaves out what it would be flagged for): the same words, most of
 * the same word pairs (a heading "We'd love to see you" and a closing "We'd
 * love to see you there."), or the same content words in another order.
 * `repeats` remembers every sentence it did not find a twin for.
 */
export function repeatTracker(): { repeats(sentence: string): boolean } {
  const seen: { text: string; grams: Set<string>; stems: Set<string> }[] = [];
  return {
    repeats(sentence) {
      const text = normaliseForMatch(sentence);
      const grams = new Set(bigrams(sentence));
      const stems = new Set(contentWords(sentence).map((w) => w.replace(/(s|es|ed|ing)$/, "")));
      const twin = seen.some((s) => s.text === text || jaccard(s.grams, grams) >= 0.7 || (stems.size >= 3 && jaccard(s.stems, stems) >= 0.85));
      if (!twin) seen.push({ text, grams, stems });
      return twin;
    },
  };
}

export function checkQuality(copy: QualityCopy, context: QualityContext): QualityReport {
  const findings: Finding[] = [];
  const fields: [CopyField, string][] = [
    ["subject", copy.subject],
    ["preheader", copy.preheader],
    ["body", `${copy.body}\n${copy.cta}`],
  ];
  const everything = fields.map(([, t]) => t).join("\n");
  const { brief } = context;
  const customerFacing = normaliseForMatch([brief.offer, brief.keyMessage, brief.ctaText, ...brief.products.map((p) => `${p.name} ${p.facts ?? ""}`)].join(" "));

  // Internal names: the campaign's name, the workspace's slug, a segment's name, the audience description copied word for word.
  const leak = (text: string, what: string, severity: Severity = "error") => {
    if (!text.trim() || text.trim().length < 4) return;
    for (const [field, value] of fields) {
      for (const m of findAll(phrasePattern(text), value)) {
        findings.push({ rule: "internal-leak", severity, message: `${what} "${m.text}" is an internal name; readers should never see it.`, span: { field, ...m } });
      }
    }
  };
  if (!customerFacing.includes(normaliseForMatch(brief.name))) leak(brief.name, "The campaign name");
  if (context.workspace.slug.includes("-") || /\d/.test(context.workspace.slug)) leak(context.workspace.slug, "The workspace address");
  if (looksInternalName(context.workspace.name)) leak(context.workspace.name, "The workspace name");
  if (context.segmentName) leak(context.segmentName, "The segment name");
  const audienceWords = words(brief.audience);
  if (audienceWords.length >= 3 && !customerFacing.includes(normaliseForMatch(brief.audience))) leak(brief.audience.replace(/[.!]+$/, ""), "The audience description", "error");

  // Repeated or near-duplicate sentences.
  const said = repeatTracker();
  for (const sentence of sentencesIn(copy.body)) {
    if (said.repeats(sentence)) {
      const at = copy.body.indexOf(sentence);
      findings.push({ rule: "repeated-sentence", severity: "error", message: "This sentence repeats an earlier one; say it once.", span: { field: "body", start: at, end: at + sentence.length, text: sentence } });
    }
  }

  // Brief coverage: the offer, the key message, the call to action, each product.
  const asks: { what: string; met: boolean }[] = [];
  const mentions = (text: string, share: number) => {
    const want = [...new Set(contentWords(text))];
    if (!want.length) return true;
    const have = new Set(contentWords(everything));
    return want.filter((w) => have.has(w)).length / want.length >= share;
  };
  if (brief.offer.trim()) asks.push({ what: `the offer ("${brief.offer}")`, met: mentions(brief.offer, 0.6) });
  if (brief.keyMessage.trim()) asks.push({ what: "the key message", met: mentions(sentencesIn(brief.keyMessage)[0] ?? brief.keyMessage, 0.4) });
  asks.push({ what: "the call to action", met: !!copy.cta.trim() });
  for (const p of brief.products) asks.push({ what: `the product "${p.name}"`, met: phrasePattern(p.name).test(everything) || mentions(p.name, 1) });
  for (const ask of asks.filter((a) => !a.met)) findings.push({ rule: "brief-coverage", severity: "warning", message: `The copy never gets to ${ask.what}.`, span: null });
  const coverage = asks.length ? asks.filter((a) => a.met).length / asks.length : 1;

  // Invented numbers: a price, percentage, number or date that nobody gave.
  const sources = normaliseForMatch([brief.offer, brief.keyMessage, brief.name, brief.ctaText, ...brief.products.map((p) => `${p.name} ${p.price ?? ""} ${p.facts ?? ""}`), ...(context.allowedFacts ?? [])].join(" "));
  for (const [field, value] of fields) {
    for (const m of findAll(/(?:[£$€]\s?)?\d[\d,.]*(?:\s?%|\s?(?:percent|days?|hours?|weeks?|months?|years?))?/giu, value)) {
      const digits = m.text.replace(/[^\d.]/g, "").replace(/\.$/, "");
      if (!digits || sources.includes(digits)) continue;
      findings.push({ rule: "invented-number", severity: "error", message: `"${m.text.trim()}" is not in the brief or the catalog: only use numbers you were given.`, span: { field, ...m } });
    }
  }

  // Voice: tones the brand avoids; a playful register for a plain or formal voice.
  const voice = context.voice;
  if (voice) {
    for (const tone of voice.avoidTones) {
      for (const [field, value] of fields) for (const m of findAll(phrasePattern(tone), value)) findings.push({ rule: "voice-fit", severity: "warning", message: `The brand avoids "${m.text}".`, span: { field, ...m } });
    }
    const serious = voice.traits.some((t) => /\b(formal|plain|calm|serious|measured|reassuring|precise|professional|clear|trustworthy|clinical)\b/i.test(t));
    if (serious) {
      for (const [field, value] of fields) {
        for (const m of findAll(/\b(treat yourself|yay|woo+|awesome|omg|you deserve it|go on|cheeky|guilty pleasure|a little something)\b/giu, value)) {
          findings.push({ rule: "voice-fit", severity: "warning", message: `"${m.text}" is too playful for a ${voice.traits.slice(0, 2).join(", ")} voice.`, span: { field, ...m } });
        }
      }
    }
  }

  // Subject line: length, saying what the email is about, different from its siblings.
  const subject = copy.subject.trim();
  if (subject.length < 15) findings.push({ rule: "subject-quality", severity: "warning", message: "The subject is too short to say what the email is about.", span: null });
  const specifics = [brief.offer, ...brief.products.map((p) => p.name), sentencesIn(brief.keyMessage)[0] ?? brief.keyMessage].flatMap(contentWords);
  if (subject && !contentWords(subject).some((w) => specifics.includes(w))) {
    findings.push({ rule: "subject-quality", severity: "warning", message: "The subject could open any email: name the product, the offer or the news.", span: { field: "subject", start: 0, end: copy.subject.length, text: copy.subject } });
  }
  if (context.siblings?.some((s) => normaliseForMatch(s.subject) === normaliseForMatch(subject))) {
    findings.push({ rule: "subject-quality", severity: "error", message: "Another variant has the same subject line.", span: { field: "subject", start: 0, end: copy.subject.length, text: copy.subject } });
  }

  // Slot-filling grammar: doubled words, dangling phrases, a name where a noun phrase belongs.
  for (const [field, value] of fields) {
    // Within a line: a heading after a paragraph ending in the same word is not a doubled word.
    for (const m of findAll(/\b(\p{L}+)[ \t]+\1\b/giu, value)) if (!/^(that|had|is)$/i.test(m.text.split(/\s+/)[0]!)) findings.push({ rule: "grammar", severity: "error", message: `"${m.text}": a word is doubled.`, span: { field, ...m } });
    for (const m of findAll(/\b(?:with|in|for)\s+mind[.!]|\bwith you in mind\s+in mind\b|\b(?:a|an|the)\s+(?:a|an|the)\b|\s[,.]\s|\{\{?\s*\w+\s*\}?\}(?!.*unsubscribe)/giu, value)) {
      findings.push({ rule: "grammar", severity: "error", message: `"${m.text.trim()}" reads like a template slot.`, span: { field, ...m } });
    }
    for (const p of brief.products) {
      for (const m of findAll(new RegExp(`\\b(?:an?|this|these)\\s+${escape(p.name)}s\\b`, "giu"), value)) findings.push({ rule: "grammar", severity: "warning", message: `"${m.text}": a product name used as a plural noun.`, span: { field, ...m } });
    }
  }

  // Diversity against the other variants of the brief.
  const mine = new Set(bigrams(`${copy.subject} ${copy.body}`));
  const theirs = new Set((context.siblings ?? []).flatMap((s) => bigrams(`${s.subject} ${s.body}`)));
  const distinct2 = mine.size ? [...mine].filter((g) => !theirs.has(g)).length / mine.size : 1;
  if (context.siblings?.length && distinct2 < 0.6) findings.push({ rule: "variant-diversity", severity: "warning", message: `Only ${Math.round(distinct2 * 100)} % of this variant's wording differs from the others: give it its own angle.`, span: null });

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { score: score(findings), findings, counts, coverage: round(coverage), distinct2: round(distinct2) };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

function score(findings: readonly Finding[]): number {
  const perRule = new Map<string, number>();
  let penalty = 0;
  for (const f of findings) {
    const n = perRule.get(f.rule) ?? 0;
    perRule.set(f.rule, n + 1);
    if (n < 3) penalty += PENALTY[f.severity];
  }
  return Math.max(0, 100 - penalty);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * A workspace name no reader should see ("northwind builtin 5137", "Acme test",
 * "Workspace ws-8f5b3ab0", with its address in it): the writers leave such a
 * name out, the rubric flags it.
 */
export function looksInternalName(name: string): boolean {
  // A lowercase, hyphenated token with digits in it, alone or inside the name ("Workspace ws-eb62ff04").
  const address = /(?:^|\s)([a-z0-9]+(?:-[a-z0-9]+)+)(?=\s|$)/.exec(name)?.[1];
  const addressLike = address !== undefined && /\d/.test(address);
  return name !== name.trim() || addressLike || /\d{3,}|\bbuiltin\b|\btest\b|\bdemo\b/i.test(name);
}
