import { expect, it } from "vitest";
import { diffContents, diffWords } from "./diff";
import type { EmailContent } from "./email/content";

it("diffs words and keeps the unchanged ones", () => {
  expect(diffWords("Our spring roast is here", "Our bright spring roast is back")).toEqual([
    { op: "same", text: "Our " },
    { op: "add", text: "bright " },
    { op: "same", text: "spring roast is " },
    { op: "del", text: "here" },
    { op: "add", text: "back" },
  ]);
  const rebuilt = (parts: ReturnType<typeof diffWords>, op: "add" | "del") => parts.filter((p) => p.op !== op).map((p) => p.text).join("");
  const parts = diffWords("a b c d", "a x c d e");
  expect(rebuilt(parts, "add")).toBe("a b c d");
  expect(rebuilt(parts, "del")).toBe("a x c d e");
});

it("marks which fields of two revisions changed", () => {
  const a: EmailContent = { subject: "Hi", subjectAlternatives: [], preheader: "P", blocks: [{ type: "paragraph", text: "One" }], cta: { text: "Go", url: "https://x.example" }, signOff: "", legal: [] };
  const b: EmailContent = { ...a, subject: "Hello", blocks: [...a.blocks, { type: "heading", text: "New" }] };
  const diff = diffContents(a, b);
  expect(diff.filter((d) => d.changed).map((d) => d.label)).toEqual(["Subject", "Block 2 (heading)"]);
});
