/**
 * PDF renderer (pdf-lib, Helvetica, WinAnsi text only). Every line of text is one
 * drawText at an explicit x/y; tables draw each cell at its column's x; legal
 * footer blocks sit at the foot of their page; two-column blocks draw the whole
 * left column, then the whole right column.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { FIXED_DATE, richRuns, type Block, type Column, type Guide, type PdfLayout } from "./types";

const PAGE_W = 612;
const PAGE_H = 792;
const LEFT = 72;
const RIGHT = 540;
const TOP = 720;
const BOTTOM = 72;
const FOOTER_Y = 40;
const GREY = rgb(0.35, 0.35, 0.35);

interface Word {
  text: string;
  bold: boolean;
}
type Line = Word[];

export async function renderPdf(guide: Guide): Promise<{ bytes: Uint8Array; pages: number }> {
  const layout = guide.pdf;
  if (!layout) throw new Error(`${guide.basename}: no PDF layout`);
  const doc = await PDFDocument.create();
  doc.setTitle(guide.title);
  doc.setAuthor(guide.author);
  doc.setSubject(`${guide.brand} brand and style guide`);
  doc.setCreator("Brandsmith guide corpus");
  doc.setProducer("pdf-lib");
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const r = new PdfWriter(doc, layout, regular, bold);

  r.title(guide);
  for (const block of guide.blocks) r.block(block);
  r.footers();
  const bytes = await doc.save({ useObjectStreams: false });
  return { bytes, pages: doc.getPageCount() };
}

class PdfWriter {
  private page!: PDFPage;
  private y = TOP;
  /** The page below the cursor is taken (a legal block sits at its foot). */
  private full = true;
  private readonly accent;
  private readonly lh: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly layout: PdfLayout,
    private readonly regular: PDFFont,
    private readonly boldFont: PDFFont,
  ) {
    this.accent = rgb(...layout.accent);
    this.lh = layout.bodySize * layout.leading;
  }

  private font(b: boolean): PDFFont {
    return b ? this.boldFont : this.regular;
  }

  private newPage(): void {
    this.page = this.doc.addPage([PAGE_W, PAGE_H]);
    this.y = TOP;
    this.full = false;
    const header = this.layout.runningHeader;
    if (header && this.doc.getPageCount() > 1) {
      this.page.drawText(header, { x: LEFT, y: PAGE_H - 40, size: 8, font: this.regular, color: GREY });
      this.page.drawLine({ start: { x: LEFT, y: PAGE_H - 46 }, end: { x: RIGHT, y: PAGE_H - 46 }, thickness: 0.5, color: GREY });
    }
  }

  /** Room for h points below the cursor, on this page or a new one. */
  private ensure(h: number): void {
    if (this.full || this.y - h < BOTTOM) this.newPage();
  }

  /** Break text into lines no wider than width. */
  private wrap(text: string, size: number, width: number, allBold = false): Line[] {
    const words: Word[] = [];
    for (const run of richRuns(text)) {
      for (const w of run.text.split(/\s+/).filter(Boolean)) words.push({ text: w, bold: allBold || run.bold });
    }
    const lines: Line[] = [];
    let line: Line = [];
    let used = 0;
    for (const w of words) {
      const ww = this.font(w.bold).widthOfTextAtSize(w.text, size);
      const space = line.length ? this.regular.widthOfTextAtSize(" ", size) : 0;
      if (line.length && used + space + ww > width) {
        lines.push(line);
        line = [];
        used = 0;
      }
      used += (line.length ? space : 0) + ww;
      line.push(w);
    }
    if (line.length) lines.push(line);
    return lines;
  }

  /** Draw one line as runs of same-weight words, each run a single drawText. */
  private drawLine(line: Line, x: number, y: number, size: number, color = rgb(0.1, 0.1, 0.1)): void {
    let cx = x;
    let i = 0;
    while (i < line.length) {
      const b = line[i]!.bold;
      const parts: string[] = [];
      while (i < line.length && line[i]!.bold === b) parts.push(line[i++]!.text);
      const text = parts.join(" ") + (i < line.length ? " " : "");
      this.page.drawText(text, { x: cx, y, size, font: this.font(b), color });
      cx += this.font(b).widthOfTextAtSize(text, size);
    }
  }

  title(guide: Guide): void {
    this.newPage();
    const L = this.layout;
    const y0 = L.cover ? 520 : TOP;
    const titleLines = this.wrap(guide.title, L.titleSize, RIGHT - LEFT, true);
    let y = y0;
    for (const line of titleLines) {
      this.drawLine(line, LEFT, y, L.titleSize, this.accent);
      y -= L.titleSize * 1.2;
    }
    if (guide.subtitle) {
      y -= 4;
      for (const line of this.wrap(guide.subtitle, L.h2Size, RIGHT - LEFT)) {
        this.drawLine(line, LEFT, y, L.h2Size);
        y -= L.h2Size * 1.3;
      }
    }
    if (guide.meta) {
      y -= 6;
      this.page.drawText(guide.meta, { x: LEFT, y, size: 9, font: this.regular, color: GREY });
      y -= 14;
    }
    this.page.drawLine({ start: { x: LEFT, y: y - 2 }, end: { x: RIGHT, y: y - 2 }, thickness: 1.5, color: this.accent });
    this.y = y - 28;
    if (L.cover) this.full = true;
  }

  block(b: Block): void {
    switch (b.kind) {
      case "heading":
        return this.heading(b.text, b.level ?? 1);
      case "paragraph":
        return this.paragraph(b.text, LEFT, RIGHT - LEFT);
      case "list":
        return this.list(b.items, b.ordered ?? false);
      case "table":
        return this.table(b.header, b.rows, b.widths);
      case "callout":
        return this.callout(b.title, b.text);
      case "quote":
        return this.quote(b.label, b.lines);
      case "footer":
        return this.legal(b.lines);
      case "twoColumns":
        return this.columns(b.left, b.right);
      case "pageBreak":
        this.full = true;
        return;
    }
  }

  private heading(text: string, level: 1 | 2): void {
    const size = level === 1 ? this.layout.h1Size : this.layout.h2Size;
    const before = level === 1 ? 14 : 8;
    const lines = this.wrap(text, size, RIGHT - LEFT, true);
    this.ensure(before + lines.length * size * 1.25 + this.lh * 3);
    if (this.y < TOP) this.y -= before;
    lines.forEach((line, i) => {
      this.y -= i === 0 ? size : size * 1.25;
      this.drawLine(line, LEFT, this.y, size, level === 1 ? this.accent : rgb(0.1, 0.1, 0.1));
    });
    this.y -= 3;
    if (level === 1 && this.layout.headingRule) {
      this.page.drawLine({ start: { x: LEFT, y: this.y }, end: { x: RIGHT, y: this.y }, thickness: 0.5, color: this.accent });
      this.y -= 3;
    }
  }

  private paragraph(text: string, x: number, width: number, after = 6): void {
    const size = this.layout.bodySize;
    for (const line of this.wrap(text, size, width)) {
      this.ensure(this.lh);
      this.y -= this.lh;
      this.drawLine(line, x, this.y + (this.lh - size) / 2, size);
    }
    this.y -= after;
  }

  private list(items: string[], ordered: boolean): void {
    const size = this.layout.bodySize;
    items.forEach((item, i) => {
      const marker = ordered ? `${i + 1}.` : this.layout.bullet;
      const lines = this.wrap(item, size, RIGHT - LEFT - 18);
      lines.forEach((line, j) => {
        this.ensure(this.lh);
        this.y -= this.lh;
        const base = this.y + (this.lh - size) / 2;
        if (j === 0) this.page.drawText(marker, { x: LEFT + 2, y: base, size, font: this.regular });
        this.drawLine(line, LEFT + 18, base, size);
      });
      this.y -= 2;
    });
    this.y -= 6;
  }

  private table(header: string[], rows: string[][], widths?: number[]): void {
    const size = this.layout.bodySize - 0.5;
    const lh = size * this.layout.leading;
    const total = RIGHT - LEFT;
    const fr = widths ?? header.map(() => 1 / header.length);
    const xs: number[] = [];
    let acc = LEFT;
    for (const f of fr) {
      xs.push(acc);
      acc += f * total;
    }
    const pad = 5;
    const cellLines = (cells: string[], isHeader: boolean) =>
      cells.map((c, i) => this.wrap(c, size, (fr[i] ?? 0) * total - pad * 2, isHeader));
    const drawRow = (cells: string[], isHeader: boolean) => {
      const laid = cellLines(cells, isHeader);
      const h = Math.max(...laid.map((l) => l.length)) * lh + pad * 2;
      const top = this.y;
      if (isHeader && this.layout.tableHeaderFill) {
        this.page.drawRectangle({ x: LEFT, y: top - h, width: total, height: h, color: rgb(0.92, 0.93, 0.95) });
      }
      laid.forEach((lines, i) => {
        lines.forEach((line, j) => {
          this.drawLine(line, (xs[i] ?? LEFT) + pad, top - pad - (j + 1) * lh + (lh - size) / 2, size);
        });
      });
      this.y = top - h;
      if (this.layout.tableRules || isHeader) {
        this.page.drawLine({ start: { x: LEFT, y: this.y }, end: { x: RIGHT, y: this.y }, thickness: isHeader ? 1 : 0.4, color: isHeader ? this.accent : GREY });
      }
      return h;
    };
    const rowHeight = (cells: string[], isHeader: boolean) =>
      Math.max(...cellLines(cells, isHeader).map((l) => l.length)) * lh + pad * 2;
    this.ensure(rowHeight(header, true) + (rows[0] ? rowHeight(rows[0], false) : 0) + 4);
    this.y -= 4;
    drawRow(header, true);
    for (const row of rows) {
      if (this.y - rowHeight(row, false) < BOTTOM) {
        this.newPage();
        drawRow(header, true);
      }
      drawRow(row, false);
    }
    this.y -= 12;
  }

  private callout(title: string, text: string): void {
    const size = this.layout.bodySize;
    const pad = 10;
    const lines = this.wrap(`**${title}** ${text}`, size, RIGHT - LEFT - pad * 2 - 4);
    const h = lines.length * this.lh + pad * 2;
    this.ensure(h + 10);
    this.y -= 4;
    this.page.drawRectangle({ x: LEFT, y: this.y - h, width: RIGHT - LEFT, height: h, color: rgb(0.97, 0.96, 0.9), borderColor: this.accent, borderWidth: 0.8 });
    this.page.drawRectangle({ x: LEFT, y: this.y - h, width: 4, height: h, color: this.accent });
    let y = this.y - pad;
    for (const line of lines) {
      y -= this.lh;
      this.drawLine(line, LEFT + pad + 4, y + (this.lh - size) / 2, size);
    }
    this.y -= h + 12;
  }

  private quote(label: string | undefined, lines: string[]): void {
    const size = this.layout.bodySize - 0.5;
    if (label) {
      this.ensure(this.lh * 3);
      this.y -= this.lh;
      this.drawLine(this.wrap(label, size, RIGHT - LEFT, true)[0] ?? [], LEFT, this.y, size);
    }
    for (const text of lines) {
      const laid = text.trim() ? this.wrap(text, size, RIGHT - LEFT - 40) : [[]];
      for (const line of laid) {
        this.ensure(this.lh);
        this.y -= this.lh;
        this.page.drawLine({ start: { x: LEFT + 12, y: this.y - 3 }, end: { x: LEFT + 12, y: this.y + this.lh - 3 }, thickness: 2, color: this.accent });
        if (line.length) this.drawLine(line, LEFT + 24, this.y + (this.lh - size) / 2, size, rgb(0.25, 0.25, 0.25));
      }
    }
    this.y -= 10;
  }

  /** Legal block anchored to the foot of the current page (or the next, if it won't fit). */
  private legal(lines: string[]): void {
    const size = 7.5;
    const lh = size * 1.35;
    const laid = lines.map((l) => this.wrap(l, size, RIGHT - LEFT));
    const h = laid.reduce((n, l) => n + l.length * lh + 4, 0) + 10;
    this.ensure(h + 10);
    let y = BOTTOM + h - 4;
    this.page.drawLine({ start: { x: LEFT, y }, end: { x: RIGHT, y }, thickness: 0.5, color: GREY });
    y -= 6;
    for (const para of laid) {
      for (const line of para) {
        y -= lh;
        this.drawLine(line, LEFT, y, size, GREY);
      }
      y -= 4;
    }
    this.full = true;
  }

  private columns(left: Column, right: Column): void {
    const size = this.layout.bodySize;
    const mid = (LEFT + RIGHT) / 2;
    const geom: [Column, number, number][] = [
      [left, LEFT, mid - 16 - LEFT],
      [right, mid + 14, RIGHT - (mid + 14)],
    ];
    const lay = (col: Column, width: number) => {
      const out: { line: Line; bullet: boolean; heading: boolean }[] = [];
      if (col.heading) for (const l of this.wrap(col.heading, this.layout.h2Size, width, true)) out.push({ line: l, bullet: false, heading: true });
      for (const text of col.lines) {
        this.wrap(text, size, width - (col.bullets ? 12 : 0)).forEach((l, j) => out.push({ line: l, bullet: !!col.bullets && j === 0, heading: false }));
      }
      return out;
    };
    const laid = geom.map(([col, , width]) => lay(col, width));
    const h = Math.max(...laid.map((l) => l.length)) * this.lh + 8;
    if (h > TOP - BOTTOM) throw new Error("two-column block taller than a page");
    this.ensure(h);
    const top = this.y - 4;
    geom.forEach(([col, x], i) => {
      let y = top;
      for (const item of laid[i] ?? []) {
        y -= this.lh;
        const s = item.heading ? this.layout.h2Size : size;
        if (item.bullet) this.page.drawText(this.layout.bullet, { x, y, size, font: this.regular });
        this.drawLine(item.line, x + (col.bullets && !item.heading ? 12 : 0), y, s, item.heading ? this.accent : undefined);
      }
    });
    this.y = top - h;
  }

  footers(): void {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      const text = this.layout.footer(i + 1, pages.length);
      const w = this.regular.widthOfTextAtSize(text, 8);
      const x = this.layout.footerAlign === "left" ? LEFT : this.layout.footerAlign === "right" ? RIGHT - w : (PAGE_W - w) / 2;
      page.drawText(text, { x, y: FOOTER_Y, size: 8, font: this.regular, color: GREY });
    });
  }
}

