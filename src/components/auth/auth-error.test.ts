import { describe, expect, it } from "vitest";
import { credentialErrorMessage } from "./auth-error";

describe("credentialErrorMessage", () => {
  it("shows a lockout's own sentence, which says when to try again", () => {
    const message = "Too many failed sign-ins for this account. Try again after 14:05 UTC.";
    expect(credentialErrorMessage({ status: 429, code: "ACCOUNT_LOCKED", message })).toBe(message);
  });

  it("keeps the usual wording for everything else", () => {
    expect(credentialErrorMessage({ status: 401, code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" })).toMatch(/don't match an account/);
    expect(credentialErrorMessage({ status: 429 })).toMatch(/Too many attempts/);
  });
});
