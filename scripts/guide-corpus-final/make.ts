/**
 * Writes the final held-out guide corpus to test/fixtures/guides-final/: each guide in
 * its format plus <basename>.key.json. Deterministic: same input, same bytes.
 * Run: node --import tsx scripts/guide-corpus-final/make.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { keyJson, render } from "./corpus";
import { guides } from "./guides/index";
import { OUT_DIR } from "./paths";

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const names = new Set<string>();
  for (const guide of guides) {
    if (names.has(guide.basename)) throw new Error(`duplicate basename ${guide.basename}`);
    names.add(guide.basename);
    const r = await render(guide);
    writeFileSync(join(OUT_DIR, r.file), r.data);
    writeFileSync(join(OUT_DIR, `${guide.basename}.key.json`), keyJson(guide, r));
    console.log(`${r.file.padEnd(32)} ${r.pages === null ? "" : `${r.pages} pages`}`);
  }
}

await main();
