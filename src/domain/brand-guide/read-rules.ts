/**
 * The builtin guide reader: walks each passage's blocks (tables, lists,
 * callouts, paragraphs) under the kind of section its headings name, and
 * fills the same extraction a model fills, every item citing the passage and
 * the exact line it came from. Examples ("Bad: …"), injected instructions
 * and "none" never become rules.
 */
import type { ProfileExtraction } from "@/domain/brand-profile";
import { normaliseForMatch, parseBlocks, sentencesOf, type GuideBlock } from "./guide-blocks";
import { bannedFromLine, bannedFromProse, cleanTerm, distinctiveNames, introducedName, looksLikeName, namingRule, productFromLine, quotedIn, splitTerms, trademarkedNames, withoutInstructionLabel } from "./rule-terms";
import { readStyle, type StyleRule } from "./read-style";
import { BANNED_SENTENCES, COLUMN_VOCABULARY, INJECTION, LEGAL_META, REQUIRED_QUOTE, REQUIRED_TEXT_CUE, SECTION_VOCABULARY, type ColumnRole, type SectionKind } from "./vocabulary";

export interface GuidePassage {
  section: string;
  text: string;
  /** The PDF page, for rules that point at "the foot of this page". */
  page?: number | null;
}

type Source = { passage: number; quote: string };

const EXAMPLE = /^(bad|good|wrong|right|incorrect|correct|before|after|example|e\.g\.|for example|instead of this|not this|like this|try this|original|rewrite|✗|✘|❌|✓|✔|✅)\b\s*(example)?\s*[:—–-]/i;
const LEGAL_MARKERS = /\b(capital at risk|past performance|not (a )?guarantee|may (go down|lose|fall)|can go down|terms (and|&) conditions|t&cs apply|subject to|eligibility|not intended to (diagnose|treat)|food and drug administration|fda|member fdic|fdic|regulated by|authori[sz]ed (and regulated )?by|licensed|consult (your|a) (doctor|physician|pharmacist|healthcare|financial)|see .{1,40} for (full )?details|offer (valid|ends|expires)|while (stocks|supplies) last|results may vary|apr|representative|your (home|capital|deposits?|eligible deposits)|protected (up to|by)|compensation scheme|register(ed)? (number|in|office)|company (number|no)|plc|inc|ltd|llc|n\.a|limited|gmbh|equal housing|nmls|not (financial|medical|investment) advice|prices? (may|subject)|rights reserved|insured|underwritten|copyright|©)\b/i;

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

