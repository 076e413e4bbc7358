/**
 * The builtin guide reader: walks each passage's blocks (tables, lists,
 * callouts, paragraphs) under the kind of section its headings name, and
 * fills the same extraction a model fills, every item citing the passage and
 * the exact line it came from. Examples ("Bad: …"), injected instructions
 * and "none" never become rules.
 */
import type { ProfileExtraction } from "@/domain/brand-profile";
import { normaliseForMatch, parseBlocks, sentencesOf, type GuideBlock } from "./guide-blocks";
import { announcedCount, announcesRequiredText, footerLinesAnnounced, isAboutLegalText, readAnnouncedTails, readLegal, TAIL } from "./read-legal";
import { readTable } from "./read-table";
import { EXAMPLE, kindOfHeading, kindOfSection, type Add, type Source } from "./reader-common";
import { bannedFromLine, bannedFromPlainProse, bannedFromProse, cleanTerm, distinctiveNames, introducedName, listedNames, looksLikeName, namingRule, productFromLine, quotedIn, splitTerms, trademarkedNames, withoutInstructionLabel } from "./rule-terms";
import { readStyle, type StyleRule } from "./read-style";
import { BANNED_SENTENCES, INJECTION, REQUIRED_QUOTE, REQUIRED_TEXT_CUE, type SectionKind } from "./vocabulary";

export { announcesRequiredText, kindOfHeading, kindOfSection };

export interface GuidePassage {
  section: string;
  text: string;
  /** The PDF page, for rules that point at "the foot of this page". */
  page?: number | null;
}

