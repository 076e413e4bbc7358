/**
 * Shared by make.ts and check.ts: where the unseen corpus goes, how one guide is
 * rendered (the renderers of scripts/guide-corpus/, reused as they are) and what its
 * answer key looks like. One addition: a "spread" PDF, whose portrait pages are
 * cropped to their text area and laid two to a landscape A4 sheet with narrow margins,
 * the way a printed booklet is often exported.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PDFDocument, rgb } from "pdf-lib";
import { renderDocx } from "../guide-corpus/render-docx";
import { renderHtml } from "../guide-corpus/render-html";
import { renderPdf } from "../guide-corpus/render-pdf";
import { renderMarkdown, renderText } from "../guide-corpus/render-text";
import { EXTENSIONS, FIXED_DATE, type Guide } from "../guide-corpus/types";

/** Where the corpus is written: test/fixtures/guides-unseen/ at the repository root. */
export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/guides-unseen");

export interface UnseenGuide extends Guide {
  /** PDF only: two portrait pages per landscape sheet. */
  spread?: boolean;
}

export interface Built {
  file: string;
  data: Uint8Array;
  pages: number | null;
  /** The answer key as written to <basename>.key.json. */
  keyJson: string;
}

/** Landscape A4, in points. */
const SHEET_W = 842;
const SHEET_H = 595;
/** The part of a rendered Letter page that holds anything: running header to page footer. */
const CROP = { left: 54, bottom: 30, right: 558, top: 762 };
const MARGIN = 14;

async function spread(portrait: Uint8Array, guide: Guide): Promise<{ bytes: Uint8Array; pages: number }> {
  const src = await PDFDocument.load(portrait);
  const out = await PDFDocument.create();
  out.setTitle(guide.title);
  out.setAuthor(guide.author);
  out.setSubject(`${guide.brand} brand and style guide`);
  out.setCreator("Brandsmith unseen guide corpus");
  out.setProducer("pdf-lib");
  out.setCreationDate(FIXED_DATE);
  out.setModificationDate(FIXED_DATE);
  const pages = src.getPages();
  const embedded = await out.embedPages(pages, pages.map(() => CROP));
  const cw = CROP.right - CROP.left;
  const ch = CROP.top - CROP.bottom;
  const scale = Math.min((SHEET_W / 2 - MARGIN * 1.5) / cw, (SHEET_H - MARGIN * 2) / ch);
  const y = (SHEET_H - ch * scale) / 2;
  for (let i = 0; i < embedded.length; i += 2) {
    const sheet = out.addPage([SHEET_W, SHEET_H]);
    const left = embedded[i]!;
    const right = embedded[i + 1];
    sheet.drawPage(left, { x: SHEET_W / 4 - (cw * scale) / 2, y, xScale: scale, yScale: scale });
    sheet.drawLine({ start: { x: SHEET_W / 2, y: MARGIN }, end: { x: SHEET_W / 2, y: SHEET_H - MARGIN }, thickness: 0.5, color: rgb(0.7, 0.7, 0.7) });
    if (right) sheet.drawPage(right, { x: (SHEET_W * 3) / 4 - (cw * scale) / 2, y, xScale: scale, yScale: scale });
  }
  const bytes = await out.save({ useObjectStreams: false });
  return { bytes, pages: out.getPageCount() };
}

export async function build(guide: UnseenGuide): Promise<Built> {
  const file = `${guide.basename}.${EXTENSIONS[guide.format]}`;
  let data: Uint8Array;
  let pages: number | null = null;
  const utf8 = (s: string) => new TextEncoder().encode(s);
  switch (guide.format) {
    case "pdf": {
      const r = await renderPdf(guide);
      const s = guide.spread ? await spread(r.bytes, guide) : r;
      data = s.bytes;
      pages = s.pages;
      break;
    }
    case "docx":
      data = await renderDocx(guide);
      break;
    case "html":
      data = utf8(renderHtml(guide));
      break;
    case "markdown":
      data = utf8(renderMarkdown(guide));
      break;
    case "text":
      data = utf8(renderText(guide));
      break;
  }
  const k = guide.key;
  const key = {
    file,
    industry: guide.industry,
    format: guide.format,
    pages,
    bannedTerms: k.bannedTerms,
    productNames: k.productNames,
    disclaimers: k.disclaimers,
    signOff: k.signOff,
    style: k.style,
    notBanned: k.notBanned,
  };
  return { file, data, pages, keyJson: JSON.stringify(key, null, 2) + "\n" };
}
