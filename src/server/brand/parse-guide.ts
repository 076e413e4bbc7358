/**
 * Brand guide files to pages of Markdown-ish text. PDF through unpdf (pdf.js),
 * DOCX through mammoth (after a zip-bomb check), HTML and text directly.
 * Problems a person can fix become GuideParseError with a message saying how.
 */
import JSZip from "jszip";
import mammoth from "mammoth";
import { getDocumentProxy } from "unpdf";
import type { GuideKind } from "@/domain/brand-guide/detect";
import { dropRepeatedLines, layoutPage, type TextRun } from "@/domain/brand-guide/pdf-layout";
import { htmlToText, type GuidePage } from "@/domain/brand-guide/sections";

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
      return [{ page: null, text: stripInlineHtml(new TextDecoder().decode(data).replace(/^\uFEFF/, "")) }];
  }
}

/** Markdown may carry inline HTML (<small>, <br>, <strong>): its words count, its tags do not. */
function stripInlineHtml(text: string): string {
  return text.replace(/<\/?(?:small|b|strong|i|em|u|span|sup|sub|br|mark|abbr|cite)\b[^>]*>/gi, "");
}

async function parsePdf(data: Uint8Array): Promise<GuidePage[]> {
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(data));
    pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [, , width] = page.view;
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!("str" in item) || !item.str) continue;
        const [a, b, , d, x, y] = item.transform as number[];
        runs.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || Math.abs(d!) || item.height, font: item.fontName });
      }
      pages.push(layoutPage(runs, width));
      page.cleanup();
    }
    await pdf.destroy();
  } catch (error) {
    const name = (error as { name?: string }).name ?? "";
    if (name === "PasswordException") throw new GuideParseError("This PDF is password-protected. Save a copy without the password and upload that.");
    throw new GuideParseError(`This PDF could not be read (${(error as Error).message}). It may be damaged; export it again from the original document.`);
  }
  if (pages.every((p) => p.trim().length === 0)) {
    throw new GuideParseError("This PDF has no text layer (it looks like scanned images). OCR isn't supported: export the guide as a text PDF, DOCX or Markdown.");
  }
  return dropRepeatedLines(pages).map((text, i) => ({ page: i + 1, text }));
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
