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
  if (bytes.length === 0) return { ok: false, reason: "The file is empty. Choose the guide itself." };
  if (includesAscii(bytes, "%PDF-", 1024)) return { ok: true, kind: "pdf" };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return includesAscii(bytes, "word/document.xml")
      ? { ok: true, kind: "docx" }
      : { ok: false, reason: `This is a ZIP archive, not a Word document. ${SUPPORTED}` };
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: `This file type is not supported. ${SUPPORTED}` };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(head.length === bytes.length ? bytes : bytes.subarray(0, 65536)).replace(/^\uFEFF/, "");
  } catch {
    // A multi-byte character cut at the 64 KiB boundary is fine; anything else is not text.
    if (bytes.length <= 65536) return { ok: false, reason: `This file is not UTF-8 text. Save it as UTF-8, or ${SUPPORTED.toLowerCase()}` };
    text = new TextDecoder("utf-8").decode(bytes.subarray(0, 65536));
  }
  if (/^\s*<(!doctype html|html|head|body|h[1-6]|p|div|section|article|main)\b/i.test(text)) return { ok: true, kind: "html" };
  if (/^#{1,6}\s+\S/m.test(text) || /^\S.*\n(=+|-+)\s*$/m.test(text)) return { ok: true, kind: "markdown" };
  return { ok: true, kind: "text" };
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
