import { describe, expect, it } from "vitest";
import { EMPTY_BRAND_PROFILE, resolveExtraction, systemPromptFromProfile, toComplianceProfile, type ProfileExtraction } from "./brand-profile";

const extraction: ProfileExtraction = {
  voiceTraits: [{ trait: "warm", source: { passage: 0, quote: "We are warm" } }],
  audience: "Home brewers",
  toneDos: [],
  toneDonts: [],
  preferredTerms: [{ term: "affordable", source: { passage: 1, quote: "say affordable" } }],
  bannedTerms: [{ term: "cheap", replacement: "affordable", source: { passage: 1, quote: "never cheap" } }],
  requiredDisclaimers: [],
  productSpellings: [{ name: "PowerBrew X2", source: { passage: 7, quote: "PowerBrew X2" } }],
  formatting: { maxExclamations: 1, allowEmoji: false, signOff: "The Northwind team" },
};
const passages = [
  { guideId: "g1", documentName: "guide.pdf", section: "Voice", page: 1 },
  { guideId: "g1", documentName: "guide.pdf", section: "Words we avoid", page: 2 },
];

describe("brand profile", () => {
  it("resolves passage numbers to sources and drops citations of passages that do not exist", () => {
    const profile = resolveExtraction(extraction, passages);
    expect(profile.bannedTerms[0]!.source).toEqual({ guideId: "g1", documentName: "guide.pdf", section: "Words we avoid", page: 2, quote: "never cheap" });
    expect(profile.productSpellings[0]!.source).toBeNull();
  });

  it("becomes compliance rules", () => {
    const rules = toComplianceProfile(resolveExtraction(extraction, passages));
    expect(rules.bannedTerms).toEqual([{ term: "cheap", replacement: "affordable", source: expect.objectContaining({ page: 2 }) }]);
    expect(rules.productSpellings.map((p) => p.canonical)).toEqual(["PowerBrew X2"]);
    expect(rules.formatting).toMatchObject({ maxExclamations: 1, allowEmoji: false, signOff: "The Northwind team" });
    expect(toComplianceProfile(EMPTY_BRAND_PROFILE).formatting.allowEmoji).toBeUndefined();
  });

  it("writes the model's system prompt", () => {
    const prompt = systemPromptFromProfile("Northwind", resolveExtraction(extraction, passages));
    expect(prompt).toContain("You write marketing copy for Northwind.");
    expect(prompt).toContain("Voice: warm.");
    expect(prompt).toContain('Never write "cheap"; write "affordable" instead.');
    expect(prompt).toContain("Do not use emoji.");
    expect(prompt).toContain("Sign off with: The Northwind team");
  });
});
