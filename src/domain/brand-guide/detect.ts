/** What kind of brand guide a file is, decided by its content, not its name. */

export type GuideKind = "pdf" | "docx" | "markdown" | "text" | "html";
export type Detection = { ok: true; kind: GuideKind } | { ok: false; reason: string };

const SUPPORTED = "Upload a PDF, a Word document (.docx), Markdown, plain text or HTML.";

function includesAscii(bytes: Uint8Array, needle: string, limit = bytes.length): boolean {
  const n = new TextEncoder().encode(needle);
  const end = Math.min(bytes.length, limit) - n.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer;
    return true;
  }
  return false;
}

export function detectGuide(bytes: Uint8Array): Detection {
  const sniffer = new GuideSniffer();
  sniffer.add(bytes);
  return sniffer.detection();
}

const WORD_DOCUMENT = "word/document.xml";
/** The start of a file that says what it is; the rest matters only to a ZIP, which must name a Word document. */
const START_BYTES = 65536;

/** detectGuide for a file that arrives in chunks: holds its first 64 KiB, never the whole file. */
export class GuideSniffer {
  private start: Uint8Array[] = [];
  private startLength = 0;
  private signature: Uint8Array = new Uint8Array(0);
  private size = 0;
  private wordDocument = false;
  /** The end of the last chunk, in case "word/document.xml" spans two. */
  private tail: Uint8Array = new Uint8Array(0);

  add(chunk: Uint8Array) {
    if (this.startLength < START_BYTES) {
      const part = chunk.slice(0, START_BYTES - this.startLength);
      this.start.push(part);
      this.startLength += part.length;
    }
    if (this.signature.length < 4) this.signature = concat(this.signature, chunk.subarray(0, 4 - this.signature.length));
    this.size += chunk.length;
    // Once the start says it is not a ZIP, the rest need not be searched.
    if (!this.wordDocument && (this.signature.length < 4 || isZip(this.signature))) {
      const window = concat(this.tail, chunk);
      this.wordDocument = includesAscii(window, WORD_DOCUMENT);
      this.tail = window.slice(Math.max(0, window.length - WORD_DOCUMENT.length + 1));
    }
  }

  detection(): Detection {
    const bytes = concat(...this.start);
    if (this.size === 0) return { ok: false, reason: "The file is empty. Choose the guide itself." };
    if (includesAscii(bytes, "%PDF-", 1024)) return { ok: true, kind: "pdf" };
    if (isZip(bytes)) {
      return this.wordDocument ? { ok: true, kind: "docx" } : { ok: false, reason: `This is a ZIP archive, not a Word document. ${SUPPORTED}` };
    }
    const head = bytes.subarray(0, 8192);
    if (head.includes(0)) return { ok: false, reason: `This file type is not supported. ${SUPPORTED}` };
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(head.length === this.size ? head : bytes).replace(/^\uFEFF/, "");
    } catch {
      // A multi-byte character cut at the 64 KiB boundary is fine; anything else is not text.
      if (this.size <= START_BYTES) return { ok: false, reason: `This file is not UTF-8 text. Save it as UTF-8, or ${SUPPORTED.toLowerCase()}` };
      text = new TextDecoder("utf-8").decode(bytes);
    }
    if (/^\s*<(!doctype html|html|head|body|h[1-6]|p|div|section|article|main)\b/i.test(text)) return { ok: true, kind: "html" };
    if (/^#{1,6}\s+\S/m.test(text) || /^\S.*\n(=+|-+)\s*$/m.test(text)) return { ok: true, kind: "markdown" };
    return { ok: true, kind: "text" };
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

const NAMED: Record<string, { kinds: readonly GuideKind[]; label: string }> = {
  pdf: { kinds: ["pdf"], label: "a PDF" },
  docx: { kinds: ["docx"], label: "a Word document" },
};
const KIND_LABELS: Record<GuideKind, string> = { pdf: "a PDF", docx: "a Word document", markdown: "text (Markdown)", text: "text", html: "HTML" };

/**
 * When a file's name promises a PDF or a Word document but its content is
 * something else (a text file renamed .pdf), what to tell the person; null
 * when name and content agree or the name promises nothing.
 */
export function nameMismatch(filename: string, kind: GuideKind): string | null {
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? "";
  const named = NAMED[extension];
  if (!named || named.kinds.includes(kind)) return null;
  return `${filename} is ${KIND_LABELS[kind]}, not ${named.label}, whatever its name says. Read it as ${KIND_LABELS[kind]}, or choose the real ${extension.toUpperCase()} file.`;
}
