import { describe, expect, it } from "vitest";
import { detectGuide, GuideSniffer } from "./detect";
import { CHUNK_CHARS, chunkGuide, htmlToText } from "./sections";

const bytes = (text: string) => new Uint8Array(Buffer.from(text));

describe("detectGuide", () => {
  it("decides by content, not by name", () => {
    expect(detectGuide(bytes("%PDF-1.7\n..."))).toEqual({ ok: true, kind: "pdf" });
    expect(detectGuide(bytes("<!DOCTYPE html><html><h1>Voice</h1></html>"))).toEqual({ ok: true, kind: "html" });
    expect(detectGuide(bytes("# Voice\n\nWe are warm."))).toEqual({ ok: true, kind: "markdown" });
    expect(detectGuide(bytes("We are warm and direct."))).toEqual({ ok: true, kind: "text" });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from("....word/document.xml....")]);
    expect(detectGuide(zip)).toEqual({ ok: true, kind: "docx" });
  });
  it("explains what it refuses", () => {
    expect(detectGuide(new Uint8Array())).toMatchObject({ ok: false, reason: /empty/ });
    expect(detectGuide(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({ ok: false, reason: /not a Word document/ });
    expect(detectGuide(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toMatchObject({ ok: false, reason: /not supported/ });
    expect(detectGuide(new Uint8Array([0xff, 0xfe, 0x41, 0x42]))).toMatchObject({ ok: false, reason: /UTF-8/ });
  });
  it("decides the same from a file that arrives in chunks, holding only its start", () => {
    const zip = (middle: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Buffer.from(`${"x".repeat(70_000)}${middle}${"y".repeat(100)}`)]);
    const cafe = Buffer.from(`${"é".repeat(40_000)}`);
    const files = [bytes("%PDF-1.7\n..."), bytes("# Voice\n\nWe are warm."), zip("word/document.xml"), zip("word/other.xml"), cafe, cafe.subarray(0, 9001), new Uint8Array([0xff, 0xfe, 0x41, 0x42]), new Uint8Array()];
    for (const file of files) {
      for (const size of [1, 5, 17, 8192, 100_000]) {
        const sniffer = new GuideSniffer();
        for (let offset = 0; offset < file.length; offset += size) sniffer.add(file.subarray(offset, offset + size));
        expect(sniffer.detection(), `${size}-byte chunks`).toEqual(detectGuide(file));
      }
    }
    expect(detectGuide(zip("word/document.xml"))).toEqual({ ok: true, kind: "docx" });
    expect(detectGuide(cafe.subarray(0, 9001))).toMatchObject({ ok: false, reason: /UTF-8/ });
  });
});

describe("chunkGuide", () => {
  it("keeps heading paths and pages", () => {
    const chunks = chunkGuide([
      { page: 1, text: "# Voice\nWe are warm.\n## Words we avoid\n- cheap\n- deal" },
      { page: 2, text: "More words to avoid: bargain." },
    ]);
    expect(chunks.map((c) => [c.section, c.page, c.text])).toEqual([
      ["Voice", 1, "We are warm."],
      ["Voice › Words we avoid", 1, "- cheap\n- deal"],
      ["Voice › Words we avoid", 2, "More words to avoid: bargain."],
    ]);
  });
  it("recognises headings in plain text", () => {
    const chunks = chunkGuide([{ page: null, text: "OUR VOICE\nWarm and direct.\n\nWords we never use:\ncheap, deal" }]);
    expect(chunks.map((c) => c.section)).toEqual(["Our Voice", "Our Voice › Words we never use"]);
  });
  it("splits long sections at paragraph boundaries", () => {
    const paragraph = "We write short sentences. ".repeat(20).trim();
    const chunks = chunkGuide([{ page: null, text: `# Voice\n${Array(6).fill(paragraph).join("\n\n")}` }]);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.text.length <= CHUNK_CHARS && c.section === "Voice")).toBe(true);
  });
});

it("turns HTML into headed text without scripts", () => {
  const text = htmlToText("<html><script>alert(1)</script><h2>Tone &amp; voice</h2><p>Warm.</p><ul><li>Direct</li></ul></html>");
  expect(text).toBe("## Tone & voice\nWarm.\n\n- Direct");
});
