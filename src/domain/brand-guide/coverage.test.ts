import { describe, expect, it } from "vitest";
import { EMPTY_BRAND_PROFILE } from "@/domain/brand-profile";
import { coverageGaps, guidesWithoutRules, profileConflicts } from "./coverage";

const passage = (text: string, section = "Writing", page = 3) => ({ guideId: "g1", documentName: "guide.pdf", section, page, text });

describe("coverage", () => {
  const profile = { ...EMPTY_BRAND_PROFILE, bannedTerms: [{ term: "cheap", replacement: null, source: { guideId: "g1", quote: "Never say “cheap”." } }] };

  it("lists rule-like lines nothing in the profile covers, with the item they would be", () => {
    const gaps = coverageGaps(
      [
        passage("Never say “cheap”. Never say “game-changer” in a subject line. Our LumaLite™ lamp ships in May. Always thank people for waiting."),
        passage("We opened our first shop in 1998.", "History", 1),
      ],
      profile,
    );
    expect(gaps.map((g) => [g.page, g.suggestion.field, g.suggestion.value])).toEqual([
      [3, "bannedTerms", "game-changer"],
      [3, "productSpellings", "LumaLite"],
      [3, "toneDos", "Always thank people for waiting."],
    ]);
  });

  it("forgets a gap a person said is not a rule", () => {
    const gaps = coverageGaps([passage("Always thank people for waiting.")], { ...profile, dismissed: ["gap:always thank people for waiting."] });
    expect(gaps).toEqual([]);
  });

  it("names conflicts between guides and guides without rules", () => {
    const both = {
      ...profile,
      preferredTerms: [{ term: "Cheap", source: { guideId: "g2", documentName: "voice.docx" } }],
      bannedTerms: [{ term: "cheap", replacement: null, source: { guideId: "g1", documentName: "guide.pdf" } }],
    };
    expect(profileConflicts(both)).toEqual([{ term: "cheap", bannedIn: "guide.pdf", preferredIn: "voice.docx" }]);
    expect(guidesWithoutRules([{ id: "g1", filename: "guide.pdf" }, { id: "g3", filename: "history.pdf" }], both)).toEqual([{ id: "g3", filename: "history.pdf" }]);
  });
});
