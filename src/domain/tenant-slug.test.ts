import { describe, expect, it } from "vitest";
import { slugify, slugProblem } from "./tenant-slug";

describe("slugify", () => {
  it("turns a company name into an address", () => {
    expect(slugify("Acme Coffee & Co.")).toBe("acme-coffee-co");
    expect(slugify("Café Crème")).toBe("cafe-creme");
  });
});

describe("slugProblem", () => {
  it("accepts good slugs", () => expect(slugProblem("acme-coffee")).toBeNull());
  it("explains bad ones", () => {
    expect(slugProblem("ab")).toMatch(/at least 3/);
    expect(slugProblem("-acme")).toMatch(/lowercase/);
    expect(slugProblem("Acme")).toMatch(/lowercase/);
    expect(slugProblem("settings")).toMatch(/reserved/);
  });
});
