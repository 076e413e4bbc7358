/**
 * Writes the HELD-OUT brand-guide corpus to test/fixtures/guides-heldout/: eight guides,
 * each in its format, plus <basename>.key.json. The guides are new data (./guides/);
 * the drawing is done by the first corpus's renderers, imported unchanged.
 * Deterministic: same input, same bytes.
 * Run: node --import tsx scripts/guide-corpus-heldout/make.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { renderDocx } from "../guide-corpus/render-docx";
import { renderHtml } from "../guide-corpus/render-html";
import { renderPdf } from "../guide-corpus/render-pdf";
import { renderMarkdown, renderText } from "../guide-corpus/render-text";
import { EXTENSIONS, type Guide } from "../guide-corpus/types";
import { heldoutGuides } from "./guides/index";
import { HELDOUT_DIR } from "./paths";

/** Render one guide to its file contents (also used by check.ts to prove determinism). */
export async function renderGuide(guide: Guide): Promise<{ file: string; data: Uint8Array | string; pages: number | null }> {
  const file = `${guide.basename}.${EXTENSIONS[guide.format]}`;
  switch (guide.format) {
    case "pdf": {
      const { bytes, pages } = await renderPdf(guide);
      return { file, data: bytes, pages };
    }
    case "docx":
      return { file, data: await renderDocx(guide), pages: null };
    case "html":
      return { file, data: renderHtml(guide), pages: null };
    case "markdown":
      return { file, data: renderMarkdown(guide), pages: null };
    case "text":
      return { file, data: renderText(guide), pages: null };
  }
}

/** The answer key, fields in the same order as the first corpus. */
export function keyFor(guide: Guide, file: string, pages: number | null): string {
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
  return JSON.stringify(key, null, 2) + "\n";
}

async function main(): Promise<void> {
  mkdirSync(HELDOUT_DIR, { recursive: true });
  const names = new Set<string>();
  for (const guide of heldoutGuides) {
    if (names.has(guide.basename)) throw new Error(`duplicate basename ${guide.basename}`);
    names.add(guide.basename);
    const { file, data, pages } = await renderGuide(guide);
    writeFileSync(join(HELDOUT_DIR, file), data);
    writeFileSync(join(HELDOUT_DIR, `${guide.basename}.key.json`), keyFor(guide, file, pages));
    console.log(`${file.padEnd(34)} ${pages === null ? "" : `${pages} pages`}`);
  }
}

// Only write files when run directly; check.ts imports renderGuide and keyFor.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
