/**
 * Checks the final corpus against its keys. For every guide:
 *  - determinism: rendering twice gives the same bytes, equal to the file and key on disk;
 *  - the file opens in the libraries the app uses: unpdf (getDocumentProxy + getTextContent)
 *    for PDF, mammoth for DOCX; DOCX parts are well-formed XML; HTML tags balance;
 *  - PDF page counts match the key;
 *  - every key entry (banned term, replacement, product name, disclaimer verbatim with
 *    whitespace collapsed, sign-off, not-banned word) is in the text extracted from the file.
 * Run after make.ts: node --import tsx scripts/guide-corpus-final/check.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Guide } from "../guide-corpus/types";
import { keyJson, render } from "./corpus";
import { guides } from "./guides/index";
import { OUT_DIR } from "./paths";
import { docxText, htmlText, markdownText, norm, pdfText, same } from "../lib/corpus-check";

const KEY_FIELDS = ["file", "industry", "format", "pages", "bannedTerms", "productNames", "disclaimers", "signOff", "style", "notBanned"];
const STYLE_FIELDS = ["maxExclamations", "allowEmoji", "noAllCaps", "noExclamationInSubject"];
/** Banned terms keyed with capitals because they contain a proper noun or an acronym. */
const CASED_TERMS = new Set(["act of God", "DIY disaster"]);
/** Tag-stripped text of the page body, after checking that tags balance. */
async function checkGuide(guide: Guide): Promise<{ problems: string[]; summary: string }> {
  const problems: string[] = [];
  const first = await render(guide);
  const second = await render(guide);
  if (!same(first.data, second.data)) problems.push("two renders differ: output is not deterministic");
  const path = join(OUT_DIR, first.file);
  const keyPath = join(OUT_DIR, `${guide.basename}.key.json`);
  if (!existsSync(path) || !existsSync(keyPath)) return { problems: [...problems, "file or key missing: run make.ts"], summary: first.file };
  const data = new Uint8Array(readFileSync(path));
  if (!same(data, first.data)) problems.push("file on disk differs from a fresh render: run make.ts");
  const keyText = readFileSync(keyPath, "utf8");
  if (keyText !== keyJson(guide, first)) problems.push("key on disk differs from the guide's key: run make.ts");

  const raw = JSON.parse(keyText) as Record<string, unknown>;
  if (JSON.stringify(Object.keys(raw)) !== JSON.stringify(KEY_FIELDS)) problems.push(`key fields ${Object.keys(raw).join(",")}`);
  const key = guide.key;
  if (JSON.stringify(Object.keys(key.style)) !== JSON.stringify(STYLE_FIELDS)) problems.push(`style fields ${Object.keys(key.style).join(",")}`);

  let text: string;
  if (guide.format === "pdf") {
    const r = await pdfText(data);
    text = r.text;
    if (r.pages !== raw.pages) problems.push(`pages ${r.pages} != key ${String(raw.pages)}`);
    if (r.pages < 2 || r.pages > 20) problems.push(`${r.pages} pages`);
  } else {
    if (raw.pages !== null) problems.push("pages should be null");
    const s = new TextDecoder().decode(data);
    if (guide.format === "docx") text = await docxText(data, problems, []);
    else if (guide.format === "html") text = htmlText(s, problems);
    else text = markdownText(s);
  }

  const flat = norm(text);
  const lower = flat.toLowerCase();
  const words = flat.split(" ").filter((w) => /[A-Za-z]/.test(w)).length;
  if (words < 400 || words > 6000) problems.push(`${words} words`);
  const terms = new Set<string>();
  for (const b of key.bannedTerms) {
    if (terms.has(b.term.toLowerCase())) problems.push(`duplicate banned term: ${b.term}`);
    terms.add(b.term.toLowerCase());
    if (b.term !== b.term.toLowerCase() && !CASED_TERMS.has(b.term)) problems.push(`term not lowercase: ${b.term}`);
    if (b.term !== norm(b.term)) problems.push(`term has stray whitespace: ${b.term}`);
    if (!lower.includes(b.term.toLowerCase())) problems.push(`banned term missing: ${b.term}`);
    if (b.replacement !== null && !lower.includes(b.replacement.toLowerCase())) problems.push(`replacement missing: ${b.replacement}`);
    if (b.replacement === "" || b.replacement === "\u2014") problems.push(`empty replacement for ${b.term}: use null`);
  }
  for (const n of key.productNames) {
    if (!flat.includes(n)) problems.push(`product missing: ${n}`);
    if (terms.has(n.toLowerCase())) problems.push(`product is banned: ${n}`);
    if (/[\u2122\u00ae]/.test(n)) problems.push(`product name keyed with a mark: ${n}`);
  }
  for (const d of key.disclaimers) {
    if (d !== norm(d)) problems.push(`disclaimer key not whitespace-collapsed: ${d.slice(0, 40)}`);
    if (!flat.includes(d)) problems.push(`disclaimer not verbatim: ${d.slice(0, 60)}`);
  }
  if (key.signOff !== null) {
    if (key.signOff !== norm(key.signOff)) problems.push("sign-off key not whitespace-collapsed");
    if (!flat.includes(key.signOff)) problems.push(`sign-off missing: ${key.signOff}`);
  }
  for (const n of key.notBanned) {
    if (!lower.includes(n.toLowerCase())) problems.push(`notBanned missing: ${n}`);
    if (terms.has(n.toLowerCase())) problems.push(`notBanned is banned: ${n}`);
  }
  const summary = `${first.file.padEnd(28)} ${String(words).padStart(5)} words  ${first.pages === null ? "      " : `${String(first.pages).padStart(2)} pp  `}${key.bannedTerms.length} banned  ${key.productNames.length} products  ${key.disclaimers.length} disclaimers`;
  return { problems, summary };
}

async function main(): Promise<void> {
  let failed = 0;
  const expected = new Set<string>(["README.md"]);
  for (const guide of guides) {
    const { problems, summary } = await checkGuide(guide);
    expected.add(summary.split(" ")[0]!).add(`${guide.basename}.key.json`);
    console.log(problems.length ? `FAIL ${summary}\n  - ${problems.join("\n  - ")}` : `ok   ${summary}`);
    if (problems.length) failed++;
  }
  const stray = readdirSync(OUT_DIR).filter((f) => !expected.has(f));
  if (stray.length) {
    console.log(`FAIL stray files in ${OUT_DIR}: ${stray.join(", ")}`);
    failed++;
  }
  const formats = guides.map((g) => g.format).sort().join(",");
  if (formats !== "docx,docx,html,html,markdown,pdf,pdf,pdf") {
    console.log(`FAIL corpus formats ${formats}`);
    failed++;
  }
  if (failed) process.exitCode = 1;
}

await main();
