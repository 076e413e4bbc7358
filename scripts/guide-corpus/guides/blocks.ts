/** Short constructors for guide blocks, so the guide files read like documents. */
import type { Block, Column, PdfLayout } from "../types";

export const h1 = (text: string): Block => ({ kind: "heading", text, level: 1 });
export const h2 = (text: string): Block => ({ kind: "heading", text, level: 2 });
export const p = (text: string): Block => ({ kind: "paragraph", text });
export const ul = (...items: string[]): Block => ({ kind: "list", items });
export const ol = (...items: string[]): Block => ({ kind: "list", items, ordered: true });
export const table = (header: string[], rows: string[][], widths?: number[]): Block => ({ kind: "table", header, rows, widths });
export const callout = (title: string, text: string): Block => ({ kind: "callout", title, text });
export const quote = (label: string | undefined, ...lines: string[]): Block => ({ kind: "quote", label, lines });
export const legal = (...lines: string[]): Block => ({ kind: "footer", lines });
export const columns = (left: Column, right: Column): Block => ({ kind: "twoColumns", left, right });
export const pageBreak: Block = { kind: "pageBreak" };

export const basePdf: PdfLayout = {
  bodySize: 10.5,
  leading: 1.4,
  titleSize: 24,
  h1Size: 15,
  h2Size: 12,
  accent: [0.1, 0.2, 0.4],
  cover: false,
  footer: (page, total) => `Page ${page} of ${total}`,
  footerAlign: "center",
  tableRules: true,
  tableHeaderFill: true,
  bullet: "\u2022",
  headingRule: false,
};
