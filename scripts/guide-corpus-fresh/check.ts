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
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import mammoth from "mammoth";
import { getDocumentProxy } from "unpdf";
import { OUT_DIR, fileName, guides, keyJson, render } from "./corpus";

const KEY_FIELDS = ["file", "industry", "format", "pages", "bannedTerms", "productNames", "disclaimers", "signOff", "style", "notBanned"];
const STYLE_FIELDS = ["maxExclamations", "allowEmoji", "noAllCaps", "noExclamationInSubject"];
const VOID = new Set(["meta", "link", "br", "hr", "img", "input", "source", "wbr"]);

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

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

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

async function docxText(data: Buffer, problems: string[]): Promise<string> {
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
  const result = await mammoth.convertToHtml({ buffer: data });
  // Custom paragraph styles (Small Print) have no HTML mapping; real Word files warn the same way.
  for (const m of result.messages) if (!/Unrecognised paragraph style/.test(m.message)) problems.push(`mammoth ${m.type}: ${m.message}`);
  if (!/<table>/.test(result.value) || !/<h1>/.test(result.value)) problems.push("mammoth output lacks a table or a heading");
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
  for (const tag of ["<nav", "<main", "<footer"]) if (!html.includes(tag)) problems.push(`no ${tag}`);
  const body = html.replace(/<head>[\s\S]*<\/head>/, "");
  return decode(body.replace(/<\/(p|li|h\d|td|tr|th)>/g, "\n"));
}

function textOf(data: string): string {
  return data.replaceAll("**", "").replaceAll("\\|", "|").replace(/<\/?small>/g, "").replace(/^> ?/gm, "");
}

const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

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
    } else if (key.format === "docx") text = await docxText(data, problems);
    else if (key.format === "html") text = htmlText(data.toString("utf8"), problems);
    else text = textOf(data.toString("utf8"));
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
