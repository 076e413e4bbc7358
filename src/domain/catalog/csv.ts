/**
 * A streaming CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF or
 * LF, newlines inside quotes) that takes text in chunks and hands out whole
 * rows, so a 200,000-row file is read with bounded memory. Plus the checks
 * people need before an import: encoding, delimiter.
 */

export const DELIMITERS = [",", ";", "\t", "|"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export class CsvReader {
  private field = "";
  private row: string[] = [];
  private inQuotes = false;
  private quoteSeen = false;
  private rows: string[][] = [];
  private pendingCR = false;
  /** Physical lines read so far (1-based) and the line where the open quoted field began. */
  private line = 1;
  private quoteLine = 0;
  /**
   * Set by end() when a quote opened on this line never closed: the rest of
   * the file was swallowed into one value, so the last row is not a row.
   */
  openQuoteLine: number | null = null;

  constructor(private readonly delimiter: Delimiter = ",") {}

  /** Feeds text; returns the rows completed by it. */
  push(text: string): string[][] {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (this.pendingCR) {
        this.pendingCR = false;
        if (c === "\n") continue;
      }
      if (c === "\n" || c === "\r") this.line++;
      if (this.inQuotes) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            this.field += '"';
            i++;
          } else if (i + 1 === text.length) {
            // The next chunk decides whether this quote is doubled.
            this.inQuotes = false;
            this.quoteSeen = true;
          } else this.inQuotes = false;
        } else this.field += c;
        continue;
      }
      if (this.quoteSeen && c === '"') {
        // A doubled quote split across chunks.
        this.field += '"';
        this.inQuotes = true;
        this.quoteSeen = false;
        continue;
      }
      this.quoteSeen = false;
      if (c === '"' && this.field === "") {
        this.inQuotes = true;
        this.quoteLine = this.line;
      }
      else if (c === this.delimiter) this.endField();
      else if (c === "\n" || c === "\r") {
        this.endRow();
        if (c === "\r") this.pendingCR = true;
      } else this.field += c;
    }
    const out = this.rows;
    this.rows = [];
    return out;
  }

  /** Ends the input; returns the last row if the file did not end with a newline (see `openQuoteLine`). */
  end(): string[][] {
    if (this.inQuotes) this.openQuoteLine = this.quoteLine;
    if (this.field !== "" || this.row.length > 0) this.endRow();
    const out = this.rows;
    this.rows = [];
    return out;
  }

  private endField() {
    this.row.push(this.field);
    this.field = "";
  }

  private endRow() {
    this.endField();
    // Blank lines are not rows.
    if (!(this.row.length === 1 && this.row[0] === "")) this.rows.push(this.row);
    this.row = [];
  }
}

export function parseCsv(text: string, delimiter: Delimiter = ","): string[][] {
  const reader = new CsvReader(delimiter);
  return [...reader.push(text), ...reader.end()];
}

/** What a person reads when a quote never closes, and what to do. */
export function openQuoteProblem(line: number): string {
  return `A quote (") opened on line ${line} never closes, so the rest of the file was read as one value. Close that quote (a quote inside a value is written twice: "") and upload again.`;
}

/** The delimiter that splits the first lines into the most, consistent columns. */
export function detectDelimiter(sample: string): Delimiter {
  const lines = sample.split(/\r?\n/).filter((l) => l.trim()).slice(0, 10);
  let best: Delimiter = ",";
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => parseCsv(l, d)[0]?.length ?? 1);
    const first = counts[0] ?? 1;
    const consistent = counts.every((c) => c === first);
    const score = first > 1 ? first * (consistent ? 2 : 1) : 0;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/** Null when the bytes are UTF-8 (a BOM is fine); otherwise what to do. */
export function encodingProblem(bytes: Uint8Array): string | null {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return null;
  } catch {
    return "The file is not UTF-8 text. In Excel choose “CSV UTF-8”, in Google Sheets download as CSV, then upload again.";
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
