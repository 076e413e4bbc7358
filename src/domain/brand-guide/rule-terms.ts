/**
 * Reading one line, list item or table cell of a guide into the terms it
 * names: banned terms with their replacements, preferred terms, product
 * names. Patterns come from vocabulary.ts.
 */
import { NAME_SEPARATORS, NOT_A_TERM, REPLACEMENT_LINES } from "./vocabulary";

export interface BannedTerm {
  term: string;
  replacement: string | null;
}

export function quotedIn(text: string): string[] {
  return [...text.matchAll(/["“]([^"”]{1,120})["”]|(?<![\p{L}\p{N}])['‘]([^'’]{1,80})['’](?![\p{L}\p{N}])/gu)].map((m) => (m[1] ?? m[2])!.trim()).filter(Boolean);
}

/** "cheap", "cheap/bargain", "“cheap” or “budget”", "cheap, bargain and deal" → the terms, trimmed of quotes and articles. */
export function splitTerms(text: string, maxWords = 4): string[] {
  const quoted = quotedIn(text);
  const parts = quoted.length ? quoted : text.split(/\s*(?:,|;|\/|\bor\b|\band\b|·|•)\s*/);
  return parts.map(cleanTerm).filter((t): t is string => !!t && t.split(/\s+/).length <= maxWords);
}

export function cleanTerm(raw: string): string | null {
  const t = raw
    .replace(/[™®©]/g, "")
    .replace(/^[\s"“”‘’'*_`(]+|[\s"“”‘’'*_`).,;:!?]+$/g, "")
    .replace(/^(the (words?|terms?|phrases?)(?= ["“‘'])|words? like|terms? like|phrases? like|such as|e\.g\.|eg)\s+/i, "")
    .replace(/\s+/g, " ")
    .trim();
  if (t.length < 2 || t.length > 60 || NOT_A_TERM.test(t.toLowerCase()) || !/\p{L}/u.test(t)) return null;
  return t;
}

/** A banned term keeps the guide's capitals only for proper nouns and acronyms; matching ignores case anyway. */
function bannedForm(term: string): string {
  return /^[\p{Lu}\d]{2,}$/u.test(term) || /\p{Ll}\p{Lu}/u.test(term) ? term : term.toLowerCase();
}

/** One line of a list of words to avoid. */
export function bannedFromLine(text: string): BannedTerm[] {
  const whole = text.replace(/\s+/g, " ").replace(/\*\*|__/g, "").trim();
  // A rule line often explains itself after its first sentence: "Prefer ‘recipe box’ over ‘meal kit’. It's what people get."
  const first = whole.match(/^.+?[.!?](?=\s+\p{Lu})/u)?.[0];
  const line = first && REPLACEMENT_LINES.some(({ pattern }) => pattern.test(first.replace(/\.$/, ""))) ? first.replace(/\.$/, "") : whole;
  for (const { pattern, banned, replacement } of REPLACEMENT_LINES) {
    const m = pattern.exec(line);
    if (!m) continue;
    const replacementText = cleanTerm(firstQuotedOr(m[replacement]!));
    const terms = splitTerms(m[banned]!);
    if (terms.length && terms.every((t) => t.split(/\s+/).length <= 4)) return terms.map((t) => ({ term: bannedForm(t), replacement: replacementText }));
  }
  const quoted = quotedIn(line);
  if (quoted.length) {
    const replacement = replacementIn(line);
    return quoted
      .map(cleanTerm)
      .filter((t): t is string => !!t && t !== replacement && t.split(/\s+/).length <= 5)
      .map((t) => ({ term: bannedForm(t), replacement }));
  }
  const head = line
    .replace(/^((we |please )?(never|don['’]?t|do not|won['’]t) (say|use|write|call (it|them|things)?)|avoid|we avoid)\s+/i, "")
    .split(/\s*(?:[—–:(]|\s-\s|\s=\s|;|\.\s)/)[0]!
    // "skinny, about food or people": what follows the comma explains, it is not another term.
    .split(/,\s*(?=(?:about|for|in|on|when|unless|because|even|especially|either|which|as|so|since|if|but|or when)\b)/)[0]!;
  const terms = splitTerms(head);
  const replacement = replacementIn(line);
  return terms.length && terms.length <= 6 ? terms.map((t) => ({ term: bannedForm(t), replacement })) : [];
}

/** The replacement a line offers: quoted, or a few plain words ("say affordable"), not an instruction ("say where it is"). */
function replacementIn(line: string): string | null {
  const quoted = /(?:(?<!\b(?:never|not|don'?t|do not|avoid|won'?t)\s)\b(?:say|use|write|try|prefer)\b|→|->|=>)\s+(?:instead\s+)?["“‘']([^"”’']{2,60})["”’']/i.exec(line);
  if (quoted) return cleanTerm(quoted[1]!);
  const m = /(?:(?<!\b(?:never|not|don'?t|do not|avoid|won'?t)\s)\b(?:say|use|write|try|prefer)\b|→|->|=>)\s+(?:instead\s+)?([^"”’'.;,)]{2,60})/i.exec(line);
  const text = m ? cleanTerm(m[1]!.replace(/\s+instead$/i, "")) : null;
  return text && text.split(/\s+/).length <= 4 && !/^(where|why|what|how|when|who|it|that|this|something|the reason|so|instead)\b/i.test(text) ? text : null;
}

function firstQuotedOr(text: string): string {
  return quotedIn(text)[0] ?? text;
}

/** A name written the way products are: capitals, digits or marks, a few words, not a sentence. */
export function looksLikeName(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 60 || /[,;!?]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.every((w) => /^(of|and|the|for|by|in|on|&|\+|a|an|our|your|this|that|it)$/i.test(w))) return false;
  if (words.length > 5) return false;
  if (!/\p{Lu}|\d/u.test(t)) return false;
  // Every word is capitalised, has an inner capital or digit, or is a joining word.
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || /\p{Ll}\p{Lu}|\d/u.test(w) || /^(of|and|the|for|by|in|on|&|\+|x|de|la|le|du)$/i.test(w) || /^[a-z]{1,3}-?[\p{Lu}]/u.test(w));
}

/** The product name a line of a naming list starts with: "StormShell™ — our rain jacket (not Stormshell)". */
export function productFromLine(text: string): string | null {
  const quoted = quotedIn(text).map(cleanTerm).find((q): q is string => !!q && looksLikeName(q));
  const lead = /^(?:always\s+)?(?:write|spell|call it|use)\s+/i.test(text) ? text.replace(/^(?:always\s+)?(?:write|spell|call it|use)\s+/i, "") : text;
  const head = cleanTerm(lead.split(NAME_SEPARATORS)[0]!.replace(/\s+(as one word|in full)$/i, ""));
  if (head && looksLikeName(head)) return head;
  return quoted ?? null;
}

/**
 * "Write HomeGuard, not Home Guard or Homeguard": a naming rule, whichever
 * section it is in, when what it rules out are spellings of the same name.
 */
export function namingRule(sentence: string): string | null {
  const m = /^(?:always\s+)?(?:write|spell|it'?s|use)\s+["“]?(.{2,40}?)["”]?,?\s+(?:not|never)\s+(.{2,80}?)\.?$/i.exec(sentence.trim());
  if (!m) return null;
  const name = cleanTerm(m[1]!);
  if (!name || !looksLikeName(name)) return null;
  const letters = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const variants = m[2]!.split(/\s*(?:,|\bor\b|\/)\s*/).map((v) => cleanTerm(v) ?? "").filter(Boolean);
  return variants.some((v) => letters(v) === letters(name) || letters(v).startsWith(letters(name).slice(0, 4))) ? name : null;
}

/** Names marked ™ or ® anywhere: "the StormShell™ jacket", "Cobalt Saver®". */
export function trademarkedNames(text: string): string[] {
  // "Parlo® is a registered trade mark of Parlo Learning GmbH": the company's own mark, not a product.
  const owner = /\btrade ?marks? of ([\p{Lu}][\p{L}&'’ -]{2,60})/u.exec(text)?.[1] ?? "";
  // A model number after the mark belongs to the name: "TrailPeak™ 2".
  return [...text.matchAll(/((?:[\p{Lu}\d][\p{L}\d'’+-]*\s){0,3}[\p{L}\d][\p{L}\d'’+-]*)\s?[™®]((?:\s\d{1,4}[A-Za-z]?|\s[A-Z]{1,2}\d{0,3})(?![\p{L}\d]))?/gu)]
    .map((m) => trimLeadingSentenceWords(`${m[1]!}${m[2] ?? ""}`))
    .filter((n): n is string => !!n && looksLikeName(n) && !(owner && owner.startsWith(`${n} `) && !/\band\b/.test(text.slice(0, text.indexOf(n)))));
}

function trimLeadingSentenceWords(name: string): string | null {
  const words = name.split(/\s+/);
  while (words.length > 1 && /^(The|Our|Your|A|An|With|Meet|Try|New|Use|Introducing|Always|Never|Write|Call)$/.test(words[0]!)) words.shift();
  return cleanTerm(words.join(" "));
}

/**
 * Banned terms in a paragraph of prose: quoted words the sentence rules out
 * ("They are not “kids”", "We gave up “world-class”"), each with the quoted
 * word it offers instead ("the word to use is simply “students”"), which
 * may come in the next sentence. Quoted examples ("such as “…”") are skipped.
 */
export function bannedFromProse(paragraph: string, sentences: readonly string[], strict = false): BannedTerm[] {
  const out: BannedTerm[] = [];
  let waiting: BannedTerm[] = [];
  for (const sentence of sentences) {
    const found: BannedTerm[] = [];
    let replacement: string | null = null;
    // "“Overnight” and “insane” aren't on our list": quoted to say they are fine.
    if (/\b(is|are)(n['’]?t| not) (on|in) (any|our|the|a) (list|table)|\b(is|are)(n['’]?t| not) (a )?(banned|the problem)/i.test(sentence)) continue;
    for (const m of sentence.matchAll(/["“‘]([^"”’]{1,60})["”’]/g)) {
      const term = cleanTerm(m[1]!);
      if (!term || term.split(/\s+/).length > 4) continue;
      const before = sentence.slice(Math.max(0, m.index - 50), m.index).toLowerCase();
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 25).toLowerCase();
      if (/\b(such as|for example|e\.g\.|like)\s*$|\(\s*$/.test(before)) continue;
      if (/^\s*(is|are)(n'?t| not) (on|in) (any|our|the|a) (list|table)|^\s*(is|are) (fine|ok|okay|allowed)\b|^\s*(is|are)(n'?t| not) (a )?(banned|the problem)/.test(after)) continue;
      if (/^\W*(is|are) (fine|ok|okay|allowed)\b/.test(after) && !/\b(never|not|n['’]t)\b[^"“”]{0,20}$/.test(before)) {
        replacement ??= term;
        continue;
      }
      const ruledOut =
        /\b(never|not|n['’]t|no longer|instead of|rather than|avoid|resist|drop|gave up|given up|stop|stopped \w+ing|ban|banned)\b[^"“”.;]{0,30}$/.test(before) ||
        /^\W*(has|have|is|are)\b[^.]{0,80}\b(stopped using|retired|banned|dropped|off[- ]limits|worn (smooth|out|thin)|overused|a cliché|a no-go|out)\b/.test(after);
      const offered = !ruledOut && (/\b(write|say|use|prefer|try|simply|is|are|they['’]re|it['’]s|we['’]re|call (?:them|it|us))(?: an?| the)?\s*$/.test(before) || /^\s*(instead|is (?:better|fine|preferred))\b/.test(after));
      if (strict && !ruledOut && !offered) continue;
      if (offered) replacement ??= term;
      else found.push({ term: bannedForm(term), replacement: null });
    }
    for (const b of found) b.replacement = replacement;
    if (replacement && !found.length) for (const b of waiting) b.replacement ??= replacement;
    out.push(...found);
    waiting = found.length ? found : waiting;
  }
  return out;
}

/**
 * Bans written as plain prose in a section about words to avoid, without
 * quotes: "Artisan is out.", "We never write guilt-free.", "Please avoid
 * indulgent; generous says it better.", "Instead of gluten-free we say made
 * without gluten." Only for sections whose heading says they list bans.
 */
export function bannedFromPlainProse(sentences: readonly string[]): BannedTerm[] {
  const out: BannedTerm[] = [];
  let last: BannedTerm[] = [];
  const term = (raw: string | undefined) => {
    const t = raw ? cleanTerm(raw.replace(/^(the (word|phrase|term)s?|words? like)\s+/i, "")) : null;
    return t && t.split(/\s+/).length <= 4 && !/^(it|this|that|them|they|we|you|anything|something|one)$/i.test(t) && !/^(in|on|at|of|for|with|by|below|above|these|those|the following|following|all|any|every|them|words|terms)\b/i.test(t) ? bannedForm(t) : null;
  };
  for (const sentence of sentences) {
    const found: BannedTerm[] = [];
    const s = sentence.trim();
    const instead = /\binstead of\s+([^.;,]{2,40}?),?\s+(?:we\s+)?(?:say|write|use)\s+([^.;,]{2,40}?)(?=[.;,]|\s+(?:because|since|as)\b|$)/i.exec(s);
    if (instead) {
      const t = term(instead[1]);
      if (t) found.push({ term: t, replacement: cleanTerm(instead[2]!) });
    }
    for (const pattern of [
      /^([^.;,]{2,40}?)\s+(?:is|are)\s+(?:out|banned|off[- ]limits|a no-go|not allowed)\b/i,
      /\b(?:we\s+)?(?:never|don['’]?t|do not)\s+(?:write|say|use)\s+([^.;,]{2,40}?)(?=[.;,]|\s+(?:about|in|on|when|because|either|even)\b|$)/i,
      /\b(?:please\s+)?avoid\s+([^.;,]{2,40}?)(?=[.;,]|$)/i,
      /\bsteer clear of\s+([^.;,]{2,40}?)(?=[.;,]|$)/i,
    ]) {
      const m = pattern.exec(s);
      const t = term(m?.[1]);
      if (t && !found.some((f) => f.term === t)) found.push({ term: t, replacement: null });
    }
    for (const m of s.matchAll(/\bno ([a-z][\w-]*) and no ([a-z][\w-]*)\b/gi)) for (const t of [term(m[1]), term(m[2])]) if (t) found.push({ term: t, replacement: null });
    // "Say handmade instead", "generous says it better": the word offered for this sentence's ban, or the last one's.
    const offered = /\b(?:say|write|use)\s+([^.;,]{2,30}?)\s+instead\b/i.exec(s)?.[1] ?? /(?:^|[;,]\s*)([a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+says it better\b/i.exec(s)?.[1];
    const target = found.length ? found : last;
    if (offered) for (const b of target) if (!b.replacement) b.replacement = cleanTerm(offered);
    out.push(...found);
    if (found.length) last = found;
  }
  return out;
}

/** Names no dictionary word looks like: inner capitals or a model number ("HomeSense", "eZ Pay", "TravelCover 365"). */
export function distinctiveNames(text: string): string[] {
  // Spellings the text rules out ("never Halden-Online or HaldenOnline") are not names to keep.
  const cut = text.search(/\b(never|not|rather than|instead of)\b/i);
  if (cut >= 0) text = text.slice(0, cut);
  return [...text.matchAll(/(?<![\p{L}\d])((?:[\p{Lu}]?[\p{Ll}]+[\p{Lu}][\p{L}]*|[a-z]{1,2}[\p{Lu}][\p{L}]*)(?:\s(?:[\p{Lu}][\p{L}]*(?:-[\p{Lu}][\p{L}]*)?|\d{1,4}))?|[\p{Lu}][\p{Ll}]+\s\d{2,4})(?![\p{L}\d])/gu)]
    .map((m) => m[1]!.replace(/\s(?:[\p{Lu}][\p{L}]*)$/u, (w) => (/^\s(The|A|An|And|Or|In|On|Is|It|We|Our|You)$/.test(w) ? "" : w)))
    .filter((n) => looksLikeName(n) && !/\b(GmbH|LLC|PLC|Plc|Ltd|Inc|AG|SA|NV|BV|LLP)\b/.test(n) && !/^(January|February|March|April|May|June|July|August|September|October|November|December|Page|Section|Chapter|Version|Rev|Edition|Figure|Table)\b/.test(n));
}

/** "We sell three policies: Pawsley Lifetime, which…; Pawsley Time-Limited…; and Pawsley Accident Only." — names listed in a sentence. */
export function listedNames(sentence: string): string[] {
  if (!/[:;]/.test(sentence)) return [];
  return sentence
    .split(/[:;]|,\s+and\s+|\s+and\s+/)
    .slice(1)
    .flatMap((segment) => {
      const m = /^\s*((?:[\p{Lu}][\p{L}'’-]*|\d+)(?:\s+(?:[\p{Lu}][\p{L}'’-]*|\d+|&)){1,3})(?=[\s,.;]|$)/u.exec(segment);
      const name = m ? cleanTerm(m[1]!) : null;
      return name && looksLikeName(name) && !/^(The|Our|We|You|It|This|That|If|When|Always|Never)\b/.test(name) ? [name] : [];
    });
}

/** "HomeSense is our smart thermostat", "The Foundry is our incubator": the name a sentence introduces. */
export function introducedName(sentence: string): string | null {
  const m =
    /^(?:The\s+|Our\s+)?((?:[\p{Lu}\d][\p{L}\d&'’+-]*\s){0,3}[\p{Lu}\d][\p{L}\d&'’+-]*)(?:[™®])?,?\s+(?:is|are)\s+(?:our|the|a|an)\b/u.exec(sentence.trim()) ??
    /^(?:Our|The|Your)\s+[\p{Ll}\s-]{2,40}?\s+(?:is|are)\s+(?:called\s+|named\s+)?((?:[\p{Lu}\d][\p{L}\d&'’+-]*\s){0,3}[\p{Lu}\d][\p{L}\d&'’+-]*)[™®]?[.,;:]/u.exec(sentence.trim());
  const name = m ? cleanTerm(m[1]!) : null;
  return name && looksLikeName(name) && !/^(It|This|That|There|Here|We|You|They|Everything|Every|Each)$/.test(name) ? name : null;
}

/** "Required on every product email: Patch test…" → the required wording without the label that says when it applies. */
export function withoutInstructionLabel(text: string): string {
  const m = /^([^:.]{3,70}):\s+(.{12,})$/.exec(text.trim());
  return m && /\b(required|mandatory|include|use|add|on every|on all|wherever|whenever|when|in every|every|all emails?|any email|important|legal note|note)\b/i.test(m[1]!) ? m[2]! : text;
}
