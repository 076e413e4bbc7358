import { describe, expect, it } from "vitest";
import { Brief, CAMPAIGN_TYPES, TYPE_PRESETS, sendDateProblem } from "./brief";
import { VARIANT_ANGLES, briefTooLong, buildEmailPrompt, retrievalQuery, type RetrievedPassage } from "./prompt";

const base = {
  name: "Spring",
  type: "launch",
  goal: "Launch it",
  audience: "Everyone",
  keyMessage: "It is new",
  ctaText: "Look",
  ctaUrl: "https://shop.example/",
  variants: 3,
};

describe("brief", () => {
  it("every type's preset makes a valid brief", () => {
    for (const type of CAMPAIGN_TYPES) {
      const { keyMessageHint, ...preset } = TYPE_PRESETS[type];
      expect(keyMessageHint.length).toBeGreaterThan(5);
      expect(Brief.safeParse({ ...base, type, ...preset }).success).toBe(true);
    }
  });

  it("says what is wrong", () => {
    const problem = (input: object) => Brief.safeParse({ ...base, ...input }).error?.issues[0]?.message;
    expect(problem({ ctaUrl: "shop.example" })).toMatch(/starting with https/);
    expect(problem({ variants: 0 })).toMatch(/at least one/);
    expect(problem({ tones: ["warm", "calm", "formal", "witty"] })).toMatch(/at most three/);
    expect(problem({ products: [{ name: "" }] })).toMatch(/Give each product a name/);
    expect(sendDateProblem("2026-01-01", "2026-02-01")).toMatch(/in the past/);
    expect(sendDateProblem("2026-02-01", "2026-02-01")).toBeNull();
    expect(sendDateProblem("", "2026-02-01")).toBeNull();
  });
});

describe("prompt", () => {
  const brief = Brief.parse({ ...base, products: [{ name: "Spring Roast", price: "€14", facts: "Floral" }] });
  const passages: RetrievedPassage[] = Array.from({ length: 8 }, (_, i) => ({ chunkId: `c${i}`, guideId: "g", documentName: "guide.pdf", section: "Voice", page: i + 1, text: `Passage ${i}` }));

  it("builds a prompt with the brief, products, an angle per variant and passages as data", () => {
    const one = buildEmailPrompt({ companyName: "Northwind", brief, variant: 1, passages, profileInstructions: null });
    const two = buildEmailPrompt({ companyName: "Northwind", brief, variant: 2, passages, profileInstructions: "Voice: warm" });
    expect(one.messages).toHaveLength(1);
    expect(two.messages[0]).toEqual({ role: "system", content: "Voice: warm" });
    const text = one.messages[0]!.content;
    expect(text).toContain("variant 1 of 3");
    expect(text).toContain(VARIANT_ANGLES[0]);
    expect(two.messages[1]!.content).toContain(VARIANT_ANGLES[1]);
    expect(text).toContain("- Spring Roast (€14): Floral");
    expect(text).toContain("[1] (guide.pdf › Voice, page 1) Passage 0");
    expect(one.passages).toHaveLength(6);
  });

  it("turns the brief into an OR query and flags briefs the context cannot hold", () => {
    expect(retrievalQuery(brief)).toBe("launch or everyone or new or spring or roast");
    expect(briefTooLong(brief)).toBeNull();
    expect(briefTooLong({ ...brief, keyMessage: "word ".repeat(4_000) })).toMatch(/too long for the model's context window/);
  });
});
