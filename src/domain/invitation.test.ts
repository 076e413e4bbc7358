import { describe, expect, it } from "vitest";
import { checkAcceptance, invitationExpiry } from "./invitation";

const now = new Date("2026-11-29T12:00:00Z");
const pending = { status: "pending", email: "Rita@Example.com", expiresAt: invitationExpiry(now) };

describe("checkAcceptance", () => {
  it("accepts a pending, unexpired invitation for the same address, case-insensitively", () => {
    expect(checkAcceptance(pending, "rita@example.com", now)).toEqual({ ok: true });
  });
  it("refuses used, withdrawn and expired invitations with a next step", () => {
    expect(checkAcceptance({ ...pending, status: "accepted" }, "rita@example.com", now)).toMatchObject({ code: "used" });
    expect(checkAcceptance({ ...pending, status: "canceled" }, "rita@example.com", now)).toMatchObject({ code: "canceled" });
    const later = new Date(now.getTime() + 8 * 24 * 3600 * 1000);
    expect(checkAcceptance(pending, "rita@example.com", later)).toMatchObject({ code: "expired", reason: /invite you again/ });
  });
  it("refuses another account and says which address to use", () => {
    expect(checkAcceptance(pending, "mallory@example.com", now)).toMatchObject({
      code: "wrong_account",
      reason: /sent to another email address/,
    });
  });
});
