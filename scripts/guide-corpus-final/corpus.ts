/**
 * Shared by make.ts and check.ts: render one guide with the first corpus's renderers
 * (imported, not copied) and build its answer key in the first corpus's key format.
 */
import { renderDocx } from "../guide-corpus/render-docx";
import { renderHtml } from "../guide-corpus/render-html";
import { renderPdf } from "../guide-corpus/render-pdf";
import { renderMarkdown, renderText } from "../guide-corpus/render-text";
import { EXTENSIONS, type Guide } from "../guide-corpus/types";

export interface Rendered {
  file: string;
  data: Uint8Array;
  pages: number | null;
}

export async function render(guide: Guide): Promise<Rendered> {
  const file = `${guide.basename}.${EXTENSIONS[guide.format]}`;
  const utf8 = (s: string) => new TextEncoder().encode(s);
  switch (guide.format) {
    case "pdf": {
      const { bytes, pages } = await renderPdf(guide);
      return { file, data: bytes, pages };
    }
    case "docx":
      return { file, data: await renderDocx(guide), pages: null };
    case "html":
      return { file, data: utf8(renderHtml(guide)), pages: null };
    case "markdown":
      return { file, data: utf8(renderMarkdown(guide)), pages: null };
    case "text":
      return { file, data: utf8(renderText(guide)), pages: null };
  }
}

/** The answer key exactly as written to <basename>.key.json (field order matters). */
export function keyJson(guide: Guide, r: Rendered): string {
  const k = guide.key;
  const key = {
    file: r.file,
    industry: guide.industry,
    format: guide.format,
    pages: r.pages,
    bannedTerms: k.bannedTerms,
    productNames: k.productNames,
    disclaimers: k.disclaimers,
    signOff: k.signOff,
    style: k.style,
    notBanned: k.notBanned,
  };
  return JSON.stringify(key, null, 2) + "\n";
}
