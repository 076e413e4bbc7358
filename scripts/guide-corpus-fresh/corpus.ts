/**
 * Shared by make.ts and check.ts: where the fresh corpus goes, how each guide is
 * rendered (the renderers of scripts/guide-corpus/ are reused unchanged) and the
 * key each guide is written with.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderDocx } from "../guide-corpus/render-docx";
import { renderHtml } from "../guide-corpus/render-html";
import { renderPdf } from "../guide-corpus/render-pdf";
import { renderMarkdown, renderText } from "../guide-corpus/render-text";
import { fileName, keyJson, type Guide } from "../guide-corpus/types";

export { fileName, keyJson };

export { guides } from "./guides/index";

/** test/fixtures/guides-fresh/ at the repository root. */
export const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/guides-fresh");

export async function render(guide: Guide): Promise<{ data: Uint8Array; pages: number | null }> {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  switch (guide.format) {
    case "pdf": {
      const { bytes, pages } = await renderPdf(guide);
      return { data: bytes, pages };
    }
    case "docx":
      return { data: await renderDocx(guide), pages: null };
    case "html":
      return { data: utf8(renderHtml(guide)), pages: null };
    case "markdown":
      return { data: utf8(renderMarkdown(guide)), pages: null };
    case "text":
      return { data: utf8(renderText(guide)), pages: null };
  }
}

