/**
 * A PDF page's positioned text runs back to the Markdown-ish text the rest
 * of the reader understands: headings (by size or emphasis font), tables
 * (cells aligned in columns, rebuilt as `| a | b |` rows, wrapped cells
 * joined), two-column prose (left column, then right), bullets, and no page
 * furniture (page numbers). Pure, so layouts can be tested without a PDF.
 */

export interface TextRun {
  text: string;
  x: number;
  /** Baseline, growing upwards (PDF user space). */
  y: number;
  width: number;
  /** Font size. */
  size: number;
  font: string;
}

interface Segment {
  text: string;
  x: number;
  end: number;
  size: number;
  /** Share of the segment's characters in the page's body font. */
  bodyShare: number;
}

interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

/** The text a page shows, in reading order, as Markdown-ish lines. */
export function layoutPage(runs: readonly TextRun[], pageWidth = 612): string {
  const visible = runs.filter((r) => r.text.trim());
  if (visible.length === 0) return "";
  const bodyFont = dominant(visible, (r) => r.font);
  const bodySize = Number(dominant(visible, (r) => String(Math.round(r.size))));
  const lines = toLines(visible, bodyFont);
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const band = gridBand(lines, i, pageWidth);
    if (band) {
      out.push(...renderBand(band.lines, band.gutters));
      i = band.next;
      continue;
    }
    const line = lines[i]!;
    const previous = lines[i - 1];
    // A gap of more than a blank line between lines is a paragraph break.
    if (previous && previous.y - line.y > 1.9 * Math.max(previous.size, line.size)) out.push("");
    out.push(renderFlowLine(line, bodySize));
    i++;
  }
  return joinWrapped(out.filter((l) => !isPageFurniture(l)))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function dominant<T>(runs: readonly TextRun[], key: (r: TextRun) => T): T {
  const weight = new Map<T, number>();
  for (const r of runs) weight.set(key(r), (weight.get(key(r)) ?? 0) + r.text.length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Runs on one baseline form a line; gaps wider than two character heights split it into segments (cells or columns). */
function toLines(runs: readonly TextRun[], bodyFont: string): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - run.y) <= Math.max(2, 0.4 * Math.min(line[0]!.size, run.size))) line.push(run);
    else lines.push([run]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    let current: TextRun[] = [];
    const close = () => {
      if (!current.length) return;
      const text = current.reduce((acc, r, k) => {
        if (k === 0) return r.text;
        const prev = current[k - 1]!;
        const gap = r.x - (prev.x + prev.width);
        return acc + (gap > 0.15 * r.size && !/\s$/.test(acc) && !/^\s/.test(r.text) ? " " : "") + r.text;
      }, "");
      const chars = current.reduce((n, r) => n + r.text.length, 0);
      const body = current.filter((r) => r.font === bodyFont).reduce((n, r) => n + r.text.length, 0);
      segments.push({ text: text.replace(/\s+/g, " ").trim(), x: current[0]!.x, end: current.at(-1)!.x + current.at(-1)!.width, size: Math.max(...current.map((r) => r.size)), bodyShare: body / Math.max(1, chars) });
      current = [];
    };
    for (const run of line) {
      const prev = current.at(-1);
      if (prev && run.x - (prev.x + prev.width) > Math.max(1.2 * run.size, 8)) close();
      current.push(run);
    }
    close();
    return { y: line[0]!.y, size: Math.max(...line.map((r) => r.size)), segments };
  });
}

/**
 * A run of lines laid out in columns: it starts at a line with two or more
 * segments and takes every following line whose segments all fall in the
 * same columns (a line spanning a gutter, or a large vertical gap, ends it).
 */
