import { expect, it } from "vitest";
import { describeActivity } from "./activity";

it("describes membership events in plain words", () => {
  expect(describeActivity({ action: "invitation.created", details: { email: "r@x.co", role: "reviewer" }, actorName: "Olga" })).toBe(
    "Olga invited r@x.co as reviewer",
  );
  expect(describeActivity({ action: "member.role_changed", details: { from: "marketer", to: "admin" }, actorName: null })).toBe(
    "Someone changed a member's role from marketer to admin",
  );
  expect(describeActivity({ action: "something.new", details: {}, actorName: "Olga" })).toBe("Olga: something.new");
  expect(describeActivity({ action: "model.activated", details: { version: 3 }, actorName: "Olga" })).toBe("Olga activated model v3");
  expect(describeActivity({ action: "brand_guide.uploaded", details: { filename: "guide.pdf" }, actorName: "Olga" })).toBe("Olga uploaded the brand guide guide.pdf");
});
