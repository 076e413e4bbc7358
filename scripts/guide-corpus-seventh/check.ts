/**
 * Checks the seventh corpus against its keys. Each file is opened the way the app opens it
 * (unpdf getDocumentProxy + getTextContent for PDF, mammoth for DOCX, tag-stripped HTML, Markdown
 * without its markup) and every key entry must be in the extracted text: banned terms and
 * replacements, product names, disclaimers verbatim (whitespace collapsed), the sign-off and the
 * not-banned words. PDF page counts must match the key, and rendering every guide again must give
 * the same bytes as the files on disk, and the same key.
 * Run after make.ts: node --import tsx scripts/guide-corpus-seventh/check.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OUT_DIR, fileName, keyJson, render } from "./corpus";
import { guides } from "./guides/index";
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

function checkKey(key: Key, flat: string, problems: string[]): void {
  const lower = flat.toLowerCase();
  for (const b of key.bannedTerms) {
    if (b.term !== b.term.toLowerCase() && !/^[A-Z]/.test(b.term)) problems.push(`term not lowercase: ${b.term}`);
    if (!lower.includes(b.term.toLowerCase())) problems.push(`banned term missing: ${b.term}`);
    if (b.replacement !== null && !flat.includes(b.replacement)) problems.push(`replacement not as written: ${b.replacement}`);
  }
  for (const n of key.productNames) {
    if (/[™®]/.test(n)) problems.push(`product name keeps its symbol: ${n}`);
    if (!flat.includes(n)) problems.push(`product missing: ${n}`);
  }
  for (const d of key.disclaimers) {
    if (d !== norm(d)) problems.push(`disclaimer whitespace not collapsed: ${d.slice(0, 50)}`);
    if (!flat.includes(d)) problems.push(`disclaimer not verbatim: ${d.slice(0, 60)}`);
  }
  if (key.signOff !== null && (key.signOff !== norm(key.signOff) || !flat.includes(key.signOff))) problems.push(`sign-off missing: ${key.signOff}`);
  const banned = new Set(key.bannedTerms.map((b) => b.term.toLowerCase()));
  if (banned.size !== key.bannedTerms.length) problems.push("a banned term is listed twice");
  for (const n of key.notBanned) {
    if (!lower.includes(n.toLowerCase())) problems.push(`notBanned missing: ${n}`);
    if (banned.has(n.toLowerCase())) problems.push(`notBanned is banned: ${n}`);
  }
  if (JSON.stringify(Object.keys(key.style)) !== JSON.stringify(STYLE_FIELDS)) problems.push(`style fields ${Object.keys(key.style).join(",")}`);
  const { maxExclamations, allowEmoji, noAllCaps, noExclamationInSubject } = key.style;
  if (maxExclamations !== null && !(Number.isInteger(maxExclamations) && (maxExclamations as number) >= 0)) problems.push("maxExclamations");
  for (const [name, v] of Object.entries({ allowEmoji, noAllCaps, noExclamationInSubject })) if (v !== null && typeof v !== "boolean") problems.push(`style ${name}`);
}

async function main(): Promise<void> {
  let failed = 0;
  const expected = new Set(["README.md"]);
  for (const guide of guides) {
    const file = fileName(guide);
    expected.add(file).add(`${guide.basename}.key.json`);
    const problems: string[] = [];
    const path = join(OUT_DIR, file);
    const keyPath = join(OUT_DIR, `${guide.basename}.key.json`);
    if (!existsSync(path) || !existsSync(keyPath)) {
      console.log(`FAIL ${file}: not written; run make.ts`);
      failed++;
      continue;
    }
    const data = readFileSync(path);
    const keyText = readFileSync(keyPath, "utf8");
    const raw = JSON.parse(keyText) as Record<string, unknown>;
    const key = raw as unknown as Key;
    if (JSON.stringify(Object.keys(raw)) !== JSON.stringify(KEY_FIELDS)) problems.push(`key fields ${Object.keys(raw).join(",")}`);
    if (key.file !== file || key.format !== guide.format) problems.push("key file or format does not match the guide");

    // Determinism: two fresh renders equal each other and the bytes on disk; the key is what make.ts writes.
    const first = await render(guide);
    const second = await render(guide);
    const bytes = (d: Uint8Array | string) => (typeof d === "string" ? Buffer.from(d, "utf8") : Buffer.from(d));
    if (!bytes(first.data).equals(bytes(second.data))) problems.push("two renders differ: output is not deterministic");
    if (!bytes(first.data).equals(data)) problems.push("file on disk differs from a fresh render; run make.ts");
    if (keyJson(guide, first.pages) !== keyText) problems.push("key on disk differs from the guide's key; run make.ts");

    let text: string;
    if (key.format === "pdf") {
      const r = await pdfText(data);
      text = r.text;
      if (r.pages !== key.pages) problems.push(`pages ${r.pages} != key ${key.pages}`);
    } else {
      if (key.pages !== null) problems.push("pages should be null");
      if (key.format === "docx") text = await docxText(data, problems, ["<table>", "<li>", "<h1>"]);
      else if (key.format === "html") text = htmlText(data.toString("utf8"), problems, ["<main", "<footer", "<nav"]);
      else text = markdownText(data.toString("utf8"));
    }
    const flat = norm(text);
    const words = flat.split(" ").filter((w) => /[A-Za-z]/.test(w)).length;
    if (words < 500 || words > 2000) problems.push(`${words} words (want 500 to 2000)`);
    checkKey(key, flat, problems);

    const summary = `${file.padEnd(26)} ${String(words).padStart(5)} words  ${key.pages === null ? "      " : `${key.pages} pp  `}${key.bannedTerms.length} banned  ${key.productNames.length} products  ${key.disclaimers.length} disclaimers`;
    console.log(problems.length ? `FAIL ${summary}\n  - ${problems.join("\n  - ")}` : `ok   ${summary}`);
    if (problems.length) failed++;
  }
  const extra = readdirSync(OUT_DIR).filter((f) => !expected.has(f));
  if (extra.length) {
    console.log(`FAIL unexpected files in ${OUT_DIR}: ${extra.join(", ")}`);
    failed++;
  }
  if (failed) process.exitCode = 1;
}

await main();
