/**
 * Sign-in limits per account and per client address (an outside attack's
 * findings: one global bucket when no client IP was known, and a rotating
 * X-Forwarded-For that was never limited), through the auth route as the
 * browser calls it. The peer header stands in for server.ts, which sets it
 * from the socket. Every test uses its own accounts and addresses: the
 * buckets live in the shared database.
 */
import { randomInt, randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, afterEach, describe, expect, inject, it, vi } from "vitest";
import { POST } from "@/app/api/auth/[...all]/route";
import { createAuth } from "@/server/auth/auth";
import { PEER_ADDRESS_HEADER } from "@/server/auth/client-address";
import { getDb } from "@/server/db/client";
import { getLogger } from "@/server/observability/logger";
import { signUp } from "../support/actors";

const PASSWORD = "a sturdy test passphrase";
const ACCOUNT_LOCKED = /^Too many failed sign-ins for this account\. Try again after \d\d:\d\d UTC\.$/;
const owner = postgres(inject("ownerDatabaseUrl"), { max: 1, onnotice: () => {} });

afterAll(() => owner.end());
afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
  vi.restoreAllMocks();
});

/** A documentation-range address nobody else in this file uses. */
const address = () => `198.18.${randomInt(0, 256)}.${randomInt(1, 255)}`;
const unknownEmail = () => `nobody.${randomUUID().slice(0, 8)}@example.com`;

type Handler = (req: Request) => Promise<Response>;

async function signIn(email: string, password: string, from: { peer?: string; forwardedFor?: string } = {}, handler: Handler = POST) {
  const headers = new Headers({ "content-type": "application/json", origin: "http://localhost:3999" });
  if (from.peer) headers.set(PEER_ADDRESS_HEADER, from.peer);
  if (from.forwardedFor) headers.set("x-forwarded-for", from.forwardedFor);
  const response = await handler(new Request("http://localhost:3999/api/auth/sign-in/email", { method: "POST", headers, body: JSON.stringify({ email, password }) }));
  const body = (await response.json().catch(() => null)) as { code?: string; message?: string; retryAt?: string; token?: string } | null;
  return { status: response.status, body, retryAfter: response.headers.get("retry-after") };
}

async function failTimes(count: number, email: () => string, from: () => { peer?: string; forwardedFor?: string }, handler?: Handler) {
  for (let i = 0; i < count; i++) {
    const result = await signIn(email(), "not the passphrase", from(), handler);
    expect(result.status, `attempt ${i + 1}: ${JSON.stringify(result.body)}`).toBe(401);
  }
}

describe("per account", () => {
  it("locks an account after 10 wrong passwords, saying until when, while another account signs in from the same address", async () => {
    const alice = await signUp("Alice Locked");
    const bob = await signUp("Bob Unaffected");
    const peer = address();

    await failTimes(10, () => alice.email, () => ({ peer }));
    const locked = await signIn(alice.email, "not the passphrase", { peer });
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: "ACCOUNT_LOCKED", message: expect.stringMatching(ACCOUNT_LOCKED) });
    const retryAt = new Date(locked.body!.retryAt!);
    expect(retryAt.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(retryAt.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect(Number(locked.retryAfter)).toBeGreaterThan(14 * 60);
    // The time shown is the unlock time rounded up to the minute.
    const shown = new Date(Math.ceil(retryAt.getTime() / 60_000) * 60_000).toISOString().slice(11, 16);
    expect(locked.body!.message).toContain(`${shown} UTC`);

    // Locked means locked: the right password waits too, from anywhere.
    expect((await signIn(alice.email, PASSWORD, { peer })).status).toBe(429);
    expect((await signIn(alice.email, PASSWORD, { peer: address() })).status).toBe(429);
    expect((await signIn(alice.email.toUpperCase(), PASSWORD)).status).toBe(429);

    // Bob, from the very same address (10 failures there, under its limit), is not affected.
    const bobIn = await signIn(bob.email, PASSWORD, { peer });
    expect(bobIn.status).toBe(200);
    expect(bobIn.body?.token).toBeTruthy();
  });

  it("locks an account even when no client address is known (no shared bucket for unknown clients)", async () => {
    const carol = await signUp("Carol Nopeer");
    const dave = await signUp("Dave Nopeer");
    await failTimes(10, () => carol.email, () => ({}));
    expect((await signIn(carol.email, PASSWORD)).status).toBe(429);
    // Everyone else with an unknown address still signs in.
    expect((await signIn(dave.email, PASSWORD)).status).toBe(200);
  });

  it("resets the account's failure count on a successful sign-in", async () => {
    const erin = await signUp("Erin Reset");
    const peer = address();
    await failTimes(9, () => erin.email, () => ({ peer }));
    expect((await signIn(erin.email, PASSWORD, { peer })).status).toBe(200);
    // Without the reset, the first of these would be the 10th failure and lock the account.
    await failTimes(9, () => erin.email, () => ({ peer }));
    expect((await signIn(erin.email, PASSWORD, { peer })).status).toBe(200);
  });

  it("lets no more than 10 guesses through when they arrive all at once", async () => {
    const kim = await signUp("Kim Burst");
    const peer = address();
    const results = await Promise.all(Array.from({ length: 16 }, () => signIn(kim.email, "not the passphrase", { peer })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array<number>(10).fill(401), ...Array<number>(6).fill(429)]);
  });

  it("unlocks by time alone", async () => {
    let now = new Date();
    const clocked = createAuth(getDb(), { now: () => now });
    const frank = await signUp("Frank Clock");
    const peer = address();

    await failTimes(10, () => frank.email, () => ({ peer }), clocked.handler);
    const locked = await signIn(frank.email, PASSWORD, { peer }, clocked.handler);
    expect(locked.status).toBe(429);
    const retryAt = new Date(locked.body!.retryAt!);
    expect(retryAt.getTime()).toBe(now.getTime() + 15 * 60_000);

    now = new Date(retryAt.getTime() - 1000);
    expect((await signIn(frank.email, PASSWORD, { peer }, clocked.handler)).status).toBe(429);
    now = retryAt;
    expect((await signIn(frank.email, PASSWORD, { peer }, clocked.handler)).status).toBe(200);
  });

  it("keeps a rotating X-Forwarded-For from escaping the account lock", async () => {
    const grace = await signUp("Grace Rotate");
    let hop = 0;
    const rotating = () => ({ peer: address(), forwardedFor: `203.0.113.${++hop}` });
    await failTimes(10, () => grace.email, rotating);
    const locked = await signIn(grace.email, "not the passphrase", rotating());
    expect(locked).toMatchObject({ status: 429, body: { code: "ACCOUNT_LOCKED" } });
  });
});

