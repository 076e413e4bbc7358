import { describe, expect, it } from "vitest";
import { EMPTY_BRAND_PROFILE, type BrandProfile } from "./brand-profile";
import { addItem, mergeReading, recordEdits, rejectItem } from "./profile-merge";

const fromGuide = (quote: string) => ({ guideId: "g1", documentName: "guide.pdf", quote, verified: true });
const read = (extra: Partial<BrandProfile> = {}): BrandProfile => ({
  ...EMPTY_BRAND_PROFILE,
  bannedTerms: [
    { term: "cheap", replacement: "affordable", source: fromGuide("cheap → affordable") },
    { term: "deal", replacement: null, source: fromGuide("deal") },
  ],
  formatting: { ...EMPTY_BRAND_PROFILE.formatting, maxExclamations: 1, sources: { maxExclamations: fromGuide("One at most") } },
  pending: [{ id: "bannedTerms:bargain", field: "bannedTerms", value: "bargain", replacement: null, source: null, reason: "not in the guide" }],
  ...extra,
});
const by = { name: "Ada Admin", at: "2026-12-01T10:00:00.000Z" };

describe("reading the guides again keeps what people decided", () => {
  it("keeps items people added or accepted, and drops what they removed or rejected", () => {
    const first = read();
    const accepted = addItem(first, first.pending![0]!, by);
    expect(accepted.bannedTerms.at(-1)).toEqual({ term: "bargain", replacement: null, source: { acceptedBy: "Ada Admin", acceptedAt: by.at } });
    expect(accepted.pending).toEqual([]);
    // A person removes "deal", adds "cheapo" by hand and sets the exclamation limit to 0.
    const edited = recordEdits(accepted, {
      ...accepted,
      bannedTerms: [...accepted.bannedTerms.filter((b) => b.term !== "deal"), { term: "cheapo", replacement: null, source: null }],
      formatting: { ...accepted.formatting, maxExclamations: 0 },
    });
    expect(edited.dismissed).toEqual(["bannedTerms:deal"]);
    expect(edited.formatting.edited).toEqual(["maxExclamations"]);

    const again = mergeReading(edited, read());
    expect(again.bannedTerms.map((b) => b.term).sort()).toEqual(["bargain", "cheap", "cheapo"]);
    expect(again.formatting.maxExclamations).toBe(0);
    expect(again.pending).toEqual([]);
  });

  it("remembers a rejection", () => {
    const rejected = rejectItem(read(), "bannedTerms:bargain");
    expect(rejected.pending).toEqual([]);
    expect(mergeReading(rejected, read()).pending).toEqual([]);
  });

  it("drops rules of a guide that was removed", () => {
    expect(mergeReading(read(), { ...EMPTY_BRAND_PROFILE }).bannedTerms).toEqual([]);
  });
});
