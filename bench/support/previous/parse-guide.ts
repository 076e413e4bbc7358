/**
 * Brand guide files to pages of Markdown-ish text. PDF through unpdf (pdf.js),
 * DOCX through mammoth (after a zip-bomb check), HTML and text directly.
 * Problems a person can fix become GuideParseError with a message saying how.
 */
import JSZip from "jszip";
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import type { GuideKind } from "@/domain/brand-guide/detect";
import { htmlToText, type GuidePage } from "./sections";

export class GuideParseError extends Error {}

/** A DOCX whose parts expand past GUIDE_DOCX_MAX_MB (default 100) is refused (zip bomb). */
function docxMaxUncompressed(): number {
  return Number(process.env.GUIDE_DOCX_MAX_MB ?? 100) * 1024 * 1024;
}

export async function parseGuide(kind: GuideKind, data: Uint8Array): Promise<GuidePage[]> {
  switch (kind) {
    case "pdf":
      return parsePdf(data);
    case "docx":
      return [{ page: null, text: htmlToText(await docxToHtml(data)) }];
    case "html":
      return [{ page: null, text: htmlToText(new TextDecoder().decode(data)) }];
    case "markdown":
    case "text":
      return [{ page: null, text: new TextDecoder().decode(data).replace(/^\uFEFF/, "") }];
  }
}

async function parsePdf(data: Uint8Array): Promise<GuidePage[]> {
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(data));
    pages = (await extractText(pdf, { mergePages: false })).text;
  } catch (error) {
    const name = (error as { name?: string }).name ?? "";
    if (name === "PasswordException") throw new GuideParseError("This PDF is password-protected. Save a copy without the password and upload that.");
    throw new GuideParseError(`This PDF could not be read (${(error as Error).message}). It may be damaged; export it again from the original document.`);
  }
  if (pages.every((p) => p.trim().length === 0)) {
    throw new GuideParseError("This PDF has no text layer (it looks like scanned images). OCR isn't supported: export the guide as a text PDF, DOCX or Markdown.");
  }
  return pages.map((text, i) => ({ page: i + 1, text: reflow(text) }));
}

/** pdf.js joins a page's text runs with spaces; put likely headings and list items back on their own lines. */
function reflow(text: string): string {
  return text
    .replace(/\s+(•|▪|–)\s+/g, "\n- ")
    .replace(/\s{2,}/g, "\n")
    .trim();
}

async function docxToHtml(data: Uint8Array): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new GuideParseError("This Word document is damaged (not a valid .docx archive). Save it again from Word and upload that.");
  }
  let total = 0;
  for (const file of Object.values(zip.files)) {
    total += (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (total > docxMaxUncompressed()) {
      throw new GuideParseError(`This Word document expands to more than ${Math.round(docxMaxUncompressed() / 1024 / 1024)} MB. Remove embedded media, or export the text as Markdown.`);
    }
  }
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(data) });
  return result.value;
}
