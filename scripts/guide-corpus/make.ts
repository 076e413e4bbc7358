/**
 * Writes the brand-guide evaluation corpus to test/fixtures/guides/: each guide in
 * its format plus <basename>.key.json, the rules an automatic reader should find.
 * Deterministic: same input, same bytes. Run: node --import tsx scripts/guide-corpus/make.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { guides } from "./guides/index";
import { OUT_DIR } from "./paths";
import { renderDocx } from "./render-docx";
import { renderHtml } from "./render-html";
import { renderPdf } from "./render-pdf";
import { renderMarkdown, renderText } from "./render-text";
import { EXTENSIONS, type Guide } from "./types";

async function render(guide: Guide): Promise<{ data: Uint8Array | string; pages: number | null }> {
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
    const file = `${guide.basename}.${EXTENSIONS[guide.format]}`;
    const { data, pages } = await render(guide);
    writeFileSync(join(OUT_DIR, file), data);
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
    writeFileSync(join(OUT_DIR, `${guide.basename}.key.json`), JSON.stringify(key, null, 2) + "\n");
    console.log(`${file.padEnd(32)} ${pages === null ? "" : `${pages} pages`}`);
  }
}

await main();
