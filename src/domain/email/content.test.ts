import { describe, expect, it } from "vitest";
import { checkCopy, EMPTY_PROFILE } from "../compliance";
import { complianceInput, contentFromModel, type ModelEmail } from "./content";
import { parsePartialJson } from "./partial-json";

const model: ModelEmail = {
  subject: "Spring is here",
  subjectAlternatives: ["One", "Two"],
  preheader: "Our brightest roast of the year, roasted every Tuesday.",
  blocks: [
    { type: "paragraph", text: "Offer valid while stocks last. Enjoy." },
    { type: "product", product: "spring roast", blurb: "Floral and bright." },
    { type: "product", product: "Mystery Beans", blurb: "Not in the brief." },
  ],
  ctaText: "Try it",
  signOff: "The team",
};

describe("contentFromModel", () => {
  it("takes links and prices from the brief and adds only the disclaimers the model left out", () => {
    const brief = { ctaUrl: "https://shop.example/", products: [{ name: "Spring Roast", url: "https://shop.example/spring", price: "€14.90", facts: "" }] };
    const content = contentFromModel(model, brief, ["Offer valid while stocks last.", "Prices include VAT."]);
    expect(content.cta).toEqual({ text: "Try it", url: "https://shop.example/" });
    expect(content.blocks[1]).toEqual({ type: "product", name: "Spring Roast", blurb: "Floral and bright.", price: "€14.90", url: "https://shop.example/spring", imageUrl: "" });
    // A product the brief does not know gets no link and no price.
    expect(content.blocks[2]).toMatchObject({ name: "Mystery Beans", price: "", url: "" });
    expect(content.legal).toEqual(["Prices include VAT."]);
  });

  it("gives the compliance engine the body with footer and unsubscribe line", () => {
    const content = contentFromModel(model, { ctaUrl: "https://shop.example/", products: [] }, []);
    const report = checkCopy(complianceInput(content, "1 Harbour Road"), EMPTY_PROFILE);
    expect(report.findings.map((f) => f.rule)).not.toContain("unsubscribe-missing");
    expect(complianceInput(content).body).toContain("The team");
  });
});

describe("parsePartialJson", () => {
  it("reads a document cut off anywhere", () => {
    const full = JSON.stringify({ subject: "Hello \"there\"", blocks: [{ type: "paragraph", text: "One two" }, { type: "bullets", items: ["a", "b"] }], ctaText: "Go" });
    for (let cut = 1; cut <= full.length; cut++) {
      const value = parsePartialJson(full.slice(0, cut));
      if (value !== undefined) expect(typeof value).toBe("object");
    }
    expect(parsePartialJson(full)).toEqual(JSON.parse(full));
    expect(parsePartialJson('{"subject": "Hel')).toEqual({ subject: "Hel" });
    expect(parsePartialJson('{"subject": "Hello", "blocks": [{"type": "paragraph", "te')).toEqual({ subject: "Hello", blocks: [{ type: "paragraph" }] });
    expect(parsePartialJson('{"subject": "Hello", "pre')).toEqual({ subject: "Hello" });
    expect(parsePartialJson("")).toBeUndefined();
  });
});
