import { describe, expect, it } from "vitest";
import { detectDelimiter, encodingProblem, openQuoteProblem, parseCsv, parseCsvRecords, readCsvRecords, type CsvRecord, type Delimiter } from "./csv";
import { checkEvent, checkProduct, mappingProblem, suggestMapping } from "./rows";

async function readAll(bytes: Uint8Array, delimiter: Delimiter = ","): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  for await (const record of readCsvRecords(bytes, delimiter)) records.push(record);
  return records;
}
const bytes = (text: string) => new TextEncoder().encode(text);

/** The file as a stream of `size`-byte chunks, as a stored file arrives from the file store. */
async function* chunked(file: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < file.length; offset += size) yield file.slice(offset, offset + size);
}

describe("CSV reading", () => {
  const text = 'sku,name,description\r\nA1,"Roast, light","Say ""hi""\nsecond line"\nB2,Mug,\n\n"Café","3\r\n4"\n';
  it("reads quoted fields, doubled quotes, newlines in quotes, CRLF, blank lines", () => {
    expect(parseCsv(text)).toEqual([
      ["sku", "name", "description"],
      ["A1", "Roast, light", 'Say "hi"\nsecond line'],
      ["B2", "Mug", ""],
      ["Café", "3\r\n4"],
    ]);
  });
  it("gives the same records however the stored file is cut into 64 KB pieces", async () => {
    const piece = 64 * 1024;
    // A padding record puts each byte of the text, in turn, at the end of the first piece.
    for (let cut = 0; cut <= text.length + 1; cut++) {
      const padding = `${"#".repeat(piece - cut - 1)}\n`;
      const records = await readAll(bytes(padding + text));
      expect(records.slice(1), `cut ${cut} bytes into the text`).toEqual(parseCsv(text).map((cells) => ({ cells })));
    }
  });
  it("drops a BOM and reads CR, LF and CRLF line ends, even mixed", async () => {
    expect(parseCsv("\ufeffsku,name\rA,Mug\r\nB,Cup\nC,Pot")).toEqual([["sku", "name"], ["A", "Mug"], ["B", "Cup"], ["C", "Pot"]]);
    expect(await readAll(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes("sku,name\r\nA,Mug\r\n")]))).toEqual([{ cells: ["sku", "name"] }, { cells: ["A", "Mug"] }]);
  });
  it("reads tab, semicolon and bar delimited files, and leaves uneven rows to the row checks", () => {
    expect(parseCsv('sku\tname\nA\t"Mug\twith tab"\n', "\t")).toEqual([["sku", "name"], ["A", "Mug\twith tab"]]);
    expect(parseCsv("sku;price\nA;3,50\n", ";")).toEqual([["sku", "price"], ["A", "3,50"]]);
    expect(parseCsv("sku|name\nA|Mug|extra\nB\n", "|")).toEqual([["sku", "name"], ["A", "Mug", "extra"], ["B"]]);
  });
  it("finds the delimiter and refuses text that is not UTF-8", () => {
    expect(detectDelimiter("sku;name;price\nA;Mug;3,50")).toBe(";");
    expect(detectDelimiter("sku\tname\nA\tMug")).toBe("\t");
    expect(detectDelimiter("sku,name\nA,Mug")).toBe(",");
    expect(detectDelimiter('sku|name|note\nA|Mug|"a, b; c"\n')).toBe("|");
    expect(encodingProblem(new TextEncoder().encode("café"))).toBeNull();
    expect(encodingProblem(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toMatch(/not UTF-8/);
  });

  it("turns a quote that never closes into a problem with the line it opened on, not a row", async () => {
    const file = 'sku,name\nA1,Lamp\nA2,"Desk lamp\nA3,Chair\nA4,Table\n';
    const records = [{ cells: ["sku", "name"] }, { cells: ["A1", "Lamp"] }, { problem: openQuoteProblem(3), line: 3 }];
    expect(parseCsvRecords(file, ",")).toEqual(records);
    expect(await readAll(bytes(file))).toEqual(records);
    expect(openQuoteProblem(3)).toBe('A quote (") opened on line 3 never closes, so the rest of the file was read as one value. Close that quote (a quote inside a value is written twice: "") and upload again.');
    // Lines count from the file's first byte: a BOM, blank lines and CRLF inside an earlier quoted value.
    expect(parseCsvRecords('\ufeff\nh,h2\r\na,"b\r\nc"\r\nd,"e\r\nf,g\r\n', ",").at(-1)).toEqual({ problem: openQuoteProblem(5), line: 5 });
    expect(parseCsvRecords('a,"b\nc"\n', ",")).toEqual([{ cells: ["a", "b\nc"] }]);
  });
  it("keeps a quote inside a value as written (15\" frames), as the reader before csv-parse did", async () => {
    const file = ['sku,name,size', 'A1,"Desk "lamp",big', "A2,Chair,small", 'A3,Frame,15" wide', 'A4,"Stool",low'].join("\r\n");
    const records = await readAll(bytes(file));
    expect(records).toEqual([
      { cells: ["sku", "name", "size"] },
      { cells: ["A1", '"Desk "lamp"', "big"] },
      { cells: ["A2", "Chair", "small"] },
      { cells: ["A3", "Frame", '15" wide'] },
      { cells: ["A4", "Stool", "low"] },
    ]);
    expect(parseCsvRecords(file, ",")).toEqual(records);
    // Text after a closing quote stays in that value; it does not swallow the lines below.
    expect(parseCsvRecords('sku;name\nA1;"Mug" ;x\nA2;Cup\n', ";")).toEqual([{ cells: ["sku", "name"] }, { cells: ["A1", '"Mug" ', "x"] }, { cells: ["A2", "Cup"] }]);
  });
  it("keeps rows in file order across pieces, and a quote that never closes is the last record, a problem", async () => {
    const lines = ["sku,name,note"];
    for (let i = 1; i < 6000; i++) lines.push(i % 7 === 0 ? `S${i},15" frame,20" wide` : `S${i},"Name ${i}","Note, ${i}"`);
    lines.push('S6000,"Never closed,x', "S6001,Cup,y");
    const file = lines.join("\n");
    const records = await readAll(bytes(file));
    expect(records).toHaveLength(6001);
    records.slice(1, 6000).forEach((record, index) => {
      const i = index + 1;
      expect(record, `line ${i + 1}`).toEqual({ cells: i % 7 === 0 ? [`S${i}`, '15" frame', '20" wide'] : [`S${i}`, `Name ${i}`, `Note, ${i}`] });
    });
    expect(records.at(-1)).toEqual({ problem: expect.stringMatching(/^A quote \("\) opened on line 6001 never closes/), line: 6001 });
    expect(parseCsvRecords(file, ",")).toEqual(records);
  });
  it("reads a stream as it reads the same bytes at once, line numbers of malformed records included, however it is chunked", async () => {
    const files = [
      '\ufeff\nsku,name\r\nA1,"Roast\r\nlight"\r\n\r\nA2,"Mug" ,x\rA3,15" frame\n\nA4,"Never closed,y\nA5,Cup\n',
      ["sku,name,note", ...Array.from({ length: 3000 }, (_, i) => (i % 5 ? `S${i},"Name\r\n${i}",n` : `S${i},"Open ${i}" x,"y`)), 'S3000,"Never closed'].join("\r\n"),
    ];
    for (const [index, file] of files.map(bytes).entries()) {
      const whole = await readAll(file);
      expect(whole.some((r) => "problem" in r)).toBe(true);
      for (const size of index === 0 ? [1, 2, 3, 7, 70_000] : [7, 4093, 70_000]) {
        const records: CsvRecord[] = [];
        for await (const record of readCsvRecords(chunked(file, size), ",")) records.push(record);
        expect(records, `${size}-byte chunks`).toEqual(whole);
      }
    }
  });
  it("stops with the stream's error when the stream fails", async () => {
    async function* failing() {
      yield bytes("sku,name\nA1,Lamp\n");
      throw new Error("connection reset");
    }
    await expect(async () => {
      for await (const record of readCsvRecords(failing(), ",")) void record;
    }).rejects.toThrow("connection reset");
  });
});

describe("rows", () => {
  it("maps headers by name and says what is missing", () => {
    const mapping = suggestMapping("products", ["SKU", "Title", "Price", "Category"]);
    expect(mapping).toMatchObject({ sku: 0, name: 1, price: 2, category: 3, url: null });
    expect(mappingProblem("products", mapping, 4)).toBeNull();
    expect(mappingProblem("products", { ...mapping, name: null }, 4)).toMatch(/Map the required column Name/);
    expect(mappingProblem("products", { ...mapping, price: 0 }, 4)).toMatch(/same column/);
  });
  it("explains bad rows by row and column", () => {
    const mapping = suggestMapping("products", ["sku", "name", "price", "url", "in_stock"]);
    expect(checkProduct(["A", "Mug", "-3", "ftp://x", "maybe"], mapping, 7)).toEqual({
      ok: false,
      errors: [
        { row: 7, column: "price", reason: "The price is negative." },
        { row: 7, column: "url", reason: "Not a web address starting with https:// or http://." },
        { row: 7, column: "in_stock", reason: "“maybe” is not yes or no." },
      ],
    });
    expect(checkProduct(["A", "Mug", "€3,50", "https://shop.example/a", "yes"], mapping, 2)).toMatchObject({ ok: true, value: { price: 3.5, inStock: true } });
    const events = suggestMapping("events", ["customer_id", "sku", "event", "timestamp"]);
    const now = new Date("2026-11-01T00:00:00Z");
    expect(checkEvent(["c1", "A", "purchase", "2027-01-01"], events, 3, now)).toMatchObject({ ok: false, errors: [{ column: "timestamp", reason: "The date is in the future." }] });
    expect(checkEvent(["c1", "A", "add_to_cart", "2026-10-01T10:00:00Z"], events, 3, now)).toMatchObject({ ok: true, value: { kind: "cart", quantity: 1 } });
  });
});
