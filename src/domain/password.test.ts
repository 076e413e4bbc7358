import { describe, expect, it } from "vitest";
import { emailProblem, passwordProblem } from "./password";

describe("passwordProblem", () => {
  it("accepts a decent passphrase", () => expect(passwordProblem("correct horse battery", "a@b.co")).toBeNull());
  it("explains weak ones", () => {
    expect(passwordProblem("short")).toMatch(/at least 10/);
    expect(passwordProblem("password123")).toMatch(/too common/);
    expect(passwordProblem("aaaaaaaaaaaa")).toMatch(/too few/);
    expect(passwordProblem("ritasmith-2026!", "ritasmith@example.com")).toMatch(/email/);
  });
});

describe("emailProblem", () => {
  it("accepts addresses and explains typos", () => {
    expect(emailProblem("rita@example.com")).toBeNull();
    expect(emailProblem("rita@example")).toMatch(/not an email/);
    expect(emailProblem("")).toMatch(/Enter/);
  });
});
