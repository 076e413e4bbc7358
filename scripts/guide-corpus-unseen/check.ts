/**
 * Checks the unseen corpus against its keys. For every guide: the file opens in the libraries
 * the app uses (unpdf getDocumentProxy + getTextContent, mammoth), DOCX parts are well-formed
 * XML and HTML tags balance; every key entry (banned term, replacement, product name, verbatim
 * disclaimer, sign-off, not-banned word) is in the text extracted from the file; PDF page counts
 * match; keys are well formed; and rendering is deterministic (two fresh renders give the bytes
 * on disk). Run after make.ts: node --import tsx scripts/guide-corpus-unseen/check.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build, OUT_DIR } from "./build";
import { guides } from "./guides/index";
import { docxText, htmlText, markdownText, norm, pdfText, same } from "../lib/corpus-check";

const KEY_FIELDS = ["file", "industry", "format", "pages", "bannedTerms", "productNames", "disclaimers", "signOff", "style", "notBanned"];
const STYLE_FIELDS = ["maxExclamations", "allowEmoji", "noAllCaps", "noExclamationInSubject"];
const FORMAT_COUNTS: Record<string, number> = { pdf: 4, docx: 2, html: 2, markdown: 1, text: 1 };

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

function checkKeyShape(raw: Record<string, unknown>, key: Key, problems: string[]): void {
  if (JSON.stringify(Object.keys(raw)) !== JSON.stringify(KEY_FIELDS)) problems.push(`key fields ${Object.keys(raw).join(",")}`);
  if (JSON.stringify(Object.keys(key.style)) !== JSON.stringify(STYLE_FIELDS)) problems.push(`style fields ${Object.keys(key.style).join(",")}`);
  const s = key.style;
  if (!(s.maxExclamations === null || (Number.isInteger(s.maxExclamations) && (s.maxExclamations as number) >= 0))) problems.push("maxExclamations");
  for (const f of STYLE_FIELDS.slice(1)) if (s[f] !== null && typeof s[f] !== "boolean") problems.push(`style.${f}`);
  const terms = key.bannedTerms.map((b) => b.term.toLowerCase());
  if (new Set(terms).size !== terms.length) problems.push("duplicate banned term");
  for (const b of key.bannedTerms) {
    if (b.term !== b.term.toLowerCase() && !/^[A-Z]/.test(b.term)) problems.push(`term not lowercase: ${b.term}`);
    if (b.term !== norm(b.term) || b.replacement === "" || (b.replacement && b.replacement !== norm(b.replacement))) problems.push(`whitespace or empty: ${b.term}`);
  }
  for (const n of key.productNames) {
    if (/[™®]/.test(n)) problems.push(`product name keeps a symbol: ${n}`);
    if (terms.includes(n.toLowerCase())) problems.push(`product name is banned: ${n}`);
  }
  for (const d of [...key.disclaimers, ...(key.signOff ? [key.signOff] : [])]) if (d !== norm(d)) problems.push(`whitespace not collapsed: ${d.slice(0, 40)}`);
  for (const n of key.notBanned) if (terms.includes(n.toLowerCase())) problems.push(`notBanned is banned: ${n}`);
}

async function main(): Promise<void> {
  const problemsAll: string[] = [];
  const onDisk = readdirSync(OUT_DIR).filter((f) => f !== "README.md").sort();
  const expected: string[] = [];
  const formats: Record<string, number> = {};
  let failed = 0;
  for (const guide of guides) {
    const problems: string[] = [];
    // Determinism: two fresh renders, byte for byte the same as each other and as the files on disk.
    const [a, b] = [await build(guide), await build(guide)];
    expected.push(a.file, `${guide.basename}.key.json`);
    formats[guide.format] = (formats[guide.format] ?? 0) + 1;
    if (!same(a.data, b.data) || a.keyJson !== b.keyJson) problems.push("two renders differ");
    const data = readFileSync(join(OUT_DIR, a.file));
    const keyText = readFileSync(join(OUT_DIR, `${guide.basename}.key.json`), "utf8");
    if (!same(a.data, data)) problems.push(`${a.file} on disk differs from a fresh render (run make.ts)`);
    if (keyText !== a.keyJson) problems.push("key on disk differs from a fresh render (run make.ts)");

    const raw = JSON.parse(keyText) as Record<string, unknown>;
    const key = raw as unknown as Key;
    checkKeyShape(raw, key, problems);
    if (key.file !== a.file || key.format !== guide.format) problems.push("key file/format");

    let text: string;
    if (key.format === "pdf") {
      const r = await pdfText(data);
      text = r.text;
      if (r.pages !== key.pages) problems.push(`pages ${r.pages} != key ${key.pages}`);
      if (r.pages < 2 || r.pages > 20) problems.push(`${r.pages} pages`);
    } else if (key.format === "docx") text = await docxText(data, problems);
    else if (key.format === "html") text = htmlText(data.toString("utf8"), problems, ["<nav", "<main", "<footer"]);
    else text = markdownText(data.toString("utf8"));
    if (key.format !== "pdf" && key.pages !== null) problems.push("pages should be null");

    const flat = norm(text);
    const lower = flat.toLowerCase();
    const words = flat.split(" ").filter((w) => /[A-Za-z]/.test(w)).length;
    if (words < 400 || words > 3000) problems.push(`${words} words`);
    for (const bt of key.bannedTerms) {
      if (!lower.includes(bt.term.toLowerCase())) problems.push(`banned term missing: ${bt.term}`);
      if (bt.replacement && !lower.includes(bt.replacement.toLowerCase())) problems.push(`replacement missing: ${bt.replacement}`);
    }
    for (const n of key.productNames) if (!flat.includes(n)) problems.push(`product missing: ${n}`);
    for (const d of key.disclaimers) if (!flat.includes(norm(d))) problems.push(`disclaimer not verbatim: ${d.slice(0, 60)}`);
    if (key.signOff && !flat.includes(key.signOff)) problems.push(`sign-off missing: ${key.signOff}`);
    for (const n of key.notBanned) if (!lower.includes(n.toLowerCase())) problems.push(`notBanned missing: ${n}`);

    const pages = key.pages === null ? "" : `${key.pages} pp`;
    const summary = `${key.file.padEnd(28)} ${pages.padEnd(5)} ${String(words).padStart(5)} words  ${key.bannedTerms.length} banned  ${key.productNames.length} products  ${key.disclaimers.length} disclaimers`;
    console.log(problems.length ? `FAIL ${summary}\n  - ${problems.join("\n  - ")}` : `ok   ${summary}`);
    if (problems.length) failed++;
  }
  expected.sort();
  if (JSON.stringify(onDisk) !== JSON.stringify(expected)) problemsAll.push(`files on disk ${onDisk.join(", ")} != expected ${expected.join(", ")}`);
  for (const f of new Set([...Object.keys(formats), ...Object.keys(FORMAT_COUNTS)])) {
    if (formats[f] !== FORMAT_COUNTS[f]) problemsAll.push(`${formats[f] ?? 0} ${f} guides, want ${FORMAT_COUNTS[f] ?? 0}`);
  }
  if (!readdirSync(OUT_DIR).includes("README.md")) problemsAll.push("no README.md");
  for (const p of problemsAll) console.log(`FAIL corpus: ${p}`);
  if (failed || problemsAll.length) process.exitCode = 1;
}

await main();
