import { describe, expect, it } from "vitest";
import { similarity, standardBriefs, summarize, type EvaluationPair } from "./evaluation";

const draft = (compliance: number, quality: number, sendable = true, sim: number | null = null) => ({ compliance, quality, sendable, similarity: sim, subject: "s", body: "b" });
const pair = (c: ReturnType<typeof draft>, b: ReturnType<typeof draft>): EvaluationPair => ({ brief: "x", candidate: c, baseline: b });

describe("the evaluation gate", () => {
  it("passes a candidate that is not worse beyond the tolerance", () => {
    const pairs = [pair(draft(95, 90), draft(100, 92)), pair(draft(100, 88), draft(100, 90)), pair(draft(100, 95), draft(95, 90))];
    const summary = summarize(pairs);
    expect(summary.verdict).toBe("not_worse");
    expect(summary.metrics.quality).toMatchObject({ candidate: 91, baseline: 90.667, n: 3, worse: false });
    expect(summary.metrics.similarity).toBeUndefined();
  });

  it("refuses a candidate that is worse with confidence, and says why", () => {
    const pairs = Array.from({ length: 6 }, () => pair(draft(70, 60, false), draft(100, 95, true)));
    const summary = summarize(pairs);
    expect(summary.verdict).toBe("worse");
    expect(summary.reasons.map((r) => r.split(":")[0])).toEqual(["compliance", "quality", "sendable"]);
  });

  it("does not refuse on noise: one bad draft among good ones keeps the interval wide", () => {
    const pairs = [pair(draft(40, 40), draft(100, 100)), pair(draft(100, 100), draft(100, 100)), pair(draft(100, 100), draft(95, 95))];
    expect(summarize(pairs).verdict).toBe("not_worse");
  });

  it("claims nothing from one pair, and does not count a reference the live version wrote itself", () => {
    expect(summarize([pair(draft(60, 50, false), draft(100, 100))]).verdict).toBe("not_worse");
    const selfWritten = Array.from({ length: 4 }, () => pair(draft(100, 100, true, 0.7), draft(100, 100, true, 1)));
    expect(summarize(selfWritten).metrics.similarity).toBeUndefined();
    const edited = Array.from({ length: 4 }, () => pair(draft(100, 100, true, 0.5), draft(100, 100, true, 0.8)));
    expect(summarize(edited)).toMatchObject({ verdict: "worse", metrics: { similarity: { worse: true, n: 4 } } });
  });

  it("measures similarity to approved copy and writes standard briefs from real products", () => {
    expect(similarity("Our spring roast is here", "Our spring roast is back")).toBeCloseTo(0.6, 2);
    const briefs = standardBriefs("Kestrel Bank", [{ name: "Cobalt Saver", facts: "Interest paid monthly." }], 3);
    expect(briefs.map((b) => [b.type, b.products[0]?.name])).toEqual([["launch", "Cobalt Saver"], ["newsletter", "Cobalt Saver"], ["promotion", "Cobalt Saver"]]);
  });
});
