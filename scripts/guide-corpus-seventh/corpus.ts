/**
 * Shared by make.ts and check.ts: where the seventh corpus goes, how each guide is
 * drawn (the first corpus's renderers, imported unchanged) and how its key is built.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderDocx } from "../guide-corpus/render-docx";
import { renderHtml } from "../guide-corpus/render-html";
import { renderPdf } from "../guide-corpus/render-pdf";
import { renderMarkdown, renderText } from "../guide-corpus/render-text";
import { fileName, keyJson, type Guide } from "../guide-corpus/types";

export { fileName, keyJson };

/** test/fixtures/guides-seventh/ at the repository root. */
export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/guides-seventh");

export async function render(guide: Guide): Promise<{ data: Uint8Array | string; pages: number | null }> {
  switch (guide.format) {
    case "pdf": {
      const { bytes, pages } = await renderPdf(guide);
      return { data: bytes, pages };
    }
    case "docx":
      return { data: await renderDocx(guide), pages: null };
    case "html":
      return { data: renderHtml(guide), pages: null };
    case "markdown":
      return { data: renderMarkdown(guide), pages: null };
    case "text":
      return { data: renderText(guide), pages: null };
  }
}

