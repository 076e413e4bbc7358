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

/** A line that reads like a heading in text without markup: short, no closing punctuation, ALL CAPS or ending in a colon. */
function plainHeading(line: string): string | null {
  const t = line.trim();
  if (t.length < 3 || t.length > 80) return null;
  if (/^[A-Z0-9][A-Z0-9 &'’/,-]+$/.test(t) && /[A-Z]{3}/.test(t)) return titleCase(t);
  if (/^[^.!?]{3,60}:$/.test(t)) return t.slice(0, -1);
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

  const flush = () => {
    const text = buffer.join("\n").replace(/\n{3,}/g, "\n\n").trim();
    buffer = [];
    if (!text) return;
    const section = path.filter(Boolean).join(" › ");
    for (const piece of split(text)) chunks.push({ ordinal: chunks.length, section, page: bufferPage, text: piece });
  };

  for (const { page, text } of pages) {
    for (const line of text.split(/\r?\n/)) {
      const md = /^(#{1,6})\s+(.+?)\s*#*$/.exec(line);
      const heading = md ? { level: md[1]!.length, title: md[2]!.trim() } : plainHeading(line) ? { level: Math.max(1, path.length || 1), title: plainHeading(line)! } : null;
      if (heading) {
        flush();
        path.length = heading.level - 1;
        path[heading.level - 1] = heading.title;
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

/** Splits long sections at paragraph, then sentence, boundaries. */
function split(text: string): string[] {
  if (text.length <= CHUNK_CHARS) return [text];
  const out: string[] = [];
  let current = "";
  for (const paragraph of text.split(/\n\s*\n/)) {
    const pieces = paragraph.length > CHUNK_CHARS ? paragraph.match(/[^.!?]+[.!?]+|\S[^.!?]*$/g) ?? [paragraph] : [paragraph];
    for (const piece of pieces) {
      if (current && current.length + piece.length + 2 > CHUNK_CHARS) {
        out.push(current.trim());
        current = "";
      }
      current += (current ? (pieces.length > 1 ? " " : "\n\n") : "") + piece.trim();
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** HTML to Markdown-ish text: headings become #, blocks become lines, scripts and styles go. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, "")
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi, (_m, level: string, inner: string) => `\n${"#".repeat(Number(level))} ${inner.replace(/<[^>]+>/g, "").trim()}\n`)
      .replace(/<li\b[^>]*>/gi, "\n- ")
      .replace(/<(br|\/p|\/div|\/li|\/tr|\/section|\/article|\/ul|\/ol|\/table)\b[^>]*>/gi, "\n")
      .replace(/<[^>]+>/g, ""),
  )
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n\s*\n+/g, "\n\n")
    .trim();
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", mdash: "—", ndash: "–", hellip: "…" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === "#") return String.fromCodePoint(code[1]?.toLowerCase() === "x" ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return named[code.toLowerCase()] ?? m;
  });
}
