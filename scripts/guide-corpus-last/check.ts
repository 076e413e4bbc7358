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
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import mammoth from "mammoth";
import { getDocumentProxy } from "unpdf";
import type { Guide } from "../guide-corpus/types";
import { guides } from "./guides/index";
import { fileName, keyJson, render } from "./make";
import { OUT_DIR } from "./paths";

const VOID = new Set(["meta", "link", "br", "hr", "img", "input", "source", "wbr"]);
const MIN_WORDS = 400;
const MAX_WORDS = 2500;

function decode(s: string): string {
  return s
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

async function pdfText(data: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(data));
  let text = "";
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    for (const item of content.items) if ("str" in item) text += item.str + (item.hasEOL ? "\n" : "");
    text += "\n";
  }
  return { text, pages: pdf.numPages };
}

async function docxText(data: Uint8Array, problems: string[]): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    new DOMParser({
      errorHandler: {
        warning: (m: string) => problems.push(`${name}: XML warning ${m}`),
        error: (m: string) => problems.push(`${name}: XML error ${m}`),
        fatalError: (m: string) => problems.push(`${name}: XML fatal ${m}`),
      },
    }).parseFromString(xml, "application/xml");
  }
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(data) });
  // Custom paragraph styles (Title, Small Print) have no HTML mapping; real Word files warn the same way.
  for (const m of result.messages) if (!/Unrecognised paragraph style/.test(m.message)) problems.push(`mammoth ${m.type}: ${m.message}`);
  if (!/<table>/.test(result.value) || !/<li>/.test(result.value) || !/<h1>/.test(result.value)) problems.push("mammoth output lacks table, list or heading");
  return decode(result.value.replace(/<\/(p|li|h\d|td|tr)>/g, "\n"));
}

function htmlText(html: string, problems: string[]): string {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(\/?)>/g)) {
    const [, close, rawName, selfClose] = m;
    const name = (rawName ?? "").toLowerCase();
    if (VOID.has(name) || selfClose) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) problems.push(`unbalanced </${name}> at ${m.index}`);
  }
  if (stack.length) problems.push(`unclosed tags: ${stack.join(", ")}`);
  for (const tag of ["<nav", "<table", "<ul", "<ol", '<aside class="callout"', "<footer"]) if (!html.includes(tag)) problems.push(`no ${tag}`);
  const body = html.replace(/<head>[\s\S]*<\/head>/, "");
  return decode(body.replace(/<\/(p|li|h\d|td|tr|th)>/g, "\n"));
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim();
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
  } else if (guide.format === "docx") text = await docxText(data, problems);
  else if (guide.format === "html") text = htmlText(Buffer.from(data).toString("utf8"), problems);
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