describe("per client address", () => {
  it("ignores X-Forwarded-For when TRUSTED_PROXIES is empty: 30 failures from one socket address lock that address, not others", async () => {
    const hana = await signUp("Hana Network");
    const peer = address();
    let hop = 0;
    // Thirty different accounts, each failed once, each with a different forwarded address.
    await failTimes(30, unknownEmail, () => ({ peer, forwardedFor: `203.0.113.${++hop % 250}` }));

    const refused = await signIn(hana.email, PASSWORD, { peer, forwardedFor: "192.0.2.200" });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: "TOO_MANY_ATTEMPTS", message: expect.stringMatching(/^Too many failed sign-ins from your network\. Try again after \d\d:\d\d UTC\.$/) });
    // Another address, and an unknown one, are unaffected; so is Hana's account.
    expect((await signIn(hana.email, PASSWORD, { peer: address() })).status).toBe(200);
    expect((await signIn(hana.email, PASSWORD)).status).toBe(200);
  });

  it("believes X-Forwarded-For from a trusted proxy: two forwarded clients have separate buckets, and the session records the client", async () => {
    process.env.TRUSTED_PROXIES = "10.77.0.0/16, fd77::/16";
    const ivan = await signUp("Ivan Proxied");
    const proxy = `10.77.${randomInt(0, 256)}.${randomInt(1, 255)}`;
    const attacker = address();
    const neighbour = address();

    // The attacker prepends a fake hop; the proxy appends the real one, which is what counts.
    await failTimes(30, unknownEmail, () => ({ peer: proxy, forwardedFor: `192.0.2.${randomInt(1, 255)}, ${attacker}` }));
    expect((await signIn(ivan.email, PASSWORD, { peer: proxy, forwardedFor: attacker })).status).toBe(429);
    // Behind the same proxy, another client signs in.
    const neighbourIn = await signIn(ivan.email, PASSWORD, { peer: proxy, forwardedFor: `${neighbour}, 10.77.0.1` });
    expect(neighbourIn.status).toBe(200);
    const [session] = await owner<{ ip: string }[]>`select ip_address as ip from session where token = ${neighbourIn.body!.token!}`;
    expect(session?.ip).toBe(neighbour);

    // An IPv4-mapped proxy address is the same proxy.
    expect((await signIn(ivan.email, PASSWORD, { peer: `::ffff:${proxy}`, forwardedFor: attacker })).status).toBe(429);
  });
});

describe("what is stored and logged", () => {
  it("keeps no email in the table, and logs each failed sign-in with a masked email", async () => {
    const warn = vi.spyOn(getLogger(), "warn");
    const judy = await signUp("Judy Audit");
    const peer = address();
    await failTimes(1, () => judy.email, () => ({ peer }));

    const rows = await owner<{ row: string }[]>`select row_to_json(s)::text as row from sign_in_limits s where updated_at > now() - interval '1 minute'`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.row).join("\n")).not.toContain(judy.email.split("@")[0]);

    const line = warn.mock.calls.map((call) => call[0] as Record<string, unknown>).find((fields) => fields.event === "sign_in_failed" && fields.client === peer);
    expect(line).toMatchObject({ email: `j***@example.com`, failures: 1, maxFailures: 10, lockedUntil: null });
    expect(JSON.stringify(warn.mock.calls)).not.toContain(judy.email);
    expect(JSON.stringify(warn.mock.calls)).not.toContain("not the passphrase");
  });

  it("grants the app login the table and nothing more (no tenant, no policy)", async () => {
    const grants = await owner<{ privilege: string }[]>`
      select privilege_type as privilege from information_schema.role_table_grants
      where grantee = 'brandsmith_app' and table_name = 'sign_in_limits' order by 1`;
    expect(grants.map((g) => g.privilege)).toEqual(["DELETE", "INSERT", "SELECT", "UPDATE"]);
  });
});

describe("session cookie", () => {
  it("is Secure when APP_URL is https, and not on plain http", async () => {
    const cookieOf = async () => {
      const { headers } = await createAuth(getDb()).api.signUpEmail({
        body: { name: "Cookie Person", email: unknownEmail(), password: PASSWORD },
        returnHeaders: true,
      });
      return headers.getSetCookie().find((c) => c.includes("session_token"))!;
    };
    const previous = process.env.APP_URL;
    try {
      process.env.APP_URL = "https://brandsmith.example";
      expect(await cookieOf()).toMatch(/^__Secure-better-auth\.session_token=.*;\s*Secure/i);
      process.env.APP_URL = "http://localhost:3999";
      expect(await cookieOf()).not.toMatch(/Secure/i);
    } finally {
      process.env.APP_URL = previous;
    }
  });
});