/** A label that introduces examples ("Bad:", "Spot the problems"): the quoted copy after it is not a rule. */
const EXAMPLE_LABEL = /^(bad|good|better|worse|wrong|right|before|after|example|examples|not this|like this|instead of this|try this|spot the (problems?|mistakes?|errors?)|what'?s wrong( here)?\??|in practice|see it in action)( example)?:?$/i;

export function readRules(passages: readonly GuidePassage[]): ProfileExtraction {
  const out: ProfileExtraction = {
    voiceTraits: [],
    audience: "",
    toneDos: [],
    toneDonts: [],
    preferredTerms: [],
    bannedTerms: [],
    requiredDisclaimers: [],
    productSpellings: [],
    formatting: { maxExclamations: null, allowEmoji: null, signOff: null, noAllCaps: null, noExclamationInSubject: null },
    styleSources: [],
  };
  const seen = new Set<string>();
  const once = (kind: string, value: string) => {
    const key = `${kind}:${normaliseForMatch(value)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const style = new Map<StyleRule["rule"], StyleRule & { source: Source; strong?: boolean }>();
  const footerCount = footerLinesAnnounced(passages);

  passages.forEach((passage, index) => {
    const src = (quote: string): Source => ({ passage: index, quote: quote.replace(/\s+/g, " ").trim().slice(0, 300) });
    const add = {
      style(rule: StyleRule, quote: string) {
        // A rule in a section about formatting outranks one said in passing elsewhere ("claims emails never use emoji").
        const strong = kindOfSection(passage.section) === "formatting";
        const existing = style.get(rule.rule);
        if (!existing || (strong && !existing.strong)) style.set(rule.rule, { ...rule, source: src(quote), strong });
      },
      banned(term: string, replacement: string | null, quote: string) {
        if (!cleanTerm(term)) return;
        if (replacement && normaliseForMatch(replacement) === normaliseForMatch(term)) replacement = null;
        const existing = out.bannedTerms.find((b) => normaliseForMatch(b.term) === normaliseForMatch(term));
        if (existing) {
          if (!existing.replacement && replacement) existing.replacement = replacement;
          return;
        }
        once("banned", term);
        out.bannedTerms.push({ term, replacement, source: src(quote) });
      },
      preferred: (term: string, quote: string) => once("preferred", term) && out.preferredTerms.push({ term, source: src(quote) }),
      product: (name: string, quote: string) => once("product", name) && out.productSpellings.push({ name, source: src(quote) }),
      disclaimer: (text: string, quote: string) => {
        const t = text.replace(/\s+/g, " ").trim();
        if (t.split(/\s+/).length >= 4 && once("disclaimer", t)) out.requiredDisclaimers.push({ text: t.slice(0, 500), source: src(quote) });
      },
      trait: (trait: string, quote: string) => once("trait", trait) && out.voiceTraits.push({ trait: trait.slice(0, 80), source: src(quote) }),
      toneDo: (text: string, quote: string) => once("do", text) && out.toneDos.push({ text: text.slice(0, 300), source: src(quote) }),
      toneDont: (text: string, quote: string) => once("dont", text) && out.toneDonts.push({ text: text.slice(0, 300), source: src(quote) }),
      signOff: (text: string, quote: string) => {
        if (!out.formatting.signOff) {
          out.formatting.signOff = text.replace(/\s+/g, " ").trim().slice(0, 120);
          style.set("signOff", { rule: "signOff", value: true, source: src(quote) });
        }
      },
    };

    const sectionKind = kindOfSection(passage.section);
    const blocks = parseBlocks(passage.text);
    let label: SectionKind | null = null;
    // Required wording announced by a line ("…must end with the three statements below") follows it.
    type Required = { state: "off" | "waiting" | "consuming"; left: number; counted: boolean; target: "disclaimer" | "signoff" };
    const OFF: Required = { state: "off", left: 0, counted: false, target: "disclaimer" };
    let required: Required = OFF;
    // A page footer that a guide line points at ("the two lines in the footer of this page") is required text.
    if (/^footer$/i.test(passage.section.split(" › ").at(-1) ?? "") && footerCount) required = { state: "waiting", left: footerCount, counted: true, target: "disclaimer" };
    let example = false;
    let signOffLines: string[] = [];

    const flushSignOff = () => {
      if (signOffLines.length) add.signOff(signOffLines.join(" "), signOffLines.join("\n"));
      signOffLines = [];
    };

    for (const block of blocks) {
      if (block.kind === "break") {
        flushSignOff();
        // Required lines end at a blank line, unless the guide said how many there are.
        if (required.state === "consuming" && !required.counted) required = OFF;
        continue;
      }
      if (block.kind === "table") {
        readTable(block, label ?? sectionKind, add);
        label = null;
        continue;
      }
      const text = block.text;
      if (INJECTION.test(normaliseForMatch(text))) continue;
      const line = block.line;

      // Rules stated in sentences hold wherever they are written.
      for (const sentence of sentencesOf(text)) {
        if (EXAMPLE.test(sentence)) continue;
        const lower = normaliseForMatch(sentence);
        for (const rule of BANNED_SENTENCES) {
          const m = rule.pattern.exec(lower);
          if (!m) continue;
          const original = originalCase(sentence, m);
          const [bannedText, replacement] = [original[rule.banned]!, rule.replacement === null ? undefined : original[rule.replacement]];
          for (const term of splitTerms(bannedText)) add.banned(term, replacement ? cleanTerm(replacement) : null, line);
          break;
        }
        // "No “safe haven”, no “can't lose”, no “sure thing”": each quoted phrase after "no" is ruled out.
        for (const m of sentence.matchAll(/(?:^|[\s,;:(])no\s+["“‘]([^"”’]{2,40})["”’]/giu)) {
          const t = cleanTerm(m[1]!);
          if (t && t.split(/\s+/).length <= 4) add.banned(t.toLowerCase() === t ? t : /\p{Ll}\p{Lu}/u.test(t) ? t : t.toLowerCase(), null, line);
        }
        // "Replace anti-ageing with skin rejuvenation." — an unambiguous swap wherever it is written.
        const swap = /^(?:replace|swap)\s/i.test(sentence) ? bannedFromLine(sentence.split(/[:;—–]/)[0]!) : [];
        for (const b of swap) if (b.replacement && b.term.split(/\s+/).length <= 4) add.banned(b.term, b.replacement, line);
        for (const rule of readStyle(sentence)) add.style(rule, line);
        const naming = namingRule(sentence);
        if (naming) add.product(naming, line);
        // "…one word, capital H and capital S": a sentence about how a name is written names it.
        if (block.kind === "item" && NAMING_CUE.test(sentence)) {
          const lead = productFromLine(text);
          if (lead && sentence === sentencesOf(text)[0]) add.product(lead, line);
        }
        if (NAMING_CUE.test(sentence) && !/\b(company|our name|legal (name|entity)|business name)\b/i.test(sentence)) for (const name of distinctiveNames(sentence)) add.product(name, line);
        const signOff = /\bsign[- ]?off|\bsigning off|\bsigns? off with|\b(?:close|closes|end|ends|finish|finishes) with\b|\bclose (?:every|each|all|our|your)|\bend (?:every|each|all) (?:email|message)/i.test(sentence) ? quotedIn(sentence)[0] : undefined;
        if (signOff && signOff.split(/\s+/).length <= 12 && !REQUIRED_TEXT_CUE.test(normaliseForMatch(signOff))) add.signOff(signOff, line);
        const required = REQUIRED_TEXT_CUE.test(lower) && !/\b(for example|e\.g\.|such as|like this)\b/.test(lower) ? REQUIRED_QUOTE.exec(sentence) : null;
        // "…close with “Eat well, The Greenleaf team”" is a sign-off, not legal wording.
        const closing = /\b(sign[- ]?off|closing line|same line|close|closes|end|ends|finish|finishes|sign)\b[^"“]{0,20}["“][^"”]*["”]/.test(lower);
        if (required && required[1]!.split(/\s+/).length >= 4 && !closing) add.disclaimer(required[1]!, line);
      }
      for (const name of trademarkedNames(text)) add.product(name, line);
      // A list item's rule can run over two sentences ("Exclamation marks: never in a subject line. One in the body…").
      if (block.kind === "item" || /^(exclamation|emoji|capitals|all caps|caps)[^:]{0,25}:/i.test(text)) for (const rule of readStyle(text)) add.style(rule, line);

      // A label line ("Don't say:", "Legal note: …", "Say") changes what the lines after it are.
      const labelled = /^([^:]{2,40}):\s*(.+)$/.exec(text) ?? (/^([^:]{2,40}):$/.exec(text) ? [text, text.slice(0, -1), ""] : null);
      const labelKind = labelled ? kindOfHeading(labelled[1]!) : (text.split(/\s+/).length <= 6 && !/[.!?]$/.test(text)) || /:$/.test(text) ? kindOfHeading(text) : null;
      if (labelKind && (!labelled || !labelled[2]!.trim())) {
        flushSignOff();
        label = labelKind;
        if (labelKind === "legal") required = { state: "waiting", left: 6, counted: false, target: "disclaimer" };
        continue;
      }
      const kind = labelKind ?? label ?? sectionKind;
      const body = labelKind && labelled ? labelled[2]!.trim() : text;
      if (EXAMPLE.test(body) || EXAMPLE.test(text)) continue;

      // Quoted copy right after "Bad:" / "Better:" is an example, not a rule.
      if (EXAMPLE_LABEL.test(body)) {
        example = true;
        continue;
      }
      if (example && block.kind === "quote") continue;
      example = false;
      if (!/\p{L}/u.test(body)) continue;

      if (required.state !== "off") {
        // A short line ending in a comma ("Talk soon,") starts a sign-off, not a legal line.
        if (required.target === "disclaimer" && required.state === "waiting" && /,$/.test(body) && body.split(/\s+/).length <= 5) required = { ...required, target: "signoff" };
        const guideTalk = required.state === "consuming" && /^(we|our|please|when|for|this|these|the team|questions)\b/i.test(body);
        if (announcesRequiredText(body) || (required.target === "disclaimer" && (isAboutLegalText(body) || guideTalk))) required = OFF;
        else {
          if (required.target === "signoff" && /\.$/.test(body) && body.split(/\s+/).length > 3) {
            // "Push notifications have no sign-off." ends the sign-off, it is not part of it.
            required = OFF;
          } else if (required.target === "signoff") {
            // A sign-off can take two lines ("Kind regards," / "The Kestrel Bank team"): up to the next blank line.
            signOffLines.push(quotedIn(body)[0] ?? body);
            required = { ...required, state: "consuming", counted: false };
            continue;
          } else {
            add.disclaimer(quotedIn(body).find((q) => q.split(/\s+/).length >= 4) ?? withoutInstructionLabel(body), line);
            required = required.left > 1 ? { ...required, state: "consuming", left: required.left - 1 } : OFF;
            continue;
          }
        }
      }
      // Lines the guide keeps in its page footer are read there, not after the line that points at them.
      const pointsAtFooter = (footerCount !== null && /\bfooter\b/i.test(body)) || TAIL.test(normaliseForMatch(body));
      if ((announcesRequiredText(body) && !pointsAtFooter) || (kind === "signoff" && /:\s*$/.test(body))) {
        const signOff = kind === "signoff";
        const count = announcedCount(body);
        // "the lines below" without a number: up to four, across blank lines, while they read as legal text.
        const plural = /\b(lines|statements|sentences|paragraphs|disclaimers|notices)\b/i.test(body);
        required = { state: "waiting", left: count ?? (plural ? 4 : 8), counted: count !== null || plural, target: signOff ? "signoff" : "disclaimer" };
        continue;
      }

      // "Say “energy use”, not “consumption”" is a word swap in whatever section it is listed.
      if (block.kind === "item" && kind !== "banned" && kind !== "products" && kind !== "legal" && kind !== "signoff") {
        const lead = sentencesOf(body)[0] ?? body;
        if (/^(say|use|write|prefer|swap|replace)\s/i.test(lead) && /["“‘].+["”’].*\b(not|instead of|rather than|over|to|for|with)\b/i.test(lead) && !namingRule(lead)) {
          for (const b of bannedFromLine(body)) if (b.replacement) add.banned(b.term, b.replacement, line);
        }
      }
      switch (kind) {
        case "banned":
          if (block.kind === "item" || body.split(/\s+/).length <= 8 || labelKind) for (const b of bannedFromLine(body)) add.banned(b.term, b.replacement, line);
          else {
            for (const b of bannedFromProse(body, sentencesOf(body))) add.banned(b.term, b.replacement, line);
            if (quotedIn(body).length === 0) for (const b of bannedFromPlainProse(sentencesOf(body))) add.banned(b.term, b.replacement, line);
          }
          break;
        case "preferred":
          if (block.kind === "item" || body.split(/\s+/).length <= 8 || labelKind) for (const t of splitTerms(body)) add.preferred(t, line);
          break;
        case "products": {
          if (block.kind === "item" || labelKind || (body.split(/\s+/).length <= 6 && /[—–:(]|\s-\s/.test(body))) {
            const name = productFromLine(body);
            if (name) add.product(name, line);
          } else {
            for (const q of quotedIn(body)) if (looksLikeName(q) && !new RegExp(`\\b(like|such as|for example|e\\.g\\.)\\s+["“]?${q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i").test(body)) add.product(cleanTerm(q)!, line);
            for (const sentence of sentencesOf(body)) {
              // Competitors and companies are named in naming sections too: "We don't mention other apps, such as VerbaVerse".
              if (/\b(company|our name|legal (name|entity)|business name|competitors?|rivals?|other (apps|brands|banks|companies|shops|retailers)|don'?t mention|do not mention|such as)\b/i.test(sentence)) continue;
              for (const name of distinctiveNames(sentence)) add.product(name, line);
            }
            for (const sentence of sentencesOf(body)) {
              const name = introducedName(sentence);
              if (name && !/\b(company|legal entity|business)\b/i.test(sentence)) add.product(name, line);
              if (!/\b(competitors?|rivals?|other (insurers|banks|brands|apps|companies|shops)|such as|like)\b/i.test(sentence)) for (const listed of listedNames(sentence)) add.product(listed, line);
            }
          }
          break;
        }
        case "legal":
          readLegal(block, body, line, add);
          break;
        case "signoff":
          if (quotedIn(body).length) add.signOff(quotedIn(body)[0]!, line);
          else if (body.split(/\s+/).length <= 12 && !/\b(we|our|you|always|never|use|end|ends|close|sign|every|each|emails?|notifications?|messages?)\b/i.test(body) && !(/\.$/.test(body) && body.split(/\s+/).length > 3)) {
            signOffLines.push(body);
            if (!/,$/.test(body)) flushSignOff();
          }
          break;
        case "voice":
        case "dos":
        case "donts":
          readTone(kind, block, body, line, add);
          break;
        case "audience":
          if (!out.audience && block.kind === "paragraph") out.audience = body.slice(0, 500);
          break;
        default: {
          // A section about words, in prose: quoted words the text rules out are banned ("We don't call books ‘unputdownable’").
          if ((block.kind === "paragraph" || block.kind === "item") && /\b(words?|terms?|phrases?|language|vocabulary)\b/i.test(passage.section)) for (const b of bannedFromProse(body, sentencesOf(body), true)) add.banned(b.term, b.replacement, line);
          // "cheap → great value" reads as a word swap wherever it is listed.
          // So does a listed "Use sign in, not log in" (unless it rules out misspellings of a name).
          const lead = sentencesOf(body)[0] ?? body;
          if (block.kind === "item" && lead.split(/\s+/).length <= 16 && (/(→|->|=>|⟶|➔)/.test(body) || /\((?:use|say|write|not|never|instead of)\b/i.test(lead) || (/^(use|say|write|prefer|swap)\s/i.test(lead) && /,?\s(not|instead of|rather than|over|to|for)\s/i.test(lead) && !namingRule(lead))))
            for (const b of bannedFromLine(body)) if (b.replacement) add.banned(b.term, b.replacement, line);
          // "Always…" and "Never…" sentences are tone rules unless they already gave a banned term.
          for (const sentence of sentencesOf(body)) {
            if (/^always\b/i.test(sentence)) add.toneDo(sentence, line);
            else if (/^(never|don'?t|do not)\b/i.test(sentence) && !out.bannedTerms.some((b) => b.source.quote === src(line).quote)) add.toneDont(sentence, line);
          }
        }
      }
    }
    flushSignOff();
  });

  readAnnouncedTails(passages, (index, text, quote) => {
    const t = text.replace(/\s+/g, " ").trim();
    if (t.split(/\s+/).length >= 4 && once("disclaimer", t)) out.requiredDisclaimers.push({ text: t.slice(0, 500), source: { passage: index, quote: quote.slice(0, 300) } });
  });

  for (const rule of style.values()) {
    if (rule.rule === "signOff") continue;
    out.formatting[rule.rule] = rule.value as never;
    out.styleSources.push({ rule: rule.rule, source: rule.source });
  }
  const signOffSource = style.get("signOff");
  if (signOffSource && out.formatting.signOff) out.styleSources.push({ rule: "signOff", source: signOffSource.source });
  return {
    ...out,
    voiceTraits: out.voiceTraits.slice(0, 12),
    toneDos: out.toneDos.slice(0, 20),
    toneDonts: out.toneDonts.slice(0, 20),
    preferredTerms: out.preferredTerms.slice(0, 40),
    bannedTerms: out.bannedTerms.slice(0, 60),
    requiredDisclaimers: out.requiredDisclaimers.slice(0, 10),
    // "TrailPeak" (from "TrailPeak™ 2") is part of "TrailPeak 2", not a product of its own.
    productSpellings: out.productSpellings.filter((p) => !out.productSpellings.some((q) => q !== p && q.name.startsWith(`${p.name} `))).slice(0, 40),
  };
}

