import { describe, expect, it } from "vitest";
import { mergeStreamedOutput } from "./streamed-output";

describe("mergeStreamedOutput", () => {
  it("appends text that continues the output", () => {
    expect(mergeStreamedOutput("Hello", 5, ", world")).toBe("Hello, world");
  });

  it("keeps a snapshot that already holds an early event's text, and what follows it", () => {
    expect(mergeStreamedOutput("Hello, world", 0, "Hel")).toBe("Hello, world");
    expect(mergeStreamedOutput("Hello, world", 5, ", wo")).toBe("Hello, world");
  });

  it("takes the new part of an event that overlaps the end", () => {
    expect(mergeStreamedOutput("Hello, wo", 5, ", world")).toBe("Hello, world");
  });

  it("ignores an event past the end (text was missed; the next snapshot has it)", () => {
    expect(mergeStreamedOutput("Hello", 7, "world")).toBe("Hello");
  });
});
