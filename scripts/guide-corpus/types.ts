/**
 * The guide corpus as data: a guide is a list of blocks that each format's
 * renderer lays out its own way, plus the answer key a rule reader should reach.
 */

/** One column of a two-column layout: an optional heading over a flowing list of lines. */
export interface Column {
  heading?: string;
  lines: string[];
  /** Draw a bullet before each line. */
  bullets?: boolean;
}

/**
 * Inline markup in paragraph, list, callout and quote text: `**bold**` only.
 * Table cells are plain text.
 */
export type Block =
  | { kind: "heading"; text: string; level?: 1 | 2 }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[]; ordered?: boolean }
  | { kind: "table"; header: string[]; rows: string[][]; widths?: number[] }
  | { kind: "callout"; title: string; text: string }
  | { kind: "quote"; label?: string; lines: string[] }
  /** Legal or small-print block: foot of the page in PDFs, the page footer in HTML. */
  | { kind: "footer"; lines: string[] }
  | { kind: "twoColumns"; left: Column; right: Column }
  | { kind: "pageBreak" };

export type GuideFormat = "pdf" | "docx" | "html" | "markdown" | "text";

export interface PdfLayout {
  /** Size of body text in points. */
  bodySize: number;
  /** Line height as a multiple of the text size. */
  leading: number;
  /** Sizes of the title, level-1 and level-2 headings. */
  titleSize: number;
  h1Size: number;
  h2Size: number;
  /** RGB in 0..1 for headings and rules. */
  accent: [number, number, number];
  /** Title (and subtitle) alone on the first page. */
  cover: boolean;
  /** Small text at the top of every page after the cover. */
  runningHeader?: string;
  /** Footer text for a page (1-based) of total. */
  footer: (page: number, total: number) => string;
  footerAlign: "left" | "center" | "right";
  /** Draw lines between table rows. */
  tableRules: boolean;
  /** Shade the table header row. */
  tableHeaderFill: boolean;
  bullet: string;
  /** Heading underline. */
  headingRule: boolean;
}

export interface HtmlTheme {
  accent: string;
  fontFamily: string;
  siteName: string;
  navLinks: string[];
  /** Put an in-page table of contents in the nav. */
  toc: boolean;
  copyright: string;
}

export interface BannedTerm {
  term: string;
  replacement: string | null;
}

export interface StyleKey {
  maxExclamations: number | null;
  allowEmoji: boolean | null;
  noAllCaps: boolean | null;
  noExclamationInSubject: boolean | null;
}

/** What the guide says, as an automatic reader should report it. */
export interface KeyRules {
  bannedTerms: BannedTerm[];
  productNames: string[];
  disclaimers: string[];
  signOff: string | null;
  style: StyleKey;
  notBanned: string[];
}

export interface Guide {
  basename: string;
  format: GuideFormat;
  industry: string;
  brand: string;
  title: string;
  subtitle?: string;
  /** e.g. "Version 3.1 · March 2024" */
  meta?: string;
  author: string;
  pdf?: PdfLayout;
  html?: HtmlTheme;
  /** YAML front matter lines for Markdown. */
  frontMatter?: string[];
  blocks: Block[];
  key: KeyRules;
}

export const EXTENSIONS: Record<GuideFormat, string> = {
  pdf: "pdf",
  docx: "docx",
  html: "html",
  markdown: "md",
  text: "txt",
};

/** Fixed date for every metadata and zip timestamp, so output is byte-stable. */
export const FIXED_DATE = new Date("2024-03-01T09:00:00Z");

/** Split `**bold**` markup into runs. */
export function richRuns(text: string): { text: string; bold: boolean }[] {
  return text
    .split("**")
    .map((part, i) => ({ text: part, bold: i % 2 === 1 }))
    .filter((run) => run.text.length > 0);
}

export function plain(text: string): string {
  return text.replaceAll("**", "");
}

export function fileName(guide: Guide): string {
  return `${guide.basename}.${EXTENSIONS[guide.format]}`;
}

/** The answer key as written to <basename>.key.json, in the first corpus's field order (every corpus's checker compares against it). */
export function keyJson(guide: Guide, pages: number | null): string {
  const k = guide.key;
  const key = {
    file: fileName(guide),
    industry: guide.industry,
    format: guide.format,
    pages,
    bannedTerms: k.bannedTerms,
    productNames: k.productNames,
    disclaimers: k.disclaimers,
    signOff: k.signOff,
    style: k.style,
    notBanned: k.notBanned,
  };
  return JSON.stringify(key, null, 2) + "\n";
}
