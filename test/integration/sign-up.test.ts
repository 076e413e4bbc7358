/** Sign-up and sign-in mistakes, through better-auth's HTTP handler as the browser calls it. */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getAuth } from "@/server/auth/auth";

async function post(path: string, body: unknown) {
  const response = await getAuth().handler(
    new Request(`http://localhost:3999/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3999" },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, body: (await response.json().catch(() => null)) as { code?: string; message?: string } | null };
}

describe("sign-up", () => {
  const email = () => `person.${randomUUID().slice(0, 8)}@example.com`;

  it("creates an account and refuses the same email twice", async () => {
    const address = email();
    expect((await post("/sign-up/email", { name: "Pat", email: address, password: "a sturdy passphrase" })).status).toBe(200);
    const again = await post("/sign-up/email", { name: "Pat", email: address, password: "another sturdy passphrase" });
    expect(again.status).toBe(422);
    expect(again.body?.code).toMatch(/USER_ALREADY_EXISTS/);
  });

  it("refuses weak passwords with a reason", async () => {
    const short = await post("/sign-up/email", { name: "Pat", email: email(), password: "short" });
    expect(short.status).toBe(400);
    const common = await post("/sign-up/email", { name: "Pat", email: email(), password: "password123" });
    expect(common).toMatchObject({ status: 400, body: { code: "WEAK_PASSWORD", message: expect.stringMatching(/too common/) } });
  });

  it("refuses a malformed email", async () => {
    const result = await post("/sign-up/email", { name: "Pat", email: "pat@", password: "a sturdy passphrase" });
    expect(result.status).toBe(400);
    expect(result.body?.code).toMatch(/INVALID_EMAIL|VALIDATION/);
  });

  it("refuses a wrong password without saying which part was wrong", async () => {
    const address = email();
    await post("/sign-up/email", { name: "Pat", email: address, password: "a sturdy passphrase" });
    const result = await post("/sign-in/email", { email: address, password: "not the passphrase" });
    expect(result).toMatchObject({ status: 401, body: { code: "INVALID_EMAIL_OR_PASSWORD" } });
  });
});
