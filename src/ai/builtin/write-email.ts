/**
 * Writes an email the builtin way: structures and sentence templates from
 * the library, filled from the brief (and only the brief: no fact is
 * invented), ranked by the tenant's own language model, chosen differently
 * per variant, then held to hard rules — no banned term, subject and
 * preheader within their lengths, no unfilled slot, the brand's exclamation
 * and emoji rules. Pure and fast (well under a millisecond per candidate).
 */
import type { Brief } from "@/domain/campaign/brief";
import { LENGTH_WORDS } from "@/domain/campaign/brief";
import { PREHEADER_MAX, PREHEADER_MIN, SUBJECT_MAX } from "@/domain/compliance/email-rules";
import { canonicaliseProductNames, termPattern } from "@/domain/compliance/text";
import type { ModelEmail } from "@/domain/email/content";
import { looksInternalName, repeatTracker } from "@/domain/quality/rubric";
import { hashSeed, mulberry32 } from "@/domain/random";
import { score, sentences, words, type LanguageModelData } from "./language-model";
import { CLOSINGS, CONTENT_FAMILIES, HEADINGS, MIDDLES, OPENINGS, PREHEADER_TAILS, SIGN_OFFS, SUBJECTS } from "./templates";

export interface BuiltinRules {
  bannedTerms: { term: string; replacement?: string | null }[];
  preferredTerms: string[];
  signOff: string | null;
  maxExclamations: number | null;
  allowEmoji: boolean | null;
  /** Product names in their one right form. */
  productNames?: readonly string[];
  noExclamationInSubject?: boolean | null;
  /** The profile's voice traits ("formal", "plain", "playful"): the brand's register, whatever one brief asks. */
  voiceTraits?: readonly string[];
}

export interface EmailTask {
  companyName: string;
  brief: Brief;
  variant: number;
  rules: BuiltinRules;
  model: LanguageModelData;
  /** Sentences from the tenant's approved drafts: its proven voice. */
  voiceLines?: readonly string[];
}

type Slots = Record<string, string>;

/**
 * Variant n is written after variants 1…n−1 of the same brief (each a
 * fraction of a millisecond), so every choice can prefer phrasings the
 * earlier variants did not use: the batch reads as different takes.
 */
export function writeEmail(task: EmailTask): ModelEmail {
  const seen = new Set<string>();
  let email: ModelEmail | null = null;
  for (let v = 1; v <= task.variant; v++) {
    email = writeOne({ ...task, variant: v }, seen);
    for (const bigram of bigramsOf(emailText(email))) seen.add(bigram);
    seen.add(subjectKey(email.subject));
  }
  return holdToBrandRules(email!, task.rules);
}

/**
 * The brand's hard rules over the whole email: product names in their exact
 * form wherever the brief's words put them, no exclamation mark in a subject
 * when the brand says so, and no more exclamation marks in all than it allows.
 */
function holdToBrandRules(email: ModelEmail, rules: BuiltinRules): ModelEmail {
  const names = rules.productNames ?? [];
  let budget = rules.maxExclamations ?? Number.POSITIVE_INFINITY;
  const calm = (text: string) => text.replace(/!/g, () => (budget-- > 0 ? "!" : ".")).replace(/\.\./g, ".");
  const exact = (text: string) => calm(names.length ? canonicaliseProductNames(text, names) : text);
  const subject = (text: string) => (rules.noExclamationInSubject ? exact(text.replace(/!+$/, "").replace(/!/g, ".")) : exact(text));
  return {
    ...email,
    subject: subject(email.subject),
    // Alternatives replace the subject; they do not add to its marks.
    subjectAlternatives: email.subjectAlternatives.map((s) => (rules.noExclamationInSubject ? s.replace(/!+$/, "").replace(/!/g, ".") : s)).map((s) => (names.length ? canonicaliseProductNames(s, names) : s)),
    preheader: exact(email.preheader),
    blocks: email.blocks.map((b) => (b.type === "bullets" ? { ...b, items: b.items.map(exact) } : b.type === "product" ? { ...b, product: names.length ? canonicaliseProductNames(b.product, names) : b.product, blurb: exact(b.blurb) } : { ...b, text: exact(b.text) })),
    ctaText: exact(email.ctaText),
    signOff: email.signOff,
  };
}

