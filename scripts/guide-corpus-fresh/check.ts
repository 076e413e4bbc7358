/**
 * Checks the fresh corpus in test/fixtures/guides-fresh/ against its keys:
 * - every guide and key is on disk, and nothing else is (apart from README.md);
 * - output is deterministic: each guide is rendered twice in memory, and both renders
 *   and the generated key are byte-identical to the files on disk;
 * - files open in the libraries the app uses (unpdf getDocumentProxy + getTextContent,
 *   mammoth), DOCX parts are well-formed XML and HTML tags balance;
 * - PDF page counts match the key;
 * - every key entry (banned term, replacement, product name, verbatim disclaimer,
 *   sign-off, not-banned word) is in the text extracted from the file.
 * Run after make.ts: node --import tsx scripts/guide-corpus-fresh/check.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OUT_DIR, fileName, guides, keyJson, render } from "./corpus";
import { docxText, htmlText, markdownText, norm, pdfText, same } from "../lib/corpus-check";

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

async function main(): Promise<void> {
  let failed = 0;
  const expected = new Set(["README.md"]);
  for (const g of guides) expected.add(fileName(g)).add(`${g.basename}.key.json`);
  const onDisk = readdirSync(OUT_DIR);
  const stray = onDisk.filter((f) => !expected.has(f));
  const missing = [...expected].filter((f) => !existsSync(join(OUT_DIR, f)));
  if (stray.length || missing.length) {
    console.log(`FAIL directory: stray ${stray.join(", ") || "none"}; missing ${missing.join(", ") || "none"}`);
    failed++;
  }

  for (const guide of guides) {
    const file = fileName(guide);
    const problems: string[] = [];
    if (!existsSync(join(OUT_DIR, file))) continue;
    const data = readFileSync(join(OUT_DIR, file));
    const keyText = readFileSync(join(OUT_DIR, `${guide.basename}.key.json`), "utf8");

    // Determinism: two fresh renders and the generated key match the files on disk.
    const a = await render(guide);
    const b = await render(guide);
    if (!same(a.data, b.data)) problems.push("two renders differ (not deterministic)");
    if (!same(a.data, data)) problems.push("file on disk differs from a fresh render (run make.ts)");
    if (keyJson(guide, a.pages) !== keyText) problems.push("key on disk differs from the generated key (run make.ts)");

    const raw = JSON.parse(keyText) as Record<string, unknown>;
    const key = raw as unknown as Key;
    if (JSON.stringify(Object.keys(raw)) !== JSON.stringify(KEY_FIELDS)) problems.push(`key fields ${Object.keys(raw).join(",")}`);
    if (JSON.stringify(Object.keys(key.style)) !== JSON.stringify(STYLE_FIELDS)) problems.push(`style fields ${Object.keys(key.style).join(",")}`);

    let text: string;
    if (key.format === "pdf") {
      const r = await pdfText(data);
      text = r.text;
      if (r.pages !== key.pages) problems.push(`pages ${r.pages} != key ${key.pages}`);
      if (r.pages < 2 || r.pages > 20) problems.push(`${r.pages} pages`);
    } else if (key.format === "docx") text = await docxText(data, problems, ["<table>", "<h1>"]);
    else if (key.format === "html") text = htmlText(data.toString("utf8"), problems, ["<nav", "<main", "<footer"]);
    else text = markdownText(data.toString("utf8"));
    if (key.format !== "pdf" && key.pages !== null) problems.push("pages should be null");

    const flat = norm(text);
    const lower = flat.toLowerCase();
    const words = flat.split(" ").filter((w) => /[A-Za-z]/.test(w)).length;
    if (words < 400 || words > 3000) problems.push(`${words} words (want 400-3000)`);

    const terms = new Set<string>();
    for (const bt of key.bannedTerms) {
      if (terms.has(bt.term)) problems.push(`duplicate banned term: ${bt.term}`);
      terms.add(bt.term);
      if (bt.term !== bt.term.toLowerCase() && !/^[A-Z]/.test(bt.term)) problems.push(`term not lowercase: ${bt.term}`);
      if (!lower.includes(bt.term.toLowerCase())) problems.push(`banned term missing: ${bt.term}`);
      if (bt.replacement !== null && !lower.includes(bt.replacement.toLowerCase())) problems.push(`replacement missing: ${bt.replacement}`);
    }
    for (const n of key.productNames) {
      if (/[™®]/.test(n)) problems.push(`product name keeps its symbol: ${n}`);
      if (!flat.includes(n)) problems.push(`product missing: ${n}`);
    }
    for (const d of key.disclaimers) {
      if (d !== norm(d)) problems.push(`disclaimer whitespace not collapsed: ${d.slice(0, 50)}`);
      if (!flat.includes(d)) problems.push(`disclaimer not verbatim: ${d.slice(0, 60)}`);
    }
    if (key.signOff !== null) {
      if (key.signOff !== norm(key.signOff)) problems.push("sign-off whitespace not collapsed");
      if (!flat.includes(key.signOff)) problems.push(`sign-off missing: ${key.signOff}`);
    }
    const banned = new Set(key.bannedTerms.map((bt) => bt.term.toLowerCase()));
    for (const n of key.notBanned) {
      if (!lower.includes(n.toLowerCase())) problems.push(`notBanned missing: ${n}`);
      if (banned.has(n.toLowerCase())) problems.push(`notBanned is banned: ${n}`);
    }

    const pages = key.pages === null ? "" : ` ${key.pages} pp`;
    const summary = `${file.padEnd(28)}${pages.padEnd(7)} ${String(words).padStart(5)} words  ${key.bannedTerms.length} banned  ${key.productNames.length} products  ${key.disclaimers.length} disclaimers`;
    console.log(problems.length ? `FAIL ${summary}\n  - ${problems.join("\n  - ")}` : `ok   ${summary}`);
    if (problems.length) failed++;
  }
  if (failed) process.exitCode = 1;
}

await main();
