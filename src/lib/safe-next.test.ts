import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("where sign-in may send you", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeNext("/t/acme/campaigns?tab=drafts#v2")).toBe("/t/acme/campaigns?tab=drafts#v2");
    expect(safeNext(["/workspaces/new", "/other"])).toBe("/workspaces/new");
  });

  it("refuses every way of naming another origin, and never throws", () => {
    const attacks = [
      "//evil.example/x",
      "/\t/evil.example/x",
      "/%09/evil.example/x".replace("%09", "\t"),
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "/%2F%2Fevil.example",
      "/%5Cevil.example",
      "https://evil.example",
      "https:evil.example",
      "javascript:alert(1)",
      " /evil",
      "evil.example",
      "/" + "a".repeat(5_000),
      "",
    ];
    for (const attack of attacks) expect(safeNext(attack, "/dashboard"), JSON.stringify(attack)).toBe("/dashboard");
    expect(safeNext(undefined)).toBe("/");
  });
});