/** The regex ran on normalised lower-case text; take the same stretch of the original for its capitals. */
function originalCase(sentence: string, m: RegExpExecArray): (string | undefined)[] {
  const flat = sentence.replace(/[‘’‚‛′`´]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/\s+/g, " ").trim();
  return m.map((group) => {
    if (group === undefined) return undefined;
    const at = flat.toLowerCase().indexOf(group);
    return at >= 0 ? flat.slice(at, at + group.length) : group;
  });
}

const NAMING_CUE = /\b(one word|two words|capital [a-z]\b|capitali[sz]ed?|spelled|spelt|written as|lower-?case [a-z]\b)/i;

function readTone(kind: SectionKind, block: GuideBlock, body: string, line: string, add: Add) {
  const text = body.replace(/[.!]$/, "");
  if (kind === "donts" || /^(never|don'?t|do not|avoid)\b/i.test(text)) {
    add.toneDont(text, line);
    return;
  }
  if (kind === "dos" || /^(always|do|use|write|keep|be)\b/i.test(text)) {
    add.toneDo(text, line);
    return;
  }
  if (block.kind === "item" && text.split(/\s+/).length <= 4) {
    add.trait(text.replace(/^(we are|we're)\s+/i, ""), line);
    return;
  }
  const traits = /\b(?:we are|we're|our voice is|we sound|we come across as|our tone is)\s+([^.]{3,120})/i.exec(text)?.[1];
  if (traits) for (const t of traits.split(/\s*(?:,|\band\b|\bbut\b|\bnever\b)\s*/)) if (t && t.split(/\s+/).length <= 3) add.trait(t.replace(/^(always|very|quite)\s+/i, ""), line);
}
