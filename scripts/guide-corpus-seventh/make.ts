/**
 * Writes the seventh brand-guide corpus to test/fixtures/guides-seventh/: each guide
 * in its format plus <basename>.key.json. Deterministic: same source, same bytes.
 * Run: node --import tsx scripts/guide-corpus-seventh/make.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { OUT_DIR, fileName, keyJson, render } from "./corpus";
import { guides } from "./guides/index";

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
    console.log(`${file.padEnd(32)} ${pages === null ? "" : `${pages} pages`}`);
  }
}

await main();
