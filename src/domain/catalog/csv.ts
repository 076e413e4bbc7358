/**
 * Reading the CSV files people import, with csv-parse (quoted fields,
 * doubled quotes, CRLF, LF or CR, newlines inside quotes, a BOM). A stored
 * file is streamed record by record, so a 200,000-row file is read with
 * bounded memory. A malformed record becomes a problem — on which line, and
 * what to do — and reading goes on with the next record. Plus the checks
 * people need before an import: encoding, delimiter.
 */
import { parse, type CsvError, type Options } from "csv-parse";
import { parse as parseAll } from "csv-parse/sync";

export const DELIMITERS = [",", ";", "\t", "|"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** One record of a file: its cells, or why it could not be read and the line where it starts. */
export type CsvRecord = { cells: string[] } | { problem: string; line: number };

const CHUNK_BYTES = 64 * 1024;

/**
 * The records of a stored file (its bytes, or a stream of them), in order,
 * fed to the parser in pieces of at most 64 KB, each only when the records
 * read so far have been taken. Only the bytes of the record being read are
 * kept for line numbers, so a file of any size is read in bounded memory.
 */
export async function* readCsvRecords(file: Uint8Array | AsyncIterable<Uint8Array>, delimiter: Delimiter): AsyncGenerator<CsvRecord> {
  const lines = new LineCounter();
  const problems = new RecordProblems(lines, delimiter);
  const parser = parse(parserOptions(delimiter, problems));
  const ready = () =>
    new Promise<void>((resolve) => {
      const go = () => {
        parser.off("drain", go).off("close", go);
        resolve();
      };
      parser.on("drain", go).on("close", go);
    });
  const feed = async () => {
    for await (const piece of pieces(file, lines)) {
      if (parser.destroyed) return; // the records were not all wanted: leaving the loop closes the source
      if (!parser.write(piece)) await ready();
    }
    if (!parser.destroyed) parser.end();
  };
  // A failing source destroys the parser with its error, which the loop below throws.
  feed().catch((error: unknown) => parser.destroy(error instanceof Error ? error : new Error(String(error))));
  try {
    let read = 0;
    for await (const cells of parser as AsyncIterable<string[]>) {
      // Errors still to come start at or after the parser's last delimiter: the bytes before it are done with.
      lines.forget(parser.info.bytes);
      yield* problems.before(read++);
      if (!blank(cells)) yield { cells };
    }
    yield* problems.rest();
  } finally {
    parser.destroy();
  }
}

async function* pieces(file: Uint8Array | AsyncIterable<Uint8Array>, lines: LineCounter): AsyncGenerator<Uint8Array> {
  for await (const chunk of file instanceof Uint8Array ? [file] : file) {
    for (let offset = 0; offset < chunk.length; offset += CHUNK_BYTES) {
      const piece = chunk.subarray(offset, offset + CHUNK_BYTES);
      lines.append(piece);
      yield piece;
    }
  }
}

/** The records of a short text (an upload's first rows), read at once; `limit` stops after that many readable ones. */
export function parseCsvRecords(text: string, delimiter: Delimiter, limit?: number): CsvRecord[] {
  const lines = new LineCounter();
  lines.append(new TextEncoder().encode(text));
  const problems = new RecordProblems(lines, delimiter);
  const out: CsvRecord[] = [];
  let read = 0;
  for (const cells of parseAll(text, { ...parserOptions(delimiter, problems), to: limit })) {
    out.push(...problems.before(read++));
    if (!blank(cells)) out.push({ cells });
  }
  out.push(...problems.rest());
  return out;
}

/** The rows of a text; malformed records are left out. */
export function parseCsv(text: string, delimiter: Delimiter = ","): string[][] {
  return parseCsvRecords(text, delimiter).flatMap((r) => ("cells" in r ? [r.cells] : []));
}

function parserOptions(delimiter: Delimiter, problems: RecordProblems): Options {
  return {
    delimiter,
    bom: true,
    // Any line ending on any line: files pasted together mix them.
    record_delimiter: ["\r\n", "\n", "\r"],
    skip_empty_lines: true,
    // A row with too few or too many cells is the row checks' business (they name the missing column).
    relax_column_count: true,
    // A quote inside a value that does not start with one is kept as written, as the hand-written reader
    // before csv-parse did: catalogs are full of 15" frames and 3" heels, and refusing those rows would be
    // a regression. A stray quote after a closing one is kept the same way ("Mug" ,x reads "Mug" and x)
    // instead of swallowing the lines below. A quote that opens a value and never closes is still an error.
    relax_quotes: true,
    // A malformed record costs only that row: it becomes a row error with its line, and reading goes
    // on, so "import valid rows" still imports the rest and "all" lists every malformed row at once.
    // No max_record_size: once a record passes it, csv-parse silently drops the rest of the piece it was reading.
    skip_records_with_error: true,
    on_skip: (error) => {
      problems.add(error);
      return undefined;
    },
  };
}

/** A blank line is not a row, even written as a lone empty quoted value (""). */
function blank(cells: string[]): boolean {
  return cells.length === 1 && cells[0] === "";
}

/** What a person reads when a quote never closes, and what to do. */
export function openQuoteProblem(line: number): string {
  return `A quote (") opened on line ${line} never closes, so the rest of the file was read as one value. Close that quote (a quote inside a value is written twice: "") and upload again.`;
}

const SEPARATOR_NAMES: Record<Delimiter, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "bar (|)" };

