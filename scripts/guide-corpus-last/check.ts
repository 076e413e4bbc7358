/**
 * Checks the "last" corpus against its keys. For every guide: the file on disk equals a fresh
 * render, and a second render gives the same bytes (determinism); the key on disk equals the
 * key in the guide data; files open in the libraries the app uses (unpdf getDocumentProxy +
 * getTextContent, mammoth); DOCX parts are well-formed XML and HTML tags balance; PDF page
 * counts match; and every key entry (banned term, replacement, product name, verbatim
 * disclaimer, sign-off, not-banned word) is really in the text extracted from the file.
 * Run after make.ts: node --import tsx scripts/guide-corpus-last/check.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Guide } from "../guide-corpus/types";
import { guides } from "./guides/index";
import { fileName, keyJson, render } from "./make";
import { OUT_DIR } from "./paths";
import { docxText, htmlText, norm, pdfText } from "../lib/corpus-check";

const MIN_WORDS = 400;

const MAX_WORDS = 2500;

const same = (a: Uint8Array | string, b: Uint8Array | string) => Buffer.from(a).equals(Buffer.from(b));

async function checkGuide(guide: Guide, problems: string[]): Promise<{ words: number; pages: number | null }> {
  const file = fileName(guide);
  const path = join(OUT_DIR, file);
  if (!existsSync(path)) {
    problems.push(`${file} not written; run make.ts`);
    return { words: 0, pages: null };
  }
  const data = new Uint8Array(readFileSync(path));
  const first = await render(guide);
  const second = await render(guide);
  if (!same(first.data, second.data)) problems.push("two renders differ: output is not deterministic");
  if (!same(first.data, data)) problems.push(`${file} differs from a fresh render; run make.ts`);
  const keyPath = join(OUT_DIR, `${guide.basename}.key.json`);
  if (!existsSync(keyPath) || readFileSync(keyPath, "utf8") !== keyJson(guide, first.pages)) problems.push("key.json differs from the guide data; run make.ts");

  let text: string;
  let pages: number | null = null;
  if (guide.format === "pdf") {
    const r = await pdfText(data);
    text = r.text;
    pages = r.pages;
    if (r.pages !== first.pages) problems.push(`unpdf sees ${r.pages} pages, key says ${first.pages}`);
  } else if (guide.format === "docx") text = await docxText(data, problems, ["<table>", "<li>", "<h1>"]);
  else if (guide.format === "html") text = htmlText(Buffer.from(data).toString("utf8"), problems, ["<nav", "<table", "<ul", "<ol", '<aside class="callout"', "<footer"]);
  else text = Buffer.from(data).toString("utf8").replaceAll("**", "").replaceAll("\\|", "|").replace(/<\/?small>/g, "").replace(/^> ?/gm, "");

  const k = guide.key;
  const flat = norm(text);
  const lower = flat.toLowerCase();
  const words = flat.split(" ").filter((w) => /[A-Za-z]/.test(w)).length;
  if (words < MIN_WORDS || words > MAX_WORDS) problems.push(`${words} words (want ${MIN_WORDS}-${MAX_WORDS})`);
  const seen = new Set<string>();
  for (const b of k.bannedTerms) {
    if (seen.has(b.term.toLowerCase())) problems.push(`duplicate banned term ${b.term}`);
    seen.add(b.term.toLowerCase());
    if (b.term !== b.term.toLowerCase() && !/^[A-Z]/.test(b.term)) problems.push(`term not lowercase: ${b.term}`);
    if (b.term !== norm(b.term)) problems.push(`term whitespace: ${b.term}`);
    if (!lower.includes(b.term.toLowerCase())) problems.push(`banned term missing: ${b.term}`);
    if (b.replacement !== null && (b.replacement === "" || !lower.includes(b.replacement.toLowerCase()))) problems.push(`replacement missing: ${b.replacement}`);
  }
  for (const n of k.productNames) {
    if (/[\u2122\u00ae]/.test(n)) problems.push(`product keeps its symbol: ${n}`);
    if (!flat.includes(n)) problems.push(`product missing: ${n}`);
    if (seen.has(n.toLowerCase())) problems.push(`product is also banned: ${n}`);
  }
  for (const d of k.disclaimers) {
    if (d !== norm(d)) problems.push(`disclaimer whitespace not collapsed: ${d.slice(0, 50)}`);
    if (!flat.includes(d)) problems.push(`disclaimer not verbatim: ${d.slice(0, 60)}`);
  }
  if (k.signOff !== null) {
    if (k.signOff !== norm(k.signOff)) problems.push("sign-off whitespace not collapsed");
    if (!flat.includes(k.signOff)) problems.push(`sign-off missing: ${k.signOff}`);
  }
  const styleKeys = Object.keys(k.style).join(",");
  if (styleKeys !== "maxExclamations,allowEmoji,noAllCaps,noExclamationInSubject") problems.push(`style fields ${styleKeys}`);
  for (const n of k.notBanned) {
    if (!lower.includes(n.toLowerCase())) problems.push(`notBanned missing: ${n}`);
    if (seen.has(n.toLowerCase())) problems.push(`notBanned is banned: ${n}`);
  }
  return { words, pages };
}

async function main(): Promise<void> {
  let failed = 0;
  const fail = (msg: string) => {
    console.log(`FAIL ${msg}`);
    failed++;
  };
  const expected = new Set(guides.map((g) => `${g.basename}.key.json`));
  for (const f of readdirSync(OUT_DIR).filter((f) => f.endsWith(".key.json"))) if (!expected.has(f)) fail(`stray key ${f}`);
  const formats = guides.map((g) => g.format).sort().join(",");
  if (formats !== "docx,docx,html,html,markdown,pdf,pdf,pdf,pdf,text") fail(`format mix ${formats}`);
  let longest = 0;
  for (const guide of guides) {
    const problems: string[] = [];
    const { words, pages } = await checkGuide(guide, problems);
    longest = Math.max(longest, pages ?? 0);
    const k = guide.key;
    const summary = `${fileName(guide).padEnd(28)} ${String(words).padStart(5)} words ${pages === null ? "       " : `${String(pages).padStart(2)} pp  `} ${k.bannedTerms.length} banned  ${k.productNames.length} products  ${k.disclaimers.length} disclaimers`;
    console.log(problems.length ? `FAIL ${summary}\n  - ${problems.join("\n  - ")}` : `ok   ${summary}`);
    if (problems.length) failed++;
  }
  if (longest < 6) fail("no PDF of 6+ pages");
  if (failed) process.exitCode = 1;
}

await main();