function writeOne(task: EmailTask, seen: ReadonlySet<string>): ModelEmail {
  const { variant } = task;
  const suitsTone = toneFilter(task.brief.tones, task.rules.voiceTraits ?? []);
  // The brief's own words, with banned terms handled before they fill any template.
  const brief = scrubBrief(task.brief, task.rules);
  const random = mulberry32(hashSeed(`${brief.name}|${brief.keyMessage}|${variant}`));
  const slots = slotsFor(task, brief);
  const fill = (templates: readonly string[]) => templates.flatMap((t) => (fits(t, slots) ? [clean(apply(t, slots), task.rules)] : [])).filter((t): t is string => !!t);
  const rank = (candidates: string[], onBriefWeight = 0) => [...new Set(candidates)].sort((a, b) => rate(task, b, onBriefWeight) - rate(task, a, onBriefWeight));
  // Variant n takes the n-th best (wrapping), so a batch of briefs reads as different takes.
  // The best-sounding candidate that is new to this brief's earlier variants.
  const pick = (candidates: string[], onBriefWeight = 0) => {
    const ranked = rank(candidates, onBriefWeight);
    let best = "";
    let bestScore = -Infinity;
    ranked.forEach((text, i) => {
      const value = -4 * (1 - novelty(text, seen)) - 0.05 * i;
      if (value > bestScore) [best, bestScore] = [text, value];
    });
    return best;
  };

  // Subjects that name the campaign or product rank first: an inbox line should say what the email is about.
  // A subject says what the email is about: when the brief names a product or an offer, only subjects that carry one.
  const allSubjects = rank(fill(SUBJECTS[brief.type]).filter(suitsTone), 0.8).filter((s) => s.length <= SUBJECT_MAX);
  const specific = allSubjects.filter((s) => [slots.product, slots.offer].some((v) => v && s.includes(v)));
  // Never the subject an earlier variant of the brief already took.
  const unused = (list: string[]) => list.filter((s) => !seen.has(subjectKey(s)));
  const subjects = unused(specific).length ? unused(specific) : unused(allSubjects).length ? unused(allSubjects) : allSubjects;
  const subject = pick(subjects, 0.8) || (slots.company ? clip(`News from ${slots.company}`, SUBJECT_MAX) : "Some news for you");
  const alternatives = subjects.filter((s) => s !== subject);
  const subjectAlternatives = [alternatives[variant % Math.max(1, alternatives.length)] ?? subject, alternatives[(variant + 3) % Math.max(1, alternatives.length)] ?? subject];

  const angle = (variant - 1) % OPENINGS.length;
  const opening = pick(fill(OPENINGS[angle]!)) || pick(fill(OPENINGS[0]!));
  const blocks: ModelEmail["blocks"] = [];
  const heading = pick(fill(HEADINGS[brief.type]).filter(suitsTone));
  if (heading) blocks.push({ type: "heading", text: heading });
  blocks.push({ type: "paragraph", text: opening });

  // Facts appear once per email: as a list in some variants, in the product cards in others.
  const facts = brief.products.flatMap((p) => factItems(p.facts));
  // Presentations rotate: facts in the product cards, a list, just the lead fact, the story without the specs, or the lead product told in a sentence.
  const mode = (variant - 1) % 5;
  const asList = facts.length >= 2 && mode === 1;
  if (asList) blocks.push({ type: "bullets", items: facts.slice(0, 5) });
  for (const [index, product] of brief.products.entries()) {
    // A short email carries the facts of its lead product only; the other cards stay brief.
    const own = mode === 3 || (brief.length === "short" && index > 0) ? [] : factItems(product.facts);
    // The card shows the name already; without facts the blurb stays short and does not repeat it.
    // Mode 4 tells the lead product's facts in a sentence of the body (the facts family below); its cards stay short.
    const text = asList || own.length === 0 || mode === 4 ? CARD_LINES[(variant - 1 + index) % CARD_LINES.length]! : mode === 2 ? `${own[0]}.` : product.facts;
    const blurb = clean(text, task.rules);
    if (blurb) blocks.push({ type: "product", product: product.name, blurb: clip(blurb, 400) });
  }

  // Middle sentences until the body reaches the asked length: the brief's content first, then at most
  // three courtesy lines; grouped two to a paragraph so the email reads as prose.
  const target = LENGTH_WORDS[brief.length];
  const offerWords = slots.offerLower?.toLowerCase() ?? "";
  const phrasing = (family: readonly string[]) => pick(fill(family));
  // The story-without-specs variant leaves the facts to the product pages: its middle says no facts either.
  const content = MIDDLES.slice(0, CONTENT_FAMILIES)
    .filter((_, family) => !(mode === 3 && family === 1))
    .map(phrasing);
  const courtesy = MIDDLES.slice(CONTENT_FAMILIES).map((family) => phrasing(family));
  const rotated = [...courtesy.slice((variant - 1) % courtesy.length), ...courtesy.slice(0, (variant - 1) % courtesy.length)].filter(Boolean).slice(0, 3);
  const voice = pick(fitting(task, brief, task.voiceLines ?? []).filter(suitsTone));
  const candidates = [...content, ...(voice ? [voice] : []), ...rotated]
    .filter((m) => m && m !== opening)
    // The offer is said once: not again when the opening already made it.
    .filter((m) => !offerWords || !opening.toLowerCase().includes(offerWords) || !m.toLowerCase().includes(offerWords));
  const chosen: string[] = [];
  let used = countWords(blocks);
  for (const sentenceText of candidates) {
    if (used >= target.min) break;
    const words = (sentenceText.match(/\S+/g) ?? []).length;
    if (used + words > target.max) continue;
    chosen.push(sentenceText);
    used += words;
  }
  for (let i = 0; i < chosen.length && blocks.length < 13; i += 2) blocks.push({ type: "paragraph", text: chosen.slice(i, i + 2).join(" ") });
  const closing = pick(fill(CLOSINGS[brief.type]));
  if (closing) blocks.push({ type: "paragraph", text: closing });

  const signOff = clean(task.rules.signOff || pick(fill(SIGN_OFFS)), task.rules) || (slots.company ? `The ${slots.company} team` : "The team");
  const email: ModelEmail = {
    subject: capitalize(subject),
    subjectAlternatives: subjectAlternatives.map(capitalize),
    preheader: capitalize(preheaderFor(task, slots, subject, opening, random)),
    blocks: limitExclamations(blocks, task.rules.maxExclamations).map((b) => (b.type === "heading" || b.type === "paragraph" ? { ...b, text: capitalize(b.text) } : b)),
    ctaText: clip(clean(brief.ctaText, task.rules) || "Take a look", 40),
    signOff: clip(signOff, 120),
  };
  const said = withoutRepeats(email, variant);
  const formalVoice = brief.tones.includes("formal") || (task.rules.voiceTraits ?? []).some((t) => FORMAL_VOICE.test(t));
  return formalVoice ? formal(said) : said;
}