function gridBand(lines: readonly Line[], start: number, pageWidth: number): { lines: Line[]; gutters: number[]; next: number } | null {
  const first = lines[start]!;
  if (first.segments.length < 2) return null;
  let gutters = gutterPositions([first]);
  const taken: Line[] = [first];
  let next = start + 1;
  for (; next < lines.length; next++) {
    const line = lines[next]!;
    const previous = taken.at(-1)!;
    // A header row often sits in a shaded band, further from the first row than rows are from each other.
    if (previous.y - line.y > (taken.length === 1 ? 8 : 5) * Math.max(previous.size, line.size)) break;
    // A heading (larger, or alone in an emphasis font below lines of body text) ends a table.
    const bodySeen = taken.some((l) => l.segments.some((s) => s.bodyShare >= 0.2));
    if (line.segments.length === 1 && (line.size > first.size * 1.15 || (line.segments[0]!.bodyShare < 0.2 && bodySeen))) break;
    if (line.segments.some((s) => gutters.some((g) => s.x < g - 2 && s.end > g + 2))) break;
    taken.push(line);
    if (line.segments.length >= 2) gutters = gutterPositions(taken);
  }
  // One multi-segment line alone is a line with a wide gap (a label and its value), not a table.
  if (taken.filter((l) => l.segments.length >= 2).length < 2 && !(taken.length >= 3 && gutters.length > 0 && gutters[0]! > pageWidth * 0.3)) return null;
  return { lines: taken, gutters, next };
}

/** Column boundaries: midway between the end of one column's text and the start of the next, over the lines seen. */
function gutterPositions(lines: readonly Line[]): number[] {
  const starts = clusters(lines.flatMap((l) => l.segments.slice(1).map((s) => s.x)));
  return starts.map((x) => x - 4);
}

function clusters(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out.at(-1)! > 24) out.push(v);
  return out;
}

function columnOf(segment: Segment, gutters: readonly number[]): number {
  let col = 0;
  for (const g of gutters) if (segment.x >= g) col++;
  return col;
}

