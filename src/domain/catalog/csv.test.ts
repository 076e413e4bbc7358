import { describe, expect, it } from "vitest";
import { CsvReader, detectDelimiter, encodingProblem, openQuoteProblem, parseCsv } from "./csv";
import { checkEvent, checkProduct, mappingProblem, suggestMapping } from "./rows";

describe("CSV reading", () => {
  const text = 'sku,name,description\r\nA1,"Roast, light","Say ""hi""\nsecond line"\nB2,Mug,\n\n';
  it("reads quoted fields, doubled quotes, newlines in quotes, CRLF, blank lines", () => {
    expect(parseCsv(text)).toEqual([
      ["sku", "name", "description"],
      ["A1", "Roast, light", 'Say "hi"\nsecond line'],
      ["B2", "Mug", ""],
    ]);
  });
  it("gives the same rows however the text is cut into chunks", () => {
    for (let size = 1; size <= text.length; size++) {
      const reader = new CsvReader(",");
      const rows: string[][] = [];
      for (let i = 0; i < text.length; i += size) rows.push(...reader.push(text.slice(i, i + size)));
      rows.push(...reader.end());
      expect(rows, `chunks of ${size}`).toEqual(parseCsv(text));
    }
  });
  it("finds the delimiter and refuses text that is not UTF-8", () => {
    expect(detectDelimiter("sku;name;price\nA;Mug;3,50")).toBe(";");
    expect(detectDelimiter("sku\tname\nA\tMug")).toBe("\t");
    expect(detectDelimiter("sku,name\nA,Mug")).toBe(",");
    expect(encodingProblem(new TextEncoder().encode("café"))).toBeNull();
    expect(encodingProblem(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toMatch(/not UTF-8/);
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

  it("notices a quote that never closes, and says on which line it opened", () => {
    const reader = new CsvReader(",");
    const rows = [...reader.push('sku,name\nA1,Lamp\nA2,"Desk lamp\nA3,Chair\nA4,Table\n'), ...reader.end()];
    expect(rows[1]).toEqual(["A1", "Lamp"]);
    expect(reader.openQuoteLine).toBe(3);
    expect(openQuoteProblem(3)).toMatch(/opened on line 3 never closes/);
    const closed = new CsvReader(",");
    closed.push('a,"b\nc"\n');
    closed.end();
    expect(closed.openQuoteLine).toBeNull();
  });
});
