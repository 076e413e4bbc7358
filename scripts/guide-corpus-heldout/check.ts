/**
 * Checks the held-out corpus (adapted from scripts/guide-corpus/check.ts, which exports
 * nothing and checks only the first corpus when imported):
 *  - every file opens in the libraries the app uses (unpdf, mammoth); DOCX parts are
 *    well-formed XML; HTML tags balance;
 *  - every key entry (banned term, replacement, product name, disclaimer, sign-off,
 *    not-banned word) is in the file's extracted text, with whitespace normalised;
 *  - the key is consistent (fields in order, no not-banned word or product name banned);
 *  - re-rendering each guide gives the same bytes and the same key (determinism);
 *  - no basename or brand is shared with the first corpus.
 * Run after make.ts: node --import tsx scripts/guide-corpus-heldout/check.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OUT_DIR as FIRST_CORPUS_DIR } from "../guide-corpus/paths";
import { heldoutGuides } from "./guides/index";
import { keyFor, renderGuide } from "./make";
import { HELDOUT_DIR } from "./paths";
import { docxText, htmlText, markdownText, norm, pdfText } from "../lib/corpus-check";

const KEY_FIELDS = ["file", "industry", "format", "pages", "bannedTerms", "productNames", "disclaimers", "signOff", "style", "notBanned"];
const STYLE_FIELDS = ["maxExclamations", "allowEmoji", "noAllCaps", "noExclamationInSubject"];

interface Key {
  file: string;
  format: string;
  pages: number | null;
  bannedTerms: { term: string; replacement: string | null }[];
  productNames: string[];
  disclaimers: string[];
  signOff: string | null;
  style: Record<string, unknown>;
  notBanned: string[];
}

async function extract(key: Key, data: Buffer, problems: string[]): Promise<string> {
  switch (key.format) {
    case "pdf": {
      const r = await pdfText(data);
      if (r.pages !== key.pages) problems.push(`pages ${r.pages} != key ${key.pages}`);
      if (r.pages < 2 || r.pages > 20) problems.push(`${r.pages} pages`);
      return r.text;
    }
    case "docx":
      return docxText(data, problems);
    case "html":
      return htmlText(data.toString("utf8"), problems);
    default:
      return markdownText(data.toString("utf8"));
  }
}

function checkKey(key: Key, raw: Record<string, unknown>, flat: string, problems: string[]): void {
  const lower = flat.toLowerCase();
  if (JSON.stringify(Object.keys(raw)) !== JSON.stringify(KEY_FIELDS)) problems.push(`key fields ${Object.keys(raw).join(",")}`);
  if (JSON.stringify(Object.keys(key.style)) !== JSON.stringify(STYLE_FIELDS)) problems.push(`style fields ${Object.keys(key.style).join(",")}`);
  if (key.format !== "pdf" && key.pages !== null) problems.push("pages should be null");
  const banned = new Set<string>();
  for (const b of key.bannedTerms) {
    const t = b.term.toLowerCase();
    if (banned.has(t)) problems.push(`duplicate banned term: ${b.term}`);
    banned.add(t);
    if (b.term !== t && !/^[A-Z]/.test(b.term)) problems.push(`term not lowercase: ${b.term}`);
    if (b.term !== b.term.trim() || b.replacement === "") problems.push(`untidy entry: ${JSON.stringify(b)}`);
    if (!lower.includes(t)) problems.push(`banned term missing: ${b.term}`);
    if (b.replacement && !lower.includes(b.replacement.toLowerCase())) problems.push(`replacement missing: ${b.replacement}`);
  }
  for (const n of key.productNames) {
    if (!flat.includes(n)) problems.push(`product missing: ${n}`);
    if (banned.has(n.toLowerCase())) problems.push(`product is banned: ${n}`);
  }
  for (const d of key.disclaimers) if (!flat.includes(norm(d))) problems.push(`disclaimer not verbatim: ${d.slice(0, 60)}`);
  if (key.signOff && !flat.includes(key.signOff)) problems.push(`sign-off missing: ${key.signOff}`);
  for (const n of key.notBanned) {
    if (!lower.includes(n.toLowerCase())) problems.push(`notBanned missing: ${n}`);
    if (banned.has(n.toLowerCase())) problems.push(`notBanned is banned: ${n}`);
  }
}

async function main(): Promise<void> {
  let failed = 0;
  const firstNames = new Set(existsSync(FIRST_CORPUS_DIR) ? readdirSync(FIRST_CORPUS_DIR).map((f) => f.replace(/\..*$/, "")) : []);
  const firstBrands = existsSync(FIRST_CORPUS_DIR)
    ? readdirSync(FIRST_CORPUS_DIR).filter((f) => !f.endsWith(".key.json") && f !== "README.md").map((f) => f.replace(/\..*$/, "").split("-")[0]!)
    : [];
  const onDisk = readdirSync(HELDOUT_DIR).filter((f) => f.endsWith(".key.json")).sort();
  if (onDisk.length !== heldoutGuides.length) problems0(`expected ${heldoutGuides.length} keys, found ${onDisk.length}`);
  for (const guide of heldoutGuides) {
    const problems: string[] = [];
    const keyFile = `${guide.basename}.key.json`;
    const keyText = readFileSync(join(HELDOUT_DIR, keyFile), "utf8");
    const raw = JSON.parse(keyText) as Record<string, unknown>;
    const key = raw as unknown as Key;
    if (firstNames.has(guide.basename)) problems.push("basename also in the first corpus");
    if (firstBrands.includes(guide.basename.split("-")[0]!)) problems.push("brand word also in the first corpus");
    const data = readFileSync(join(HELDOUT_DIR, key.file));

    // Determinism: a fresh render must match the file and the key byte for byte.
    const again = await renderGuide(guide);
    const fresh = typeof again.data === "string" ? Buffer.from(again.data, "utf8") : Buffer.from(again.data);
    if (again.file !== key.file) problems.push(`file ${again.file} != key ${key.file}`);
    if (!fresh.equals(data)) problems.push("re-render differs from the file on disk (not deterministic, or make.ts not re-run)");
    if (keyFor(guide, again.file, again.pages) !== keyText) problems.push("key on disk differs from the guide's key (re-run make.ts)");

    const text = await extract(key, data, problems);
    const flat = norm(text);
    const words = flat.split(" ").filter((w) => /[A-Za-z]/.test(w)).length;
    if (words < 400 || words > 6000) problems.push(`${words} words`);
    checkKey(key, raw, flat, problems);

    const pages = key.pages === null ? "" : `${key.pages} pp`;
    const summary = `${key.file.padEnd(30)} ${pages.padEnd(6)} ${String(words).padStart(5)} words  ${key.bannedTerms.length} banned  ${key.productNames.length} products  ${key.disclaimers.length} disclaimers`;
    console.log(problems.length ? `FAIL ${summary}\n  - ${problems.join("\n  - ")}` : `ok   ${summary}`);
    if (problems.length) failed++;
  }
  if (failed) process.exitCode = 1;
}

function problems0(message: string): void {
  console.log(`FAIL ${message}`);
  process.exitCode = 1;
}

await main();