/** What a person reads about a malformed record: what csv-parse found first in it, on which line, and what to do. */
function recordProblem(record: MalformedRecord, delimiter: Delimiter): string {
  const { code, line, openQuoteLine } = record;
  if (code === "CSV_INVALID_CLOSING_QUOTE") {
    const spill = openQuoteLine === null ? "so the text up to the next quote, maybe on the lines below, was read into it" : "so the rest of the file was read as one value";
    return `The quoted value starting on line ${line} goes on after its closing quote, ${spill}. End a quoted value right at the next ${SEPARATOR_NAMES[delimiter]} or line end and write a quote inside it twice (""), then upload again.`;
  }
  // A quote that never closes swallowed the rest of the file: that matters more than anything before it.
  if (openQuoteLine !== null) return openQuoteProblem(openQuoteLine);
  if (code === "INVALID_OPENING_QUOTE") {
    return `Line ${line} has a quote (") inside a value that does not start with one. Put that value in quotes and write its quote twice (15" frame becomes "15"" frame"), then upload again.`;
  }
  return `Line ${line} could not be read as CSV. Check the quotes and separators on that line and upload again.`;
}

interface MalformedRecord {
  /** Readable records before it. */
  records: number;
  /** csv-parse's first error in it, and the line where the value with that error starts. */
  code: string | undefined;
  line: number;
  /** Where the value with its latest error starts, to tell whether the next error is in the same record. */
  lastStart: number;
  lastLine: number;
  /** Set when a quote in it never closes. */
  openQuoteLine: number | null;
}

/**
 * Collects csv-parse's errors into malformed records and hands each over in
 * its place among the readable records. csv-parse reports every error it
 * meets inside a record, so one record can bring several. Each error carries
 * the number of readable records before it (`records`), the cells completed
 * in its record (`index`) and the offset of the last delimiter read outside
 * quotes (`bytes`), which gives where the value with the error starts. Two
 * errors are in the same record when those values start at the same offset
 * or on the same line: a new record starts on a later line than anything in
 * the one before.
 */
class RecordProblems {
  private pending: MalformedRecord[] = [];

  constructor(
    private readonly lines: LineCounter,
    private readonly delimiter: Delimiter,
  ) {}

  add(error: CsvError | undefined) {
    const records = numberIn(error, "records");
    const start = this.valueStart(numberIn(error, "bytes"), numberIn(error, "index"));
    const line = this.lines.at(start);
    const openQuoteLine = error?.code === "CSV_QUOTE_NOT_CLOSED" ? line : null;
    const last = this.pending.at(-1);
    if (last && last.records === records && (last.lastStart === start || last.lastLine === line)) {
      Object.assign(last, { lastStart: start, lastLine: line, openQuoteLine: last.openQuoteLine ?? openQuoteLine });
    } else {
      this.pending.push({ records, code: error?.code, line, lastStart: start, lastLine: line, openQuoteLine });
    }
  }

  /** The malformed records met after `read` readable ones, before the next. */
  *before(read: number): Generator<CsvRecord> {
    while (this.pending.length && this.pending[0]!.records <= read) yield this.take();
  }

  *rest(): Generator<CsvRecord> {
    while (this.pending.length) yield this.take();
  }

