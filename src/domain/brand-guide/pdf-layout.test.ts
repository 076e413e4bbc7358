import { describe, expect, it } from "vitest";
import { dropRepeatedLines, layoutPage, type TextRun } from "./pdf-layout";

const BODY = "F1";
const BOLD = "F2";
/** One run per string, as PDF writers place them: x, baseline y, a width from the character count. */
const run = (text: string, x: number, y: number, size = 10, font = BODY): TextRun => ({ text, x, y, width: text.length * size * 0.5, size, font });

describe("PDF page layout", () => {
  it("rebuilds tables from text positions, wrapped cells included", () => {
    const text = layoutPage([
      run("Words to avoid", 72, 700, 16, BOLD),
      run("Some words don't sound like us.", 72, 680),
      run("Avoid", 72, 660, 10, BOLD),
      run("Use instead", 300, 660, 10, BOLD),
      run("cheap", 72, 646),
      run("low-cost", 300, 646),
      run("instant approval", 72, 632),
      run("a decision in", 300, 632),
      run("minutes", 300, 620),
      run("Product names", 72, 590, 16, BOLD),
    ]);
    expect(text).toBe(
      ["# Words to avoid", "Some words don't sound like us.", "", "| Avoid | Use instead |", "| cheap | low-cost |", "| instant approval | a decision in minutes |", "", "# Product names"].join("\n"),
    );
  });

  it("reads two columns of prose column by column", () => {
    const left = ["Our voice is calm and direct, and we", "write the way a good manager talks", "to a customer across the desk."];
    const right = ["We never mention other banks in our", "emails; we explain how we do things", "and let customers decide."];
    const runs = left.flatMap((l, i) => [run(l, 72, 700 - i * 14), run(right[i]!, 320, 700 - i * 14)]);
    expect(layoutPage(runs)).toBe(`${left.join(" ")}\n\n${right.join(" ")}`);
  });

  it("drops page numbers and running footers but keeps a legal footer once", () => {
    expect(layoutPage([run("Kind regards,", 72, 700), run("Page 3 of 12", 72, 40)])).toBe("Kind regards,");
    const topics = ["rooms", "breakfast", "dogs", "parking"];
    const body = (n: number) => [`# About our ${topics[n - 1]}`, `Our ${topics[n - 1]} are part of the stay.`, `We have ${n * 7} of them.`, `Ask about ${topics[n - 1]} at the desk.`];
    const pages = [1, 2, 3, 4].map((n) => [...body(n), `Acme Guide · ${n}`, "Acme Ltd is registered in England."].join("\n"));
    const kept = dropRepeatedLines(pages);
    expect(kept[0]).toBe([...body(1), "Acme Ltd is registered in England."].join("\n"));
    expect(kept[3]).toBe(body(4).join("\n"));
  });
});