/**
 * The tenant's own lines (approved drafts, the guide's example copy) that fit
 * this brief: after the brand's rules, none that names something (a word
 * with a capital past the first) the brief and the company do not.
 */
function fitting(task: EmailTask, brief: Brief, lines: readonly string[]): string[] {
  const known = new Set(words([task.companyName, brief.name, brief.keyMessage, brief.offer, ...brief.products.flatMap((p) => [p.name, p.facts])].join(" ")));
  return lines
    .map((line) => clean(line, task.rules))
    .filter((line) => line && !/\d/.test(line))
    .filter((line) => line.split(/\s+/).slice(1).every((w) => !/^[“"(]?\p{Lu}/u.test(w) || w === "I" || words(w).every((x) => known.has(x))));
}

/** A product card's line when it has no facts of its own to show: the card shows the name already, so the line does not repeat it. */
const CARD_LINES = ["New in the shop.", "Ready when you are.", "Take a closer look in the shop.", "A good place to start.", "Worth a closer look.", "One to try.", "Find it in the shop.", "See it for yourself."];

/**
 * Each thing said once, by the rubric's own measure (`repeatTracker`): a
 * later sentence that repeats an earlier one (the same fact in a card, a
 * list and a paragraph; a closing that echoes the heading) is left out. A
 * product card whose every sentence was said already gets a short line no
 * other part of the email used.
 */
function withoutRepeats(email: ModelEmail, variant: number): ModelEmail {
  const said = repeatTracker();
  // A label ("Our offer for you: …") does not make a sentence new; sentences under three words are never repeats.
  const repeats = (s: string) => {
    const plain = s.replace(/^[^:]{0,40}:\s*/, "");
    return plain.split(/\s+/).length >= 3 && said.repeats(plain);
  };
  // Split at every sentence end, as the rubric does: a brief's name may start a sentence in lower case ("homeGuard").
  const keep = (text: string) =>
    text
      .split(/(?<=[.!?])\s+/)
      .filter((s) => s.trim() && !repeats(s))
      .join(" ");
  const blocks = email.blocks.flatMap((b, index): ModelEmail["blocks"] => {
    if (b.type === "bullets") {
      const items = b.items.filter((item) => !repeats(item));
      return items.length ? [{ ...b, items }] : [];
    }
    if (b.type === "heading") {
      // The heading stays; remembering it lets a closing that echoes it go.
      repeats(b.text);
      return [b];
    }
    if (b.type === "paragraph") {
      const text = keep(b.text);
      return text ? [{ ...b, text }] : [];
    }
    if (b.type === "product") {
      const blurb = keep(b.blurb) || CARD_LINES.map((_, i) => CARD_LINES[(variant + index + i) % CARD_LINES.length]!).find((line) => !repeats(line)) || "";
      return blurb ? [{ ...b, blurb }] : [];
    }
    return [b];
  });
  return { ...email, blocks };
}

/** Voice traits that mean the brand writes without contractions. */
const FORMAL_VOICE = /\b(formal|professional|authoritative|institutional)\b/i;
/** Voice traits that rule out a playful line even when one brief asks for fun: a bank's calm voice is not a coffee shop's. */
const SERIOUS_VOICE = /\b(formal|professional|serious|calm|plain|sober|reassuring|trustworthy|measured|clinical|authoritative)\b/i;

/** Playful lines ("Treat yourself") only when the brief asks for a playful or witty tone and the brand's voice allows it. */
function toneFilter(tones: readonly string[], voiceTraits: readonly string[]): (text: string) => boolean {
  const playful = tones.some((t) => t === "playful" || t === "witty") && !voiceTraits.some((t) => SERIOUS_VOICE.test(t));
  return (text) => playful || !/\b(treat|yay|a little something|something nice)\b/i.test(text);
}

/** Contractions and their full forms: the formal tone (and the formal rewrite) writes them out. */
export const CONTRACTIONS: [RegExp, string][] = [
  [/\b(it|that|there|here|what)'s been\b/gi, "$1 has been"],
  [/\b(we|you|they)'ve\b/gi, "$1 have"],
  [/\b(we|you|they)'re\b/gi, "$1 are"],
  [/\b(we|you|they)'d\b/gi, "$1 would"],
  [/\b(we|you|they|it)'ll\b/gi, "$1 will"],
  [/\b(here|what|it|that|there)'s\b/gi, "$1 is"],
  [/\bcan't\b/gi, "cannot"],
  [/\bdon't\b/gi, "do not"],
  [/\bwon't\b/gi, "will not"],
];

/** A subject as the reader sees it, whatever the tone's rewrite ("You're invited" and "You are invited" are one subject). */
function subjectKey(subject: string): string {
  return `subject:${CONTRACTIONS.reduce((t, [pattern, full]) => t.replace(pattern, full), subject).toLowerCase()}`;
}

/** The formal tone: no contractions. */
function formal(email: ModelEmail): ModelEmail {
  const f = (text: string) => CONTRACTIONS.reduce((t, [pattern, full]) => t.replace(pattern, full), text);
  return {
    ...email,
    subject: clip(f(email.subject), SUBJECT_MAX),
    subjectAlternatives: email.subjectAlternatives.map((s) => clip(f(s), SUBJECT_MAX)),
    preheader: clip(f(email.preheader), PREHEADER_MAX),
    blocks: email.blocks.map((b) => (b.type === "bullets" ? { ...b, items: b.items.map(f) } : b.type === "product" ? { ...b, blurb: f(b.blurb) } : { ...b, text: f(b.text) })),
  };
}

/** A brief's words with banned terms replaced (or, without a replacement, left out), before they fill any template. */
function scrub(value: string, rules: BuiltinRules): string {
  let out = value;
  for (const banned of rules.bannedTerms) out = out.replace(termPattern(banned.term), (m) => (banned.replacement ? matchCase(m, banned.replacement) : ""));
  return out
    .replace(/\s+([,.;:!?])/g, "$1")
    .replace(/^[\s,.;:]+/, "")
    .replace(/([,;:])(?=[.!?]|$)/g, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

function slotsFor(task: EmailTask, brief: Brief): Slots {
  const keySentences = sentences(brief.keyMessage);
  // The lead sentence in the variant's own form: as written, split in two, or its two halves turned round.
  const forms = keyMessageForms(keySentences[0] ?? brief.keyMessage);
  const first = forms[(task.variant - 1) % forms.length]!;
  const productNames = brief.products.map((p) => p.name);
  const facts = brief.products.map((p) => p.facts).find(Boolean) ?? "";
  // Long names and descriptions read badly inside template sentences; the templates that need them step aside.
  const short = (text: string, maxWords: number) => (text.split(/\s+/).length <= maxWords && text.length <= maxWords * 9 ? text : "");
  const campaignName = short(brief.name, 5);
  const audience = short(brief.audience.replace(/[.!]+$/, ""), 6);
  const slots: Slots = {
    // A workspace name that reads as internal ("Acme test 123") is never written: templates that need the name step aside.
    company: looksInternalName(task.companyName) ? "" : task.companyName,
    campaign: campaignName,
    campaignLower: lowerFirst(campaignName),
    keyFirst: sentence(first),
    keyFirstLower: sentence(lowerFirst(first)),
    // A long key message: the lead sentence always, the rest shared out between variants.
    keyRest: keySentences
      .slice(1)
      .filter((_, i, rest) => rest.length < 2 || (i + task.variant) % 2 === 0)
      .join(" "),
    audienceLower: lowerFirst(audience),
    // In subjects and headings only a short offer reads well; sentences carry the long one.
    offer: short(brief.offer.replace(/[.!]+$/, ""), 6),
    offerLower: lowerFirst(brief.offer.replace(/[.!]+$/, "")),
    offerShortLower: lowerFirst(short(brief.offer.replace(/[.!]+$/, ""), 6)),
    // "Save on …" only when the offer is a saving: otherwise the subject would promise one nobody gave.
    saving: /\b(off|save|saving|savings|discount|discounted|%|free|half price|reduced)\b|%/i.test(brief.offer) ? "yes" : "",
    offerSentence: brief.offer ? sentence(brief.offer) : "",
    product: short(productNames[0] ?? "", 4),
    productArticle: productNames[0] ? (/^[aeiou]/i.test(productNames[0]) ? "an option" : "a choice") : "",
    factsLower: lowerFirst(facts.replace(/[.!]+$/, "")),
  };
  return slots;
}

/** A clause that can stand as a sentence of its own: it starts with its own subject. */
const OWN_SUBJECT = /^(?:it|we|you|they|there|this|that|these|those|everything|nothing|each|every|all|our|your|the|its|their)\b/i;

/**
 * The brief's lead sentence in the forms a writer would try, made only of
 * its own words: as written; two sentences where "and/but/so" joins two
 * clauses that each have a subject; and, for "and", the halves turned round.
 */
export function keyMessageForms(lead: string): string[] {
  const text = lead.trim().replace(/[.!?]+$/, "");
  const forms = [sentence(lead.trim())];
  const joint = /^(.{12,}?),?\s+(and|but|so)\s+(.{12,})$/i.exec(text);
  if (!joint || !OWN_SUBJECT.test(joint[3]!)) return forms;
  const [first, link, second] = [joint[1]!.replace(/,$/, ""), joint[2]!.toLowerCase(), joint[3]!];
  forms.push(link === "and" ? `${sentence(first)} ${sentence(capitalize(second))}` : `${sentence(first)} ${capitalize(link)} ${sentence(second)}`);
  if (link === "and") forms.push(`${sentence(capitalize(second))} ${sentence(lowerFirst(first)).replace(/^./, (c) => c.toUpperCase())}`);
  return forms;
}

function scrubBrief(brief: Brief, rules: BuiltinRules): Brief {
  const keyMessage = sentences(brief.keyMessage)
    .map((s) => capitalize(scrub(s, rules)))
    .filter((s) => /[\p{L}\p{N}]/u.test(s.replace(/[.!?]/g, "")))
    .join(" ");
  return {
    ...brief,
    name: scrub(brief.name, rules),
    audience: scrub(brief.audience, rules),
    offer: scrub(brief.offer, rules),
    keyMessage,
    products: brief.products.map((p) => ({ ...p, facts: sentences(p.facts).map((f) => capitalize(scrub(f, rules))).filter((f) => /[\p{L}\p{N}]/u.test(f)).join(" ") })),
  };
}

function fits(template: string, slots: Slots): boolean {
  return [...template.matchAll(/\{\??(\w+)\}/g)].every((m) => (slots[m[1]!] ?? "").trim().length > 0);
}

function apply(template: string, slots: Slots): string {
  // One pass: a value containing braces is never read as a slot; `{?slot}` only tests that the slot is filled.
  return template.replace(/\{(\??)(\w+)\}/g, (_, test: string, name: string) => (test ? "" : (slots[name] ?? "")));
}

/** Removes banned terms (using the guide's replacement where there is one; otherwise the sentence goes) and stray emoji. */
export function clean(text: string, rules: BuiltinRules): string {
  let out = text;
  for (const banned of rules.bannedTerms) {
    const pattern = termPattern(banned.term);
    if (!pattern.test(out)) continue;
    pattern.lastIndex = 0;
    if (banned.replacement) {
      out = out.replace(pattern, (m) => matchCase(m, banned.replacement!));
    } else {
      out = sentences(out)
        .filter((s) => {
          const p = termPattern(banned.term);
          return !p.test(s);
        })
        .join(" ");
    }
  }
  if (rules.allowEmoji === false) out = out.replace(/\p{Extended_Pictographic}\uFE0F?/gu, "");
  return out.replace(/\s+/g, " ").trim();
}

function preheaderFor(task: EmailTask, slots: Slots, subject: string, opening: string, random: () => number): string {
  // Not a repeat of the subject or of the opening the reader sees first.
  const candidates = [slots.keyFirst, slots.offerSentence, ...sentences(slots.keyRest ?? "")].map((s) => clean(s ?? "", task.rules)).filter((s) => s && s !== subject);
  const fresh = candidates.filter((s) => !opening.includes(s));
  const base = fresh.length ? fresh : candidates;
  let text = base[(task.variant - 1) % Math.max(1, base.length)] ?? "";
  if (text.length < PREHEADER_MIN) text = `${text} ${PREHEADER_TAILS[Math.floor(random() * PREHEADER_TAILS.length)]}`.trim();
  if (text.length < PREHEADER_MIN) text = `${text} ${slots.company ? `From ${slots.company}, for you.` : "A short note, for you."}`.trim();
  return clip(text, PREHEADER_MAX);
}

function rate(task: EmailTask, text: string, onBriefWeight = 0): number {
  const lower = text.toLowerCase();
  const preferred = task.rules.preferredTerms.filter((t) => lower.includes(t.toLowerCase())).length;
  // On-brief beats generic: a line naming the product or campaign ranks above one that could be about anything.
  const onBrief = [task.brief.name, ...task.brief.products.map((p) => p.name)].filter((name) => name && lower.includes(name.toLowerCase())).length;
  return score(task.model, text) + 0.4 * preferred + onBriefWeight * onBrief;
}

function limitExclamations(blocks: ModelEmail["blocks"], max: number | null): ModelEmail["blocks"] {
  if (max === null) return blocks;
  let left = max;
  const cap = (text: string) => text.replace(/!/g, () => (left-- > 0 ? "!" : "."));
  return blocks.map((b) => (b.type === "bullets" ? { ...b, items: b.items.map(cap) } : b.type === "product" ? { ...b, blurb: cap(b.blurb) } : { ...b, text: cap(b.text) }));
}

function factItems(facts: string): string[] {
  return facts
    .split(/[;\n]|\.\s+|,\s+(?=[A-Z])/)
    .map((f) => f.trim().replace(/[.]+$/, ""))
    .filter((f) => f.length >= 3 && f.length <= 200)
    .map((f) => f.charAt(0).toUpperCase() + f.slice(1));
}

export function countWords(blocks: ModelEmail["blocks"]): number {
  const text = blocks.map((b) => (b.type === "bullets" ? b.items.join(" ") : b.type === "product" ? b.blurb : b.text)).join(" ");
  return (text.match(/\S+/g) ?? []).length;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(text: string): string {
  const t = text.trim();
  return !t || /[.!?]$/.test(t) ? t : `${t}.`;
}

function lowerFirst(text: string): string {
  // Keep acronyms and names that start with two capitals ("PowerBrew", "NYC") as they are.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function matchCase(found: string, replacement: string): string {
  return /^[A-Z]/.test(found) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  return (space > max * 0.5 ? cut.slice(0, space) : text.slice(0, max)).replace(/[,;:–-]+$/, "").trim();
}

function bigramsOf(text: string): string[] {
  const ws = words(text);
  return ws.slice(1).map((w, i) => `${ws[i]} ${w}`);
}

/** The share of a text's bigrams that earlier variants did not use (1 = all new). */
function novelty(text: string, seen: ReadonlySet<string>): number {
  if (seen.size === 0) return 1;
  const bigrams = bigramsOf(text);
  return bigrams.length ? bigrams.filter((b) => !seen.has(b)).length / bigrams.length : 1;
}

/** The words of an email in reading order (not the button or sign-off). */
export function emailText(email: ModelEmail): string {
  return [email.subject, email.preheader, ...email.blocks.map((b) => (b.type === "bullets" ? b.items.join(" ") : b.type === "product" ? b.blurb : b.text))].join("\n");
}
