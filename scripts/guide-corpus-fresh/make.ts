/**
 * Writes the fresh brand-guide evaluation corpus to test/fixtures/guides-fresh/: each
 * guide in its format plus <basename>.key.json. Reuses the renderers of
 * scripts/guide-corpus/. Deterministic: the same source gives the same bytes.
 * Run: node --import tsx scripts/guide-corpus-fresh/make.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { OUT_DIR, fileName, guides, keyJson, render } from "./corpus";

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const names = new Set<string>();
  for (const guide of guides) {
    if (names.has(guide.basename)) throw new Error(`duplicate basename ${guide.basename}`);
    names.add(guide.basename);
    const file = fileName(guide);
    const { data, pages } = await render(guide);
    writeFileSync(join(OUT_DIR, file), data);
    writeFileSync(join(OUT_DIR, `${guide.basename}.key.json`), keyJson(guide, pages));
    console.log(`${file.padEnd(30)} ${pages === null ? "" : `${pages} pages`}`);
  }
}

await main();
