import { describe, expect, it } from "vitest";
import { resolveExtraction } from "@/domain/brand-profile";
import { extractProfile } from "./extract-profile";

const NORTHWIND = [
  { section: "Our voice", text: "- Warm\n- Direct\n- A little playful\n- Never rush the reader" },
  { section: "Words we avoid", text: "- cheap (say affordable)\n- “amazing”\n- world-class → best-in-class" },
  { section: "Writing rules", text: "Always name the farm and the roast day. Never promise delivery dates. Use at most one exclamation mark per email. No emoji." },
  { section: "Legal", text: "Every promotional email must include “Offer valid while stocks last.”" },
  { section: "Product names", text: "Write “PowerBrew X2” and “Cold Drip Kit” exactly like this." },
  { section: "Sign-off", text: "Sign off with “The Northwind team”." },
  { section: "Our audience", text: "Home brewers who care where their coffee comes from." },
];

describe("builtin profile extraction", () => {
  it("finds the planted rules with the passage each came from", () => {
    const profile = extractProfile(NORTHWIND);
    expect(profile.voiceTraits.map((v) => v.trait)).toEqual(["Warm", "Direct", "A little playful"]);
    expect(profile.toneDonts.map((d) => d.text)).toEqual(expect.arrayContaining(["Never rush the reader", "Never promise delivery dates."]));
    expect(profile.toneDos.map((d) => d.text)).toContain("Always name the farm and the roast day.");
    expect(profile.bannedTerms).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ term: "cheap", replacement: "affordable", source: { passage: 1, quote: "cheap (say affordable)" } }),
        expect.objectContaining({ term: "amazing", replacement: null }),
        expect.objectContaining({ term: "world-class", replacement: "best-in-class" }),
      ]),
    );
    expect(profile.requiredDisclaimers).toEqual([expect.objectContaining({ text: "Offer valid while stocks last.", source: expect.objectContaining({ passage: 3 }) })]);
    expect(profile.productSpellings.map((p) => p.name)).toEqual(["PowerBrew X2", "Cold Drip Kit"]);
    expect(profile.formatting).toEqual({ maxExclamations: 1, allowEmoji: false, signOff: "The Northwind team" });
    expect(profile.audience).toBe("Home brewers who care where their coffee comes from.");

    const resolved = resolveExtraction(profile, NORTHWIND.map((p, i) => ({ guideId: `g${i}`, documentName: "guide.md", section: p.section, page: null })));
    expect(resolved.bannedTerms[0]!.source).toMatchObject({ documentName: "guide.md", section: "Words we avoid", quote: "cheap (say affordable)" });
  });

  it("reads never-sentences anywhere, do/don't lines and comma lists", () => {
    const profile = extractProfile([
      { section: "Style", text: "Never call our bikes “cheap”; say “affordable”. Do: write short sentences. Don't: use jargon." },
      { section: "Banned words", text: "revolutionary, game-changing, best ever" },
      { section: "Disclaimers", text: "Prices include VAT.\nFree returns within 30 days." },
    ]);
    expect(profile.bannedTerms.map((b) => [b.term, b.replacement])).toEqual([
      ["cheap", "affordable"],
      ["revolutionary", null],
      ["game-changing", null],
      ["best ever", null],
    ]);
    expect(profile.toneDos.map((d) => d.text)).toContain("write short sentences.");
    expect(profile.toneDonts.map((d) => d.text)).toContain("use jargon.");
    expect(profile.requiredDisclaimers.map((d) => d.text)).toEqual(["Prices include VAT.", "Free returns within 30 days."]);
  });
});
