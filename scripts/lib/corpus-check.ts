/**
 * What every guide corpus's check.ts needs to open its files the way the app
 * does (unpdf, mammoth) and get at their text: each corpus was written by a
 * different hand, but they are all checked with the same tools.
 */
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import mammoth from "mammoth";
import { getDocumentProxy } from "unpdf";

const VOID = new Set(["meta", "link", "br", "hr", "img", "input", "source", "wbr"]);

export const norm = (s: string) => s.replace(/\s+/g, " ").trim();

export const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

function decode(s: string): string {
  return s
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

/** The text pdf.js gives, line ends kept, and the page count. */
export async function pdfText(data: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(data));
  let text = "";
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    for (const item of content.items) if ("str" in item) text += item.str + (item.hasEOL ? "\n" : "");
    text += "\n";
  }
  return { text, pages: pdf.numPages };
}

/**
 * A DOCX's text through mammoth; problems gets every XML part that is not
 * well formed, every mammoth message, and each of `mustHave` (e.g. "<table>")
 * missing from mammoth's HTML.
 */
export async function docxText(data: Uint8Array, problems: string[], mustHave: readonly string[] = ["<h1>"]): Promise<string> {
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
  for (const tag of mustHave) if (!result.value.includes(tag)) problems.push(`mammoth output has no ${tag}`);
  return decode(result.value.replace(/<\/(p|li|h\d|td|tr)>/g, "\n"));
}

/** An HTML guide's body text; problems gets unbalanced tags and each of `mustHave` (e.g. "<footer") missing. */
export function htmlText(html: string, problems: string[], mustHave: readonly string[] = []): string {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(\/?)>/g)) {
    const [, close, rawName, selfClose] = m;
    const name = (rawName ?? "").toLowerCase();
    if (VOID.has(name) || selfClose) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) problems.push(`unbalanced </${name}> at ${m.index}`);
  }
  if (stack.length) problems.push(`unclosed tags: ${stack.join(", ")}`);
  for (const tag of mustHave) if (!html.includes(tag)) problems.push(`no ${tag}`);
  const body = html.replace(/<head>[\s\S]*<\/head>/, "");
  return decode(body.replace(/<\/(p|li|h\d|td|tr|th)>/g, "\n"));
}

/** Markdown or plain text as a reader sees it: no emphasis marks, escapes, small tags or quote markers. */
export function markdownText(md: string): string {
  return md.replaceAll("**", "").replaceAll("\\|", "|").replace(/<\/?small>/g, "").replace(/^> ?/gm, "");
}
