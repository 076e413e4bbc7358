/**
 * HTML renderer: a full page with a site header and nav (optionally an in-page
 * contents list), the guide in <main>, callouts as <aside class="callout">, and
 * every footer block gathered into the page's <footer> with the copyright line.
 */
import { richRuns, type Block, type Column, type Guide } from "./types";

function esc(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function inline(text: string): string {
  return richRuns(text)
    .map((r) => (r.bold ? `<strong>${esc(r.text)}</strong>` : esc(r.text)))
    .join("");
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function column(col: Column): string {
  const head = col.heading ? `<h4>${esc(col.heading)}</h4>` : "";
  const body = col.bullets
    ? `<ul>${col.lines.map((l) => `<li>${inline(l)}</li>`).join("")}</ul>`
    : col.lines.map((l) => `<p>${inline(l)}</p>`).join("");
  return `<div style="flex:1 1 0">${head}${body}</div>`;
}

function block(b: Block, accent: string): string {
  switch (b.kind) {
    case "heading":
      return b.level === 2 ? `<h3>${esc(b.text)}</h3>` : `<h2 id="${slug(b.text)}">${esc(b.text)}</h2>`;
    case "paragraph":
      return `<p>${inline(b.text)}</p>`;
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      return `<${tag}>\n${b.items.map((i) => `  <li>${inline(i)}</li>`).join("\n")}\n</${tag}>`;
    }
    case "table": {
      const head = b.header.map((h) => `<th style="background:${accent};color:#fff;text-align:left;padding:6px 10px">${esc(h)}</th>`).join("");
      const rows = b.rows.map((r) => `    <tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("\n");
      return `<table>\n  <thead><tr>${head}</tr></thead>\n  <tbody>\n${rows}\n  </tbody>\n</table>`;
    }
    case "callout":
      return `<aside class="callout"><p><strong>${esc(b.title)}</strong> ${inline(b.text)}</p></aside>`;
    case "quote":
      return `<figure class="example">${b.label ? `<figcaption>${esc(b.label)}</figcaption>` : ""}<blockquote>\n${b.lines
        .filter((l) => l.trim())
        .map((l) => `  <p>${inline(l)}</p>`)
        .join("\n")}\n</blockquote></figure>`;
    case "footer":
      return ""; // gathered into <footer>
    case "twoColumns":
      return `<div class="columns" style="display:flex;gap:32px">${column(b.left)}${column(b.right)}</div>`;
    case "pageBreak":
      return "";
  }
}

export function renderHtml(guide: Guide): string {
  const t = guide.html;
  if (!t) throw new Error(`${guide.basename}: no HTML theme`);
  const sections = guide.blocks.filter((b): b is Extract<Block, { kind: "heading" }> => b.kind === "heading" && b.level !== 2);
  const toc = t.toc ? `\n      <ol class="toc">\n${sections.map((h) => `        <li><a href="#${slug(h.text)}">${esc(h.text)}</a></li>`).join("\n")}\n      </ol>` : "";
  const nav = t.navLinks.map((l) => `<a href="/${slug(l)}">${esc(l)}</a>`).join("\n        ");
  const main = guide.blocks.map((b) => block(b, t.accent)).filter(Boolean).join("\n      ");
  const legal = guide.blocks
    .flatMap((b) => (b.kind === "footer" ? b.lines : []))
    .map((l) => `<p style="font-size:12px;color:#555;margin:4px 0">${inline(l)}</p>`)
    .join("\n      ");
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="author" content="${esc(guide.author)}">
  <title>${esc(guide.title)} | ${esc(t.siteName)}</title>
  <style>
    body { font-family: ${t.fontFamily}; color: #222; margin: 0; line-height: 1.55; }
    header.site { display: flex; justify-content: space-between; align-items: center; padding: 16px 40px; border-bottom: 3px solid ${t.accent}; }
    header.site nav a { margin-left: 18px; color: #333; text-decoration: none; font-size: 14px; }
    .layout { display: flex; max-width: 1100px; margin: 0 auto; }
    nav.sidebar { width: 220px; padding: 32px 16px; font-size: 14px; }
    main { flex: 1; padding: 32px 40px; max-width: 760px; }
    table { border-collapse: collapse; width: 100%; margin: 16px 0; }
    td { border-bottom: 1px solid #ddd; padding: 6px 10px; vertical-align: top; }
    aside.callout { border-left: 4px solid ${t.accent}; background: #f7f5ef; padding: 10px 16px; margin: 18px 0; }
    figure.example blockquote { border-left: 3px solid #bbb; margin: 8px 0; padding: 4px 16px; color: #444; }
    footer { border-top: 1px solid #ccc; padding: 20px 40px; background: #fafafa; }
  </style>
</head>
<body>
  <header class="site">
    <a href="/" class="logo" style="font-weight:700;font-size:20px;color:${t.accent};text-decoration:none">${esc(t.siteName)}</a>
    <nav>
        ${nav}
    </nav>
  </header>
  <div class="layout">
    <nav class="sidebar" aria-label="On this page">
      <p style="text-transform:uppercase;font-size:12px;letter-spacing:.08em;color:#777">On this page</p>${toc}
    </nav>
    <main>
      <h1>${esc(guide.title)}</h1>${guide.subtitle ? `\n      <p class="lede" style="font-size:19px;color:#555">${esc(guide.subtitle)}</p>` : ""}${
        guide.meta ? `\n      <p style="font-size:13px;color:#888">${esc(guide.meta)}</p>` : ""
      }
      ${main}
    </main>
  </div>
  <footer>
      ${legal}
      <p style="font-size:12px;color:#888;margin-top:12px">${esc(t.copyright)}</p>
  </footer>
</body>
</html>
`;
}
