/**
 * Writes the "last" brand-guide evaluation corpus to test/fixtures/guides-last/: each guide
 * in its format plus <basename>.key.json. Reuses the renderers of scripts/guide-corpus/, so
 * output is deterministic (fixed dates, no randomness): same source, same bytes.
 * Run: node --import tsx scripts/guide-corpus-last/make.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { renderDocx } from "../guide-corpus/render-docx";
import { renderHtml } from "../guide-corpus/render-html";
import { renderPdf } from "../guide-corpus/render-pdf";
import { renderMarkdown, renderText } from "../guide-corpus/render-text";
import { fileName, keyJson, type Guide } from "../guide-corpus/types";

export { fileName, keyJson };
import { guides } from "./guides/index";
import { OUT_DIR } from "./paths";

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

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const names = new Set<string>();
  for (const guide of guides) {
    if (names.has(guide.basename)) throw new Error(`duplicate basename ${guide.basename}`);
    names.add(guide.basename);
    const { data, pages } = await render(guide);
    writeFileSync(join(OUT_DIR, fileName(guide)), data);
    writeFileSync(join(OUT_DIR, `${guide.basename}.key.json`), keyJson(guide, pages));
    console.log(`${fileName(guide).padEnd(30)} ${pages === null ? "" : `${pages} pages`}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