/** Prose in columns reads column by column; short aligned cells read as a table. */
function renderBand(lines: readonly Line[], gutters: readonly number[]): string[] {
  const columns = gutters.length + 1;
  const byColumn: string[][] = Array.from({ length: columns }, () => []);
  for (const line of lines) for (const s of line.segments) byColumn[columnOf(s, gutters)]!.push(s.text);
  const lengths = byColumn.flat().map((t) => t.length);
  const meanLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  const aligned = lines.filter((l) => l.segments.length >= 2).length / lines.length;
  // Prose wraps: a line that stops mid-sentence and a next line in the same column that goes on in lower case.
  const first = byColumn[0]!;
  const pairs = first.slice(1).map((next, i) => !/[.!?:]["”’)]?$/.test(first[i]!) && /^[\p{Ll}]/u.test(next));
  const wrapping = pairs.length >= 2 && pairs.filter(Boolean).length / pairs.length >= 0.5 && meanLength >= 25;
  // Bulleted lines side by side are two lists, not a table.
  const bulleted = lines.flatMap((l) => l.segments).filter((s) => BULLET.test(s.text)).length / Math.max(1, lengths.length);
  if (columns === 2 && (meanLength >= 38 || aligned < 0.5 || bulleted >= 0.3 || wrapping)) {
    return byColumn.flatMap((col, k) => [...(k > 0 ? [""] : []), ...joinWrapped(col)]);
  }
  // A table: a line with text in the first column starts a row; lines without it continue the row's cells.
  const rows: string[][] = [];
  for (const line of lines) {
    const cells: string[] = Array.from({ length: columns }, () => "");
    for (const s of line.segments) {
      const c = columnOf(s, gutters);
      cells[c] = cells[c] ? `${cells[c]} ${s.text}` : s.text;
    }
    const row = rows.at(-1);
    // A wrapped cell continues its row: no first cell, or a first cell that picks up mid-sentence in lower case.
    const continues = row && (!cells[0] || (line.segments.length < columns && /^[\p{Ll}(]/u.test(cells[0]) && !/[.!?]$/.test(row[0] ?? "")));
    if (row && continues) cells.forEach((cell, c) => cell && (row[c] = row[c] ? `${row[c]} ${cell}` : cell));
    else rows.push(cells);
  }
  return ["", ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, "/").trim()).join(" | ")} |`), ""];
}

/** Lines of one column: a wrapped line continues when it does not end a sentence and the next does not start a bullet. */
function joinWrapped(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    const structural = (l: string) => !l.trim() || /^\s*[#|]/.test(l);
    // A long line that stops mid-sentence was wrapped: the next line continues it, whatever its first letter.
    const wrapped = prev !== undefined && !structural(prev) && !structural(line) && !/[.!?:]["”’)]?$/.test(prev) && !BULLET.test(line) && (prev.length >= 60 || (prev.length >= 30 && /^[\p{Ll}\d(]/u.test(line)));
    if (wrapped) out[out.length - 1] = `${prev} ${line}`;
    else out.push(normaliseBullet(line));
  }
  return out;
}

const BULLET = /^\s*(?:[•▪◦●○■□·∙‣⁃–—*»›▸►➤-]|\d{1,2}[.)]|[a-z][.)])\s+/u;

function normaliseBullet(line: string): string {
  return line.replace(/^\s*[•▪◦●○■□·∙‣⁃–—*»›▸►➤]\s+/u, "- ");
}

/** A short line set larger than the body, or wholly in an emphasis font, without a sentence's end, is a heading. */
function renderFlowLine(line: Line, bodySize: number): string {
  const text = line.segments.map((s) => s.text).join("  ");
  const words = text.split(/\s+/).length;
  const emphasis = line.segments.every((s) => s.bodyShare < 0.2);
  const larger = line.size >= bodySize * 1.18;
  const numbered = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u.test(text);
  // Three or more segments on one line are a table's header row, not a heading.
  if (line.segments.length < 3 && words <= 12 && text.length <= 90 && (!BULLET.test(text) || (numbered && emphasis)) && !/[.,;]$/.test(text) && (larger || (emphasis && (/^\p{Lu}/u.test(text) || numbered)))) {
    const level = line.size >= bodySize * 1.6 ? 1 : line.size >= bodySize * 1.18 ? 2 : 3;
    return `\n${"#".repeat(level)} ${text.replace(/:$/, "")}`;
  }
  return normaliseBullet(text);
}

/** Page numbers and "Page 3 of 12" lines are layout, not content. */
function isPageFurniture(line: string): boolean {
  return /^\s*(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?\s*$/i.test(line) || /^\s*[-–—]\s*\d{1,3}\s*[-–—]\s*$/.test(line) || (line.length < 120 && /\bpage\s+\d{1,3}\s*(?:of|\/)\s*\d{1,3}\b/i.test(line));
}

/**
 * Text repeated at the same place on most pages (running headers and
 * footers) is kept once, on the first page it appears: a legal footer still
 * counts, a header does not drown the passages.
 */
export function dropRepeatedLines(pages: readonly string[]): string[] {
  if (pages.length < 3) return [...pages];
  // Lines that differ only in their numbers ("Cairn & Pine · 8", "· 9") are the same running footer.
  const shape = (line: string) => line.trim().replace(/\d+/g, "#");
  // Running headers and footers sit at a page's edges: its first two and last three lines.
  const edges = (page: string) => {
    const lines = page.split("\n").map((l) => l.trim()).filter(Boolean);
    return new Set([...lines.slice(0, 2), ...lines.slice(-3)].filter((l) => l.length <= 120 && !l.startsWith("#")).map(shape));
  };
  const counts = new Map<string, number>();
  for (const page of pages) for (const line of edges(page)) counts.set(line, (counts.get(line) ?? 0) + 1);
  const seen = new Set<string>();
  return pages.map((page) => {
    const edge = edges(page);
    return page
      .split("\n")
      .filter((line) => {
        const t = shape(line);
        if (!t || !edge.has(t) || (counts.get(t) ?? 0) < Math.max(3, (pages.length - 1) * 0.5)) return true;
        // A numbered running line is page furniture; a repeated unnumbered one (a legal footer) is kept once.
        if (seen.has(t) || t.includes("#")) return false;
        seen.add(t);
        return true;
      })
      .join("\n");
  });
}
