/**
 * A passage's Markdown-ish text as blocks the rule reader walks: tables
 * (header + rows), list items, quotes/callouts and paragraphs, with the
 * exact line each came from (the quote a rule cites).
 */

export type GuideBlock =
  | { kind: "table"; header: string[]; rows: string[][]; lines: string[] }
  | { kind: "item"; text: string; line: string }
  | { kind: "quote"; text: string; line: string }
  | { kind: "paragraph"; text: string; line: string }
  | { kind: "break" };

const BULLET = /^\s*(?:[-*+•▪◦●○■□·∙‣⁃–—✓✔✗✘❌✅»›▸►➤→]|\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\[[ x]\])\s+/iu;

export function parseBlocks(text: string): GuideBlock[] {
  const blocks: GuideBlock[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) {
      if (blocks.at(-1)?.kind !== "break") blocks.push({ kind: "break" });
      continue;
    }
    if (line.startsWith("|")) {
      const tableLines: string[] = [];
      while (i < lines.length && lines[i]!.trim().startsWith("|")) tableLines.push(lines[i++]!.trim());
      i--;
      const rows = tableLines.filter((l) => !/^\|[\s:|-]+\|?$/.test(l)).map(cells);
      if (rows.length) blocks.push({ kind: "table", header: rows[0]!, rows: rows.slice(1), lines: tableLines.filter((l) => !/^\|[\s:|-]+\|?$/.test(l)) });
      continue;
    }
    if (line.startsWith(">")) {
      blocks.push({ kind: "quote", text: line.replace(/^>\s?/, "").replace(/\*\*|__/g, "").trim(), line });
      continue;
    }
    if (BULLET.test(line)) {
      blocks.push({ kind: "item", text: line.replace(BULLET, "").replace(/\*\*|__/g, "").trim(), line });
      continue;
    }
    // Plain text wrapped at a fixed width: a long line that stops mid-sentence continues on the next.
    const previous = blocks.at(-1);
    if (previous?.kind === "paragraph" && previous.text.length >= 50 && !/[.!?:]["”’)]?$/.test(previous.text) && /^[\p{Ll}\d(]/u.test(line)) {
      previous.text = `${previous.text} ${line}`;
      previous.line = `${previous.line}\n${line}`;
      continue;
    }
    blocks.push({ kind: "paragraph", text: line.replace(/\*\*|__/g, ""), line });
  }
  return blocks;
}

function cells(line: string): string[] {
  return line
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());
}

/** Straight quotes, one kind of dash, single spaces, lower case: the form rules and guides are compared in. */
export function normaliseForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/[™®©]/g, "")
    .replace(/\s*-\s*/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Sentences of a paragraph, keeping quoted text whole. */
export function sentencesOf(text: string): string[] {
  return (text.match(/(?:[^.!?"“”]|"[^"]*"|“[^”]*”)+(?:[.!?]+["”’)]*|$)/g) ?? [text]).map((s) => s.trim()).filter(Boolean);
}

/** Passage text without its Markdown-ish markup (quote marks, bullets, table pipes, emphasis): the words a reader sees. */
export function plainText(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/^\s*(?:>\s?)+/, "").replace(/^\s*(?:[-*+•]|\d{1,2}[.)])\s+/, "").replace(/^\s*#{1,6}\s+/, "").replace(/\s*\|\s*/g, " | ").replace(/^ \| | \| $/g, ""))
    .join("\n")
    .replace(/\*\*|__|`/g, "");
}
