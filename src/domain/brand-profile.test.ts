import { describe, expect, it } from "vitest";
import { EMPTY_BRAND_PROFILE, systemPromptFromProfile, toComplianceProfile, type ProfileExtraction } from "./brand-profile";
import { verifyExtraction } from "./profile-verification";

const extraction: ProfileExtraction = {
  voiceTraits: [{ trait: "warm", source: { passage: 0, quote: "We are warm" } }],
  audience: "Home brewers",
  toneDos: [],
  toneDonts: [],
  preferredTerms: [{ term: "affordable", source: { passage: 1, quote: "say affordable" } }],
  bannedTerms: [
    { term: "cheap", replacement: "affordable", source: { passage: 1, quote: "never cheap" } },
    // The model made this one up: no passage says it.
    { term: "bargain", replacement: null, source: { passage: 1, quote: "no bargains" } },
  ],
  requiredDisclaimers: [{ text: "Offer valid while stocks last", source: { passage: 5, quote: "Offer valid" } }],
  // The model's casing; the guide writes "PowerBrew X2".
  productSpellings: [{ name: "Powerbrew X2", source: { passage: 7, quote: "PowerBrew X2" } }],
  formatting: { maxExclamations: 1, allowEmoji: false, signOff: "The Northwind team", noAllCaps: null, noExclamationInSubject: null },
  styleSources: [
    { rule: "maxExclamations", source: { passage: 1, quote: "At most one exclamation mark." } },
    { rule: "allowEmoji", source: { passage: 0, quote: "We love emoji" } },
  ],
};
const passages = [
  { guideId: "g1", documentName: "guide.pdf", section: "Voice", page: 1, text: "We are warm and direct." },
  { guideId: "g1", documentName: "guide.pdf", section: "Words we avoid", page: 2, text: "- We never say cheap; say affordable.\n\nAt most one exclamation mark." },
  { guideId: "g1", documentName: "guide.pdf", section: "Products", page: 3, text: "| Product |\n| PowerBrew X2 |\n\n> Offer valid while stocks last.\n\nSign off with “The Northwind team”." },
];

describe("the model proposes, the guide disposes", () => {
  const profile = verifyExtraction(extraction, passages);

  it("applies items found in the guide, with the passage that holds them", () => {
    expect(profile.bannedTerms).toEqual([{ term: "cheap", replacement: "affordable", source: expect.objectContaining({ section: "Words we avoid", page: 2, verified: true }) }]);
    expect(profile.voiceTraits[0]!.source).toMatchObject({ section: "Voice", quote: "We are warm" });
    // Cited passage 5 does not exist; the words are in passage 2.
    expect(profile.requiredDisclaimers).toEqual([{ text: "Offer valid while stocks last", source: expect.objectContaining({ page: 3, verified: true }) }]);
  });

  it("writes product names the way the guide does", () => {
    expect(profile.productSpellings.map((p) => p.name)).toEqual(["PowerBrew X2"]);
  });

  it("keeps unbacked items out of the rules, under Needs a look", () => {
    expect(profile.pending?.map((p) => [p.field, p.value])).toEqual([
      ["bannedTerms", "bargain"],
      ["allowEmoji", "false"],
    ]);
    expect(profile.formatting).toMatchObject({ maxExclamations: 1, allowEmoji: null, signOff: "The Northwind team" });
    expect(profile.formatting.sources?.maxExclamations).toMatchObject({ page: 2 });
  });

  it("becomes compliance rules and the model's system prompt", () => {
    const rules = toComplianceProfile(profile);
    expect(rules.bannedTerms).toEqual([{ term: "cheap", replacement: "affordable", source: expect.objectContaining({ page: 2 }) }]);
    expect(rules.formatting).toMatchObject({ maxExclamations: 1, signOff: "The Northwind team" });
    expect(toComplianceProfile(EMPTY_BRAND_PROFILE).formatting.allowEmoji).toBeUndefined();
    const prompt = systemPromptFromProfile("Northwind", { ...profile, formatting: { ...profile.formatting, allowEmoji: false, noAllCaps: true } });
    expect(prompt).toContain("You write marketing copy for Northwind.");
    expect(prompt).toContain('Never write "cheap"; write "affordable" instead.');
    expect(prompt).toContain("Do not use emoji.");
    expect(prompt).toContain("Never write words in ALL CAPS.");
    expect(prompt).toContain("Sign off with: The Northwind team");
  });
});