  private take(): CsvRecord {
    const record = this.pending.shift()!;
    return { problem: recordProblem(record, this.delimiter), line: record.line };
  }

  /** Where the value with the error starts: after the last delimiter, or at the record's first character. */
  private valueStart(lastDelimiter: number, cellsDone: number): number {
    if (cellsDone > 0) return lastDelimiter + 1;
    const byte = (offset: number) => this.lines.byte(offset);
    let at = lastDelimiter;
    if (at === 0 && byte(0) === 0xef && byte(1) === 0xbb && byte(2) === 0xbf) at = 3;
    while (byte(at) === 0x0a || byte(at) === 0x0d) at++; // blank lines before the record
    return at;
  }
}

function numberIn(error: CsvError | undefined, key: string): number {
  const value = error?.[key];
  return typeof value === "number" ? value : 0;
}

/**
 * Line numbers (1-based) of byte offsets in a file read piece by piece: CRLF,
 * LF and CR each end a line. Holds the pieces from the first offset still to
 * be asked about; `forget` moves that offset on as the parser goes past it.
 */
class LineCounter {
  private pieces: Uint8Array[] = [];
  /** The offset of the first byte held. */
  private start = 0;
  private end = 0;
  /** Lines counted up to here. */
  private offset = 0;
  private line = 1;

  append(piece: Uint8Array) {
    this.pieces.push(piece);
    this.end += piece.length;
  }

  byte(offset: number): number | undefined {
    let base = this.start;
    for (const piece of this.pieces) {
      if (offset < base + piece.length) return offset >= base ? piece[offset - base] : undefined;
      base += piece.length;
    }
    return undefined;
  }

  at(offset: number): number {
    const to = Math.min(offset, this.end);
    if (to >= this.offset) this.line += this.lineEnds(this.offset, to);
    else this.line -= this.lineEnds(Math.max(to, this.start), this.offset);
    this.offset = Math.max(to, this.start);
    return this.line;
  }

  /** No offset before `offset` will be asked about: counts up to it and lets go of the pieces before. */
  forget(offset: number) {
    // The last byte held stays: a CR there needs the byte after it, not read yet, to tell CRLF from CR.
    const to = Math.min(offset, this.end - 1);
    if (to > this.offset) this.at(to);
    while (this.pieces.length && this.start + this.pieces[0]!.length <= this.offset) this.start += this.pieces.shift()!.length;
  }

  private lineEnds(from: number, to: number): number {
    let count = 0;
    let base = this.start;
    for (let p = 0; p < this.pieces.length && base < to; base += this.pieces[p]!.length, p++) {
      const piece = this.pieces[p]!;
      const next = this.pieces[p + 1];
      for (let i = Math.max(from - base, 0); i < Math.min(to - base, piece.length); i++) {
        const byte = piece[i];
        if (byte === 0x0a || (byte === 0x0d && (i + 1 < piece.length ? piece[i + 1] : next?.[0]) !== 0x0a)) count++;
      }
    }
    return count;
  }
}

/** The delimiter that splits the first records into the most, consistent columns. */
export function detectDelimiter(sample: string): Delimiter {
  let best: Delimiter = ",";
  let bestScore = 0;
  for (const d of DELIMITERS) {
    // Malformed records and lines of spaces say nothing about the columns.
    const counts = parseCsvRecords(sample, d, 10).flatMap((r) => ("cells" in r && r.cells.some((c) => c.trim()) ? [r.cells.length] : []));
    const first = counts[0] ?? 1;
    const consistent = counts.every((c) => c === first);
    const score = first > 1 ? first * (consistent ? 2 : 1) : 0;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/** Null when the bytes are UTF-8 (a BOM is fine); otherwise what to do. */
export function encodingProblem(bytes: Uint8Array): string | null {
  const check = new EncodingCheck();
  return check.add(bytes) ?? check.end();
}

/** encodingProblem for a file that arrives in chunks: `add` each, then `end` (a character cut off at the end). */
export class EncodingCheck {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });

  add(chunk: Uint8Array): string | null {
    return this.decode(() => this.decoder.decode(chunk, { stream: true }));
  }

  end(): string | null {
    return this.decode(() => this.decoder.decode());
  }

  private decode(work: () => string): string | null {
    try {
      work();
      return null;
    } catch {
      return "The file is not UTF-8 text. In Excel choose “CSV UTF-8”, in Google Sheets download as CSV, then upload again.";
    }
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
