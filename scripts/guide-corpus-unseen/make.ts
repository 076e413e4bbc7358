/**
 * Writes the unseen brand-guide corpus to test/fixtures/guides-unseen/: each guide in its format
 * plus <basename>.key.json. Deterministic: the same source gives the same bytes.
 * Run: node --import tsx scripts/guide-corpus-unseen/make.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, OUT_DIR } from "./build";
import { guides } from "./guides/index";

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const names = new Set<string>();
  for (const guide of guides) {
    if (names.has(guide.basename)) throw new Error(`duplicate basename ${guide.basename}`);
    names.add(guide.basename);
    const built = await build(guide);
    writeFileSync(join(OUT_DIR, built.file), built.data);
    writeFileSync(join(OUT_DIR, `${guide.basename}.key.json`), built.keyJson);
    console.log(`${built.file.padEnd(32)} ${built.pages === null ? "" : `${built.pages} pages`}`);
  }
}

await main();