function roleOfColumn(header: string, section: SectionKind | null, headers: readonly string[] = [header]): ColumnRole | null {
  const h = normaliseForMatch(header);
  if (!h) return null;
  for (const { role, patterns } of COLUMN_VOCABULARY) {
    if (!patterns.some((p) => p.test(h))) continue;
    // Outside naming tables, "never write"/"not" columns are banned words, not misspellings of a name.
    if (role === "variant" && section !== "products" && !headers.some((h) => /\b(products?|names?|write it as|how it appears|styling)\b/i.test(h))) return "banned";
    if (role === "product" && section !== "products" && /\b(correct|write it as|spelling)\b/.test(h)) return "replacement";
    return role;
  }
  const kind = kindOfHeading(header);
  if (kind === "banned" || kind === "donts") return "banned";
  if (kind === "preferred" || kind === "dos") return "replacement";
  if (kind === "products") return "product";
  return null;
}

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
  const style = new Map<StyleRule["rule"], StyleRule & { source: Source }>();
  const footerCount = footerLinesAnnounced(passages);

  passages.forEach((passage, index) => {
    const src = (quote: string): Source => ({ passage: index, quote: quote.replace(/\s+/g, " ").trim().slice(0, 300) });
    const add = {
      style(rule: StyleRule, quote: string) {
        if (!style.has(rule.rule)) style.set(rule.rule, { ...rule, source: src(quote) });
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

      switch (kind) {
        case "banned":
          if (block.kind === "item" || body.split(/\s+/).length <= 8 || labelKind) for (const b of bannedFromLine(body)) add.banned(b.term, b.replacement, line);
          else for (const b of bannedFromProse(body, sentencesOf(body))) add.banned(b.term, b.replacement, line);
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
        default:
          // A section about words, in prose: quoted words the text rules out are banned ("We don't call books ‘unputdownable’").
          if (block.kind === "paragraph" && /\b(words?|terms?|phrases?|language|vocabulary)\b/i.test(passage.section)) for (const b of bannedFromProse(body, sentencesOf(body), true)) add.banned(b.term, b.replacement, line);
          // "cheap → great value" reads as a word swap wherever it is listed.
          // So does a listed "Use sign in, not log in" (unless it rules out misspellings of a name).
          const lead = sentencesOf(body)[0] ?? body;
          if (block.kind === "item" && lead.split(/\s+/).length <= 16 && (/(→|->|=>|⟶|➔)/.test(body) || (/^(use|say|write|prefer|swap)\s/i.test(lead) && /,?\s(not|instead of|rather than|over|to|for)\s/i.test(lead) && !namingRule(lead))))
            for (const b of bannedFromLine(body)) if (b.replacement) add.banned(b.term, b.replacement, line);
          // "Always…" and "Never…" sentences are tone rules unless they already gave a banned term.
          for (const sentence of sentencesOf(body)) {
            if (/^always\b/i.test(sentence)) add.toneDo(sentence, line);
            else if (/^(never|don'?t|do not)\b/i.test(sentence) && !out.bannedTerms.some((b) => b.source.quote === src(line).quote)) add.toneDont(sentence, line);
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

type Add = {
  style(rule: StyleRule, quote: string): void;
  banned(term: string, replacement: string | null, quote: string): void;
  preferred(term: string, quote: string): unknown;
  product(name: string, quote: string): unknown;
  disclaimer(text: string, quote: string): void;
  trait(trait: string, quote: string): unknown;
  toneDo(text: string, quote: string): unknown;
  toneDont(text: string, quote: string): unknown;
};

/** The regex ran on normalised lower-case text; take the same stretch of the original for its capitals. */
function originalCase(sentence: string, m: RegExpExecArray): (string | undefined)[] {
  const flat = sentence.replace(/[‘’‚‛′`´]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/\s+/g, " ").trim();
  return m.map((group) => {
    if (group === undefined) return undefined;
    const at = flat.toLowerCase().indexOf(group);
    return at >= 0 ? flat.slice(at, at + group.length) : group;
  });
}

function readTable(block: Extract<GuideBlock, { kind: "table" }>, section: SectionKind | null, add: Add) {
  const roles = block.header.map((h) => roleOfColumn(h, section, block.header));
  const headerless = roles.every((r) => r === null);
  // A table without recognised headers reads by its section: first column is the subject.
  const rows = headerless ? [block.header, ...block.rows] : block.rows;
  const lines = headerless ? block.lines : block.lines.slice(1);
  const subject: ColumnRole | null = section === "banned" ? "banned" : section === "products" ? "product" : section === "preferred" ? "preferred" : null;
  const effective: (ColumnRole | null)[] = headerless ? block.header.map((_, c) => (c === 0 ? subject : section === "banned" && c === 1 ? "replacement" : null)) : [...roles];
  // "What it is | Write | Never" with names in "Write" and their misspellings in "Never" is a naming table.
  const write = effective.indexOf("replacement");
  const never = effective.indexOf("banned") >= 0 ? effective.indexOf("banned") : effective.indexOf("variant");
  if ((section === "products" || (write >= 0 && never >= 0 && namingTable(rows, write, never))) && write >= 0 && !roles.includes("product")) {
    effective[write] = "product";
    if (never >= 0) effective[never] = "variant";
  }
  // A status column ("Retired" / "Fine") decides row by row; its table's unnamed first column holds the terms.
  const statusCol = effective.indexOf("status");
  if (statusCol >= 0 && !effective.includes("banned")) {
    const free = effective.findIndex((r, c) => c !== statusCol && (r === null || r === subject));
    if (free >= 0) effective[free] = "banned";
  }
  // "Term | Why | Try instead" under words to avoid: the unnamed first column holds the terms.
  if (subject && !effective.includes(subject) && !(subject === "product" && effective.includes("product"))) {
    const free = effective.findIndex((r) => r === null);
    if (free >= 0 && !(subject === "product" && effective.includes("variant") && effective.indexOf("variant") < free)) effective[free] = subject;
  }
  const bannedCells = rows.flatMap((r) => r.filter((_, c) => effective[c] === "banned")).filter(Boolean);
  const sentenceCells = bannedCells.filter((c) => c.split(/\s+/).length > 5 && !/(→|->|=>)/.test(c)).length;
  if (effective.includes("trait")) {
    rows.forEach((row, r) => {
      const quote = lines[r]!.replace(/^\|\s*|\s*\|$/g, "");
      row.forEach((cell, c) => {
        if (!cell || effective[c] !== "trait") return;
        if (/\bnot\b|n'?t\b/i.test(block.header[c] ?? "")) add.toneDont(`Not ${cell.replace(/[.]$/, "")}`, quote);
        else add.trait(cell.replace(/[.]$/, ""), quote);
      });
    });
    return;
  }
  const toneTable = section === "voice" || section === "dos" || section === "donts" ? bannedCells.length === 0 || sentenceCells / bannedCells.length >= 0.5 : bannedCells.length > 0 && sentenceCells / bannedCells.length >= 0.5;
  rows.forEach((row, r) => {
    const quote = lines[r]!.replace(/^\|\s*|\s*\|$/g, "");
    if (INJECTION.test(normaliseForMatch(quote))) return;
    for (const cell of row) for (const rule of readStyle(cell)) add.style(rule, quote);
    if (section === "legal") {
      const textCol = block.header.findIndex((h) => /\b(text|wording|disclaimer|line|statement|copy|language|notice|disclosure)\b/i.test(h));
      const cell = textCol >= 0 ? row[textCol] : [...row].sort((a, b) => b.length - a.length)[0];
      if (cell) add.disclaimer(quotedIn(cell).find((q) => q.split(/\s+/).length >= 4) ?? cell, quote);
      return;
    }
    if (toneTable) {
      row.forEach((cell, c) => {
        if (!cell || EXAMPLE.test(cell)) return;
        if (effective[c] === "banned" || (effective[c] === "trait" && /\bnot\b|n'?t\b/i.test(block.header[c] ?? ""))) add.toneDont(cell, quote);
        else if (effective[c] === "replacement") add.toneDo(cell, quote);
      });
      return;
    }
    // One product per row: the first product column that holds a name ("Waterproof jacket | StormShell | …").
    const productCell = row.map((cell, c) => (effective[c] === "product" && cell ? productFromLine(cell) : null)).find((name) => !!name);
    if (productCell) add.product(productCell, quote);
    if (statusCol >= 0 && !/\b(retired|avoid|banned|don'?t|do not|never|no|not|stop|dropped|off[- ]limits|forbidden|prohibited)\b/i.test(row[statusCol] ?? "")) return;
    const replacementCell = row.find((_, c) => effective[c] === "replacement");
    // Without a replacement column, a notes column may offer one: "Say learner.", "Try “bite-sized”".
    const notesCell = row.find((_, c) => effective[c] === "notes");
    const replacement = replacementCell ? cleanReplacement(replacementCell) : notesCell ? replacementOffered(notesCell) : null;
    row.forEach((cell, c) => {
      if (!cell || EXAMPLE.test(cell)) return;
      switch (effective[c]) {
        case "banned":
          for (const b of bannedFromLine(cell.replace(/^[-•*]\s+/, ""))) add.banned(b.term, b.replacement ?? replacement, quote);
          break;
        case "preferred":
          for (const term of splitTerms(cell.replace(/^[-•*]\s+/, ""))) add.preferred(term, quote);
          break;
        case "replacement":
          if (!effective.includes("banned")) for (const term of splitTerms(cell)) add.preferred(term, quote);
          break;
      }
    });
  });
}

/** Most rows' "never" cells spell the same name as their "write" cell: misspellings, not banned words. */
function namingTable(rows: readonly string[][], write: number, never: number): boolean {
  const letters = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const naming = rows.filter((r) => {
    const name = letters(r[write] ?? "");
    return name.length >= 3 && (r[never] ?? "").split(/\s*[,;/]\s*/).some((v) => letters(v).slice(0, 4) === name.slice(0, 4));
  });
  return rows.length > 0 && naming.length / rows.length >= 0.6;
}

/** The word a note offers instead, quoted or a few words after say/write/try/use. */
function replacementOffered(note: string): string | null {
  const m = /\b(?:say|write|try|use)\s+(?:["“‘']([^"”’']{2,40})["”’']|([\p{L}-]+(?:\s[\p{L}-]+){0,2}?))(?=[.,;)]|\s+(?:instead|or)\b|$)/iu.exec(note);
  return m ? cleanTerm(m[1] ?? m[2]!) : null;
}

/** A replacement cell's term: "—", "n/a" or "(rewrite the sentence)" mean none. */
function cleanReplacement(cell: string): string | null {
  const text = cell.replace(/\([^)]*\)/g, "").replace(/^[\s—–-]+|[\s—–-]+$/g, "");
  return text ? (splitTerms(text, 8)[0] ?? null) : null;
}

const NAMING_CUE = /\b(one word|two words|capital [a-z]\b|capitali[sz]ed?|spelled|spelt|written as|lower-?case [a-z]\b)/i;
/** Required lines kept at the end of a page or of the document, pointed at from elsewhere. */
const TAIL = /\b(?:foot|bottom|end) of (?:this|the|each|every) page\b|\b(?:very )?(?:end|close) of (?:this|the) (?:document|guide|page|sheet|book|handbook|file)\b|\bclose (?:this|the) (?:document|guide|sheet|book)\b/;

/**
 * "…must carry the three lines at the foot of this page": the last lines of
 * that page (or of the whole document) are the required wording; as many as
 * the guide says, or the trailing lines that read like legal text.
 */
function readAnnouncedTails(passages: readonly GuidePassage[], add: (index: number, text: string, quote: string) => void) {
  passages.forEach((p, index) => {
    for (const sentence of sentencesOf(p.text.replace(/\n/g, " "))) {
      const lower = normaliseForMatch(sentence);
      if (!TAIL.test(lower) || !REQUIRED_TEXT_CUE.test(lower) || passages.some((q) => /^footer$/i.test(q.section.split(" › ").at(-1) ?? ""))) continue;
      const count = announcedCount(sentence);
      const paged = /\bpage\b/.test(lower) && p.page != null;
      const scope = passages.map((q, i) => ({ q, i })).filter(({ q }) => (paged ? q.page === p.page : true));
      const lines = scope.flatMap(({ q, i }) => plainLines(q.text).map((line) => ({ line, i })));
      // Without a count: the lines after the announcing one, when it is on the same page; else the trailing legal-looking lines.
      const cue = lines.findIndex(({ line, i }) => i === index && normaliseForMatch(line).includes(lower.slice(0, 40)));
      const taken: { line: string; i: number }[] = [];
      for (let k = lines.length - 1; k >= 0 && taken.length < (count ?? 4); k--) {
        const { line } = lines[k]!;
        if (k <= cue || isAboutLegalText(line) || announcesRequiredText(line)) break;
        if (!count && cue < 0 && !LEGAL_MARKERS.test(line)) break;
        taken.unshift(lines[k]!);
      }
      for (const { line, i } of taken) add(i, withoutInstructionLabel(line), line);
    }
  });
}

/** A passage's lines as a reader sees them, without headings, tables or separators. */
function plainLines(text: string): string[] {
  // Blocks, so a paragraph wrapped at a fixed width is one line again.
  return parseBlocks(text).flatMap((b) => (b.kind === "paragraph" || b.kind === "item" || b.kind === "quote") && /\p{L}/u.test(b.text) ? [b.text] : []);
}

const AHEAD = /\b(below|following|the same (?:\w+ )?lines?|foot of|bottom of|end of this|close this (document|guide|page)|at the end|underneath|as follows|in the footer|these (?:\w+ )?(lines|statements|sentences|paragraphs))\b|:\s*$/;
const EXAMPLE_LABEL = /^(bad|good|better|worse|wrong|right|before|after|example|examples|not this|like this|instead of this|try this|spot the (problems?|mistakes?|errors?)|what'?s wrong( here)?\??|in practice|see it in action)( example)?:?$/i;

/** A line that says required wording comes next, without quoting it. */
export function announcesRequiredText(text: string): boolean {
  const lower = normaliseForMatch(text);
  return REQUIRED_TEXT_CUE.test(lower) && AHEAD.test(lower) && !quotedIn(text).some((q) => q.split(/\s+/).length >= 4);
}

/** Talk about legal text (who checks it, where to ask) rather than the text itself. */
function isAboutLegalText(text: string): boolean {
  const lower = normaliseForMatch(text);
  return /^©|\ball rights reserved\b|\bplease don['’]?t reproduce\b/.test(lower) || LEGAL_META.test(lower) || /@[\w-]+\./.test(text) || /^(questions|note|why|for more|contact|ask)\b/.test(lower) || IMPERATIVE.test(lower) || /^(\S+\s+){0,3}(emails?|campaigns?|messages?)\b[^.]*\b(carry|carries|need|needs|require|requires|use|uses)\b/.test(lower);
}

const COUNTS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5, "2": 2, "3": 3, "4": 4, "5": 5 };

/** "the three statements below" → 3; null when the guide does not say (then every line up to the next blank line). */
function announcedCount(text: string): number | null {
  const m = /\b(both|two|three|four|five|[2-5])\s+(?:required\s+|legal\s+)?(lines|statements|sentences|paragraphs|disclaimers|notices)\b/.exec(normaliseForMatch(text));
  return m ? COUNTS[m[1]!]! : null;
}

/** How many lines a guide says its page footer must carry, when it points there ("the two lines shown in the footer of this page"). */
function footerLinesAnnounced(passages: readonly GuidePassage[]): number | null {
  if (!passages.some((p) => /^footer$/i.test(p.section.split(" › ").at(-1) ?? ""))) return null;
  for (const p of passages) {
    for (const sentence of sentencesOf(p.text.replace(/\n/g, " "))) {
      if (announcesRequiredText(sentence) && (/\bfooter\b/i.test(sentence) || TAIL.test(normaliseForMatch(sentence)))) return announcedCount(sentence) ?? 8;
    }
  }
  return null;
}

/** "(for example “Sale ends midnight Sunday”)": quoted to illustrate, not to be copied. */
function introducedAsExample(text: string, quote: string): boolean {
  const at = text.indexOf(quote);
  return at > 0 && /\b(for example|for instance|e\.g\.?|such as|like)\s*[:,]?\s*["“‘']?$/i.test(text.slice(Math.max(0, at - 25), at));
}

/** An instruction to the writer ("Check that…", "Don't reduce…"), not wording for the reader. */
const IMPERATIVE = /^(read|check|send|make sure|ensure|don'?t|do not|never|always|use|add|keep|ask|include|remember|test|open|review|copy|paste|put|place|avoid|write|follow|see|contact|talk to|get)\b/;

function readLegal(block: GuideBlock, body: string, line: string, add: Add) {
  const quoted = quotedIn(body).filter((q) => q.split(/\s+/).length >= 4 && !introducedAsExample(body, q));
  if (quoted.length) {
    for (const q of quoted) add.disclaimer(q, line);
    return;
  }
  const lower = normaliseForMatch(body);
  if (REQUIRED_TEXT_CUE.test(lower) || LEGAL_META.test(lower) || IMPERATIVE.test(lower)) return;
  // Unquoted legal text counts when it is set apart (a callout or list item) or reads like boilerplate.
  if (block.kind === "quote" || block.kind === "item" || LEGAL_MARKERS.test(body)) add.disclaimer(withoutInstructionLabel(body), line);
}

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
