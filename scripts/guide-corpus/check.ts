/**
 * Checks the written corpus against its keys: files open in the libraries the app
 * uses (unpdf, mammoth), DOCX parts are well-formed XML, HTML tags balance, and
 * every key entry (banned term, replacement, product name, disclaimer, sign-off,
 * not-banned word) is really in the guide's extracted text.
 * Run after make.ts: node --import tsx scripts/guide-corpus/check.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OUT_DIR } from "./paths";
import { docxText, htmlText, norm, pdfText } from "../lib/corpus-check";

const KEY_FIELDS = ["file", "industry", "format", "pages", "bannedTerms", "productNames", "disclaimers", "signOff", "style", "notBanned"];

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
  const keys = readdirSync(OUT_DIR).filter((f) => f.endsWith(".key.json")).sort();
  let failed = 0;
  for (const keyFile of keys) {
    const raw = JSON.parse(readFileSync(join(OUT_DIR, keyFile), "utf8")) as Record<string, unknown>;
    const key = raw as unknown as Key;
    const problems: string[] = [];
    if (JSON.stringify(Object.keys(raw)) !== JSON.stringify(KEY_FIELDS)) problems.push(`key fields ${Object.keys(raw).join(",")}`);
    const data = readFileSync(join(OUT_DIR, key.file));
    let text: string;
    if (key.format === "pdf") {
      const r = await pdfText(data);
      text = r.text;
      if (r.pages !== key.pages) problems.push(`pages ${r.pages} != key ${key.pages}`);
      if (r.pages < 2 || r.pages > 20) problems.push(`${r.pages} pages`);
    } else if (key.format === "docx") text = await docxText(data, problems, ["<table>", "<li>", "<h1>"]);
    else if (key.format === "html") text = htmlText(data.toString("utf8"), problems, ["<nav", "<table", "<ul", "<ol", '<aside class="callout"', "<footer"]);
    else text = data.toString("utf8").replaceAll("**", "").replaceAll("\\|", "|").replace(/<\/?small>/g, "").replace(/^> ?/gm, "");
    if (key.format !== "pdf" && key.pages !== null) problems.push("pages should be null");
    const flat = norm(text);
    const lower = flat.toLowerCase();
    const words = flat.split(" ").filter((w) => /[A-Za-z]/.test(w)).length;
    if (words < 400 || words > 6000) problems.push(`${words} words`);
    for (const b of key.bannedTerms) {
      if (b.term !== b.term.toLowerCase() && !/^[A-Z]/.test(b.term)) problems.push(`term not lowercase: ${b.term}`);
      if (!lower.includes(b.term.toLowerCase())) problems.push(`banned term missing: ${b.term}`);
      if (b.replacement && !lower.includes(b.replacement.toLowerCase())) problems.push(`replacement missing: ${b.replacement}`);
    }
    for (const n of key.productNames) if (!flat.includes(n)) problems.push(`product missing: ${n}`);
    for (const d of key.disclaimers) if (!flat.includes(norm(d))) problems.push(`disclaimer not verbatim: ${d.slice(0, 60)}`);
    if (key.signOff && !flat.includes(key.signOff)) problems.push(`sign-off missing: ${key.signOff}`);
    const banned = new Set(key.bannedTerms.map((b) => b.term.toLowerCase()));
    for (const n of key.notBanned) {
      if (!lower.includes(n.toLowerCase())) problems.push(`notBanned missing: ${n}`);
      if (banned.has(n.toLowerCase())) problems.push(`notBanned is banned: ${n}`);
    }
    const summary = `${key.file.padEnd(30)} ${String(words).padStart(5)} words  ${key.bannedTerms.length} banned  ${key.productNames.length} products  ${key.disclaimers.length} disclaimers`;
    console.log(problems.length ? `FAIL ${summary}\n  - ${problems.join("\n  - ")}` : `ok   ${summary}`);
    if (problems.length) failed++;
  }
  if (failed) process.exitCode = 1;
}

await main();
