/** Markdown and plain-text renderers. */
import { plain, type Block, type Guide } from "./types";

function cell(s: string): string {
  return s.replaceAll("|", "\\|");
}

function mdBlock(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `${b.level === 2 ? "###" : "##"} ${b.text}`;
    case "paragraph":
      return b.text;
    case "list":
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : "-"} ${item}`).join("\n");
    case "table":
      return [
        `| ${b.header.map(cell).join(" | ")} |`,
        `| ${b.header.map(() => "---").join(" | ")} |`,
        ...b.rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
      ].join("\n");
    case "callout":
      return `> **${b.title}** ${b.text}`;
    case "quote":
      return [...(b.label ? [`**${b.label}**`, ""] : []), ...b.lines.map((l) => (l.trim() ? `> ${l}` : ">"))].join("\n");
    case "footer":
      return ["---", "", ...b.lines.flatMap((l) => [`<small>${l}</small>`, ""])].join("\n").trimEnd();
    case "twoColumns":
      return [b.left, b.right]
        .map((c) => [...(c.heading ? [`**${c.heading}**`, ""] : []), ...c.lines.map((l) => (c.bullets ? `- ${l}` : l))].join("\n"))
        .join("\n\n");
    case "pageBreak":
      return "";
  }
}

export function renderMarkdown(guide: Guide): string {
  const front = guide.frontMatter ? ["---", ...guide.frontMatter, "---", ""] : [];
  const head = [`# ${guide.title}`, ...(guide.subtitle ? ["", `_${guide.subtitle}_`] : []), ...(guide.meta ? ["", guide.meta] : [])];
  const body = guide.blocks.map(mdBlock).filter(Boolean);
  return [...front, ...head, "", body.join("\n\n"), ""].join("\n");
}

function wrap(text: string, width = 76): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

/** Plain text: prose only, ALL-CAPS headings, hard-wrapped paragraphs. */
export function renderText(guide: Guide): string {
  const out = [guide.title.toUpperCase(), "=".repeat(guide.title.length)];
  if (guide.subtitle) out.push(guide.subtitle);
  if (guide.meta) out.push(guide.meta);
  out.push("");
  for (const b of guide.blocks) {
    switch (b.kind) {
      case "heading":
        out.push("", b.level === 2 ? b.text.toUpperCase() : `${b.text.toUpperCase()}\n${"-".repeat(b.text.length)}`, "");
        break;
      case "paragraph":
        out.push(wrap(plain(b.text)), "");
        break;
      case "footer":
        out.push("", "* * *", "", ...b.lines.flatMap((l) => [wrap(plain(l)), ""]));
        break;
      case "pageBreak":
        break;
      default:
        throw new Error(`${guide.basename}: a plain-text guide is prose only, not ${b.kind}`);
    }
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
