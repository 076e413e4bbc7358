/**
 * Brand guides as sections (heading path + text + page) and as chunks small
 * enough to retrieve and cite. Pure: parsers turn files into Markdown-ish
 * text per page first.
 */

export interface GuidePage {
  /** 1-based page number for paginated sources (PDF), null otherwise. */
  page: number | null;
  text: string;
}

export interface GuideChunk {
  ordinal: number;
  /** "Voice › Words we avoid". */
  section: string;
  page: number | null;
  text: string;
}

export const CHUNK_CHARS = 1200;

/**
 * A line that reads like a heading in text without markup: short, no
 * closing punctuation, ALL CAPS, or ending in a colon (only in documents
 * without Markdown headings, where such labels are how sections are named).
 */
function plainHeading(line: string, markdown: boolean): { title: string; caps: boolean } | null {
  const t = line.trim();
  if (t.length < 3 || t.length > 80 || /^[-*•|>]/.test(t)) return null;
  if (/^[A-Z0-9][A-Z0-9 &'’/,:-]+$/.test(t) && /[A-Z]{3}/.test(t) && t.split(/\s+/).length <= 8) return { title: titleCase(t.replace(/:$/, "")), caps: true };
  if (!markdown && /^[^.!?]{3,60}:$/.test(t) && t.split(/\s+/).length <= 7) return { title: t.slice(0, -1), caps: false };
  return null;
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
}

export function chunkGuide(pages: GuidePage[]): GuideChunk[] {
  const chunks: GuideChunk[] = [];
  const path: string[] = [];
  let buffer: string[] = [];
  let bufferPage: number | null = null;
  const markdown = pages.some((p) => /^#{1,6}\s+\S/m.test(p.text) || /\n\s*(={3,}|-{3,})\s*$/m.test(p.text));
  let markdownDepth = 0;
  let capsDepth = 0;

  const flush = () => {
    const text = buffer.join("\n").replace(/\n{3,}/g, "\n\n").trim();
    buffer = [];
    if (!text) return;
    const section = path.filter(Boolean).join(" › ");
    for (const piece of split(text)) chunks.push({ ordinal: chunks.length, section, page: bufferPage, text: piece });
  };
  const enter = (level: number, title: string) => {
    flush();
    path.length = level - 1;
    path[level - 1] = title;
  };

  for (const { page, text } of pages) {
    bufferPage = page;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      // Setext headings: a line underlined with === or ---.
      const underline = /^\s*(=+|-+)\s*$/.exec(lines[i + 1] ?? "");
      if (underline && underline[1]!.length >= 3 && line.trim() && line.trim().length <= 80 && !/^[-*•|>]/.test(line.trim())) {
        markdownDepth = underline[1]![0] === "=" ? 1 : 2;
        capsDepth = markdownDepth;
        enter(markdownDepth, /^[A-Z0-9\s&'’:,/-]+$/.test(line.trim()) ? titleCase(line.trim()) : line.trim());
        bufferPage = page;
        i++;
        continue;
      }
      const md = /^(#{1,6})\s+(.+?)\s*#*$/.exec(line);
      if (md) {
        markdownDepth = md[1]!.length;
        capsDepth = markdownDepth;
        enter(markdownDepth, md[2]!.trim());
        bufferPage = page;
        continue;
      }
      const plain = plainHeading(line, markdown);
      if (plain) {
        // ALL CAPS lines sit under the last Markdown heading; colon labels under the last ALL CAPS heading.
        const level = plain.caps ? markdownDepth + 1 : capsDepth + 1;
        if (plain.caps) capsDepth = level;
        enter(level, plain.title);
        bufferPage = page;
        continue;
      }
      if (buffer.length === 0) bufferPage = page;
      buffer.push(line);
    }
    // Keep page references exact: a chunk never spans two pages.
    if (page !== null) flush();
  }
  flush();
  return chunks;
}

/** Splits long sections at paragraph, then sentence, boundaries; long tables at rows, each piece with the header row. */
function split(text: string): string[] {
  if (text.length <= CHUNK_CHARS) return [text];
  const out: string[] = [];
  let current = "";
  for (const paragraph of text.split(/\n\s*\n/)) {
    const lines = paragraph.split("\n");
    const table = lines.every((l) => l.trim().startsWith("|"));
    const pieces = paragraph.length <= CHUNK_CHARS ? [paragraph] : table ? tablePieces(lines) : (paragraph.match(/[^.!?]+[.!?]+|\S[^.!?]*$/g) ?? [paragraph]);
    for (const piece of pieces) {
      if (current && current.length + piece.length + 2 > CHUNK_CHARS) {
        out.push(current.trim());
        current = "";
      }
      current += (current ? (pieces.length > 1 && !table ? " " : "\n\n") : "") + piece.trim();
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

function tablePieces(lines: readonly string[]): string[] {
  const [header, ...rows] = lines;
  const pieces: string[] = [];
  let current = header!;
  for (const row of rows) {
    if (current.length + row.length + 1 > CHUNK_CHARS - 100 && current !== header) {
      pieces.push(current);
      current = header!;
    }
    current += `\n${row}`;
  }
  pieces.push(current);
  return pieces;
}

/**
 * HTML to Markdown-ish text: headings become #, tables `| a | b |` rows,
 * list items `- `, callouts and quotes `> `, other blocks lines; scripts,
 * styles and navigation go.
 */
export function htmlToText(html: string): string {
  const inline = (fragment: string) => decodeEntities(fragment.replace(/<br\b[^>]*>/gi, " ").replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ").trim();
  return decodeEntities(
    html
      .replace(/<(script|style|noscript|template|nav|svg)\b[\s\S]*?<\/\1>/gi, "")
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<table\b[^>]*>([\s\S]*?)<\/table>/gi, (_m, inner: string) => `\n\n${tableRows(inner, inline)}\n\n`)
      .replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi, (_m, level: string, inner: string) => `\n${"#".repeat(Number(level))} ${inline(inner)}\n`)
      .replace(/<footer\b[^>]*>([\s\S]*?)<\/footer>/gi, (_m, inner: string) => `\n## Footer\n${blockLines(inner, inline).join("\n\n")}\n`)
      .replace(/<(aside|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/gi, (_m, _tag: string, inner: string) => `\n\n${blockLines(inner, inline).map((l) => `> ${l}`).join("\n")}\n\n`)
      .replace(/<li\b[^>]*>/gi, "\n- ")
      .replace(/<(br|\/p|\/div|\/li|\/tr|\/section|\/article|\/ul|\/ol|\/dt|\/dd|\/footer|\/header|\/figcaption)\b[^>]*>/gi, "\n")
      .replace(/<[^>]+>/g, ""),
  )
    .replace(/[ \t]+/g, " ")
    .replace(/^ +| +$/gm, "")
    .replace(/\n\s*\n\s*\n+/g, "\n\n")
    .trim();
}

function tableRows(inner: string, inline: (fragment: string) => string): string {
  const rows = [...inner.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) => [...row[1]!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/gi)].map((cell) => inline(cell[1]!).replace(/\|/g, "/")));
  return rows
    .filter((cells) => cells.some(Boolean))
    .map((cells) => `| ${cells.join(" | ")} |`)
    .join("\n");
}

/** The lines of a callout: one per paragraph or list item. */
function blockLines(inner: string, inline: (fragment: string) => string): string[] {
  return inner
    .split(/<\/?(?:p|li|div|br)\b[^>]*>/i)
    .map(inline)
    .filter(Boolean);
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", mdash: "—", ndash: "–", hellip: "…" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === "#") return String.fromCodePoint(code[1]?.toLowerCase() === "x" ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return named[code.toLowerCase()] ?? m;
  });
}
