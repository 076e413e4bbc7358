/**
 * Tables in a guide: each column's role from its header ("Avoid | Use
 * instead", "Product | How to write it | Never write", a "Use?" or status
 * column), rows read by role; naming tables recognised by their misspellings,
 * tone tables by their sentences.
 */
import { normaliseForMatch, type GuideBlock } from "./guide-blocks";
import { readStyle } from "./read-style";
import { EXAMPLE, kindOfHeading, type Add } from "./reader-common";
import { bannedFromLine, cleanTerm, productFromLine, quotedIn, splitTerms } from "./rule-terms";
import { COLUMN_VOCABULARY, INJECTION, type ColumnRole, type SectionKind } from "./vocabulary";

function roleOfColumn(header: string, section: SectionKind | null, headers: readonly string[] = [header]): ColumnRole | null {
  const h = normaliseForMatch(header);
  if (!h) return null;
  for (const { role, patterns } of COLUMN_VOCABULARY) {
    if (!patterns.some((p) => p.test(h))) continue;
    // Outside naming tables, "never write"/"not" columns are banned words, not misspellings of a name.
    if (role === "variant" && section !== "products" && !headers.some((h) => /\b(products?|names?|write it as|how it appears|styling)\b/i.test(h))) return "banned";
    // "Correct" next to a banned column is the word to use; next to a product column it is the name's right form.
    if (role === "product" && section !== "products" && /\b(correct|write it as|spelling)\b/.test(h) && !headers.some((x) => /\b(products?|names?|range|feature|service|plan)\b/i.test(x))) return "replacement";
    return role;
  }
  const kind = kindOfHeading(header);
  if (kind === "banned" || kind === "donts") return "banned";
  if (kind === "preferred" || kind === "dos") return "replacement";
  if (kind === "products") return "product";
  return null;
}

export function readTable(block: Extract<GuideBlock, { kind: "table" }>, section: SectionKind | null, add: Add) {
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
    // A rules table ("Exclamation marks | Don't. Not in subject lines") states its rule across the row.
    for (const cell of [...row, row.filter(Boolean).join(": ")]) for (const rule of readStyle(cell)) add.style(rule, quote);
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
    if (statusCol >= 0 && !/\b(retired|avoid|banned|don'?t|do not|never|no|not|stop|dropped|off[- ]limits|forbidden|prohibited)\b/i.test(normaliseForMatch(row[statusCol] ?? ""))) return;
    const replacementCell = row.find((_, c) => effective[c] === "replacement");
    // Without a replacement column, a notes column may offer one: "Say learner.", "Try “bite-sized”".
    const notesCell = row.find((_, c) => effective[c] === "notes");
    const replacement = replacementCell ? cleanReplacement(replacementCell) : notesCell ? replacementOffered(notesCell) : null;
    row.forEach((cell, c) => {
      if (!cell || EXAMPLE.test(cell)) return;
      switch (effective[c]) {
        case "banned":
          // A cell without commas holds one phrase ("before and after"), not two.
          for (const b of /[,/;]|→|->/.test(cell) || quotedIn(cell).length ? bannedFromLine(cell.replace(/^[-•*]\s+/, "")) : [{ term: cleanTerm(cell.split(/\s*(?:[—–:(]|\s-\s|;)/)[0]!) ?? "", replacement: null }]) if (b.term) add.banned(b.term, b.replacement ?? replacement, quote);
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
