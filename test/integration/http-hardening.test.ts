/**
 * Regression tests for an outside attack's findings, through the real route
 * handlers: tRPC mutations from another origin were carried out, an 8 MB body
 * was parsed before it was refused, every unknown path became its own metric
 * series, and /api/metrics was public. The security headers' values are
 * checked here; the browser test checks a real browser obeys them.
 */
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { POST as trpcPost } from "@/app/api/trpc/[trpc]/route";
import { appRoutePatterns } from "@/server/http/route-table";
import { newNonce, securityHeaders } from "@/server/http/security-headers";
import { createRouteLabeller, getMetrics, UNMATCHED_ROUTE } from "@/server/observability/metrics";
import { signUp, uniqueSlug, type TestPerson } from "../support/actors";

const APP_ORIGIN = new URL(process.env.APP_URL!).origin;
const MB = 1024 * 1024;

type TrpcError = { error: { json: { message: string; data: { code: string } } } };

/** tenant.create as the browser's client posts it (`?batch=1` wraps the input per call). */
function createTenantRequest(person: TestPerson, slug: string, headers: Record<string, string>, query = "", name = "Hardening") {
  const input = { json: { name, slug } };
  return new Request(`${APP_ORIGIN}/api/trpc/tenant.create${query}`, {
    method: "POST",
    headers: { cookie: person.cookie, "content-type": "application/json", ...headers },
    body: JSON.stringify(query ? { 0: input } : input),
  });
}

async function mySlugs(person: TestPerson) {
  return (await (await person.caller()).tenant.mine()).map((tenant) => tenant.slug);
}

describe("tRPC mutations from other origins", () => {
  it("refuses a foreign Origin (a page on another port of the same host too) and does nothing; the app's own origin goes through", async () => {
    const owner = await signUp("Cross Origin");
    for (const origin of ["https://attacker.example", "http://localhost:4000", "null"]) {
      const slug = uniqueSlug("xo");
      const response = await trpcPost(createTenantRequest(owner, slug, { origin }));
      expect(response.status, origin).toBe(403);
      const body = (await response.json()) as TrpcError;
      expect(body.error.json.data.code).toBe("FORBIDDEN");
      expect(body.error.json.message).toMatch(/only be made from Brandsmith's own pages at http:\/\/localhost:3999/);
      expect(await mySlugs(owner)).not.toContain(slug);
    }

    // A batch (what the browser's client sends) is refused call by call, in the shape the client reads.
    const batchSlug = uniqueSlug("xo");
    const batch = await trpcPost(createTenantRequest(owner, batchSlug, { origin: "http://localhost:4000" }, "?batch=1"));
    expect(batch.status).toBe(403);
    expect(((await batch.json()) as TrpcError[])[0]!.error.json.data.code).toBe("FORBIDDEN");

    const slug = uniqueSlug("same");
    const ok = await trpcPost(createTenantRequest(owner, slug, { origin: APP_ORIGIN, "sec-fetch-site": "same-origin" }));
    expect(ok.status).toBe(200);
    expect(await mySlugs(owner)).toContain(slug);
  });

  it("refuses Sec-Fetch-Site: cross-site, and a cross-origin form post whatever its content type", async () => {
    const owner = await signUp("Fetch Site");
    const slug = uniqueSlug("xs");
    const crossSite = await trpcPost(createTenantRequest(owner, slug, { "sec-fetch-site": "cross-site" }));
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as TrpcError).error.json.message).toMatch(/came from another site/);

    // An HTML form can post text/plain cross-origin without a preflight.
    const form = await trpcPost(createTenantRequest(owner, slug, { origin: "http://localhost:4000", "content-type": "text/plain" }));
    expect(form.status).toBe(403);
    expect(await mySlugs(owner)).not.toContain(slug);
  });
});

describe("request bodies over 1 MB", () => {
  /** A 2 MB JSON body (a valid tenant.create input with a huge name) that counts what is read from it. */
  function twoMegabyteBody() {
    const text = JSON.stringify({ json: { name: "a".repeat(2 * MB), slug: uniqueSlug("big") } });
    const bytes = new TextEncoder().encode(text);
    const chunk = 64 * 1024;
    const read = { bytes: 0, total: bytes.byteLength };
    // highWaterMark 0: nothing is pulled ahead; only what a reader asks for.
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (read.bytes >= bytes.byteLength) return controller.close();
          const next = bytes.subarray(read.bytes, read.bytes + chunk);
          read.bytes += next.byteLength;
          controller.enqueue(next);
        },
      },
      { highWaterMark: 0 },
    );
    return { stream, read };
  }

  const bigRequest = (person: TestPerson, stream: ReadableStream<Uint8Array>, headers: Record<string, string>) =>
    new Request(`${APP_ORIGIN}/api/trpc/tenant.create`, {
      method: "POST",
      headers: { cookie: person.cookie, "content-type": "application/json", origin: APP_ORIGIN, ...headers },
      body: stream,
      duplex: "half",
    } as RequestInit);

  it("answers 413 from the Content-Length alone, reading nothing", async () => {
    const owner = await signUp("Big Declared");
    const { stream, read } = twoMegabyteBody();
    const response = await trpcPost(bigRequest(owner, stream, { "content-length": String(read.total) }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as TrpcError).error.json.message).toMatch(/larger than 1 MB/);
    expect(read.bytes).toBe(0);
  });

  it("stops reading a body without Content-Length once it passes 1 MB, before any JSON is parsed", async () => {
    const owner = await signUp("Big Streamed");
    const { stream, read } = twoMegabyteBody();
    const parse = vi.spyOn(JSON, "parse");
    try {
      const response = await trpcPost(bigRequest(owner, stream, {}));
      // Parsed, the input would have reached validation: 400 "Keep the name under 80 characters."
      expect(response.status).toBe(413);
      expect(((await response.json()) as TrpcError).error.json.data.code).toBe("PAYLOAD_TOO_LARGE");
      expect(read.bytes).toBeGreaterThan(MB);
      expect(read.bytes).toBeLessThanOrEqual(MB + 64 * 1024);
      expect(read.bytes).toBeLessThan(read.total);
      expect(parse.mock.calls.some(([text]) => typeof text === "string" && text.length > MB)).toBe(false);
    } finally {
      parse.mockRestore();
    }
  });

  it("still reads and validates a body under the limit", async () => {
    const owner = await signUp("Just Under");
    const response = await trpcPost(createTenantRequest(owner, uniqueSlug("ok"), { origin: APP_ORIGIN }, "", "a".repeat(MB - 1000)));
    expect(response.status).toBe(400);
    expect(((await response.json()) as TrpcError).error.json.message).toMatch(/under 80 characters/);
  });
});

describe("metrics", () => {
  const label = createRouteLabeller(appRoutePatterns(path.resolve("src", "app")));

  it("labels a request with the route that serves it, read from src/app", () => {
    expect(label("/t/acme/campaigns/0b5e9c1e-8d7f-4c39-9a8e-2f1d2c3b4a5e")).toBe("/t/[tenant]/campaigns/[id]");
    expect(label("/t/acme/campaigns/new")).toBe("/t/[tenant]/campaigns/new");
    expect(label("/t/acme/campaigns/abc/brief")).toBe("/t/[tenant]/campaigns/[id]/brief");
    expect(label("/t/acme")).toBe("/t/[tenant]");
    expect(label("/invite/123")).toBe("/invite/[id]");
    expect(label("/sign-in")).toBe("/sign-in");
    expect(label("/api/trpc/tenant.create,tenant.mine")).toBe("/api/trpc/[trpc]");
    expect(label("/api/auth/sign-in/email")).toBe("/api/auth/[...all]");
    expect(label("/")).toBe("/");
    expect(label("/_next/static/chunks/abc.js")).toBe("/_next/*");
    expect(label("/wp-admin/setup.php")).toBe(UNMATCHED_ROUTE);
    expect(label("/t/acme/not-a-page")).toBe(UNMATCHED_ROUTE);
  });

  it("adds at most one series for any number of unknown paths", async () => {
    const { httpDuration } = getMetrics();
    const routes = async () => new Set((await httpDuration.get()).values.map((value) => value.labels.route));
    const before = await routes();
    for (let i = 0; i < 2000; i++) {
      const probe = [`/probe-${i}`, `/t/acme/probe-${i}/x`, `/api/nothing/${i}`, `/.env.${i}`][i % 4]!;
      httpDuration.observe({ method: "GET", route: label(probe), status: "404" }, 0.001);
    }
    const added = [...(await routes())].filter((route) => !before.has(route));
    expect(added.length).toBeLessThanOrEqual(1);
    expect(await routes()).toContain(UNMATCHED_ROUTE);
  });

  describe("/api/metrics", () => {
    const original = process.env.METRICS_TOKEN;
    afterEach(() => {
      if (original === undefined) delete process.env.METRICS_TOKEN;
      else process.env.METRICS_TOKEN = original;
    });
    const scrape = (authorization?: string) =>
      metricsRoute(new Request(`${APP_ORIGIN}/api/metrics`, { headers: authorization ? { authorization } : {} }));

    it("answers 401 without the token when METRICS_TOKEN is set, 200 with it", async () => {
      process.env.METRICS_TOKEN = "scrape-secret-for-tests";
      for (const authorization of [undefined, "Bearer wrong", "Bearer scrape-secret-for-test", "scrape-secret-for-tests", "Basic c2NyYXBlOnNlY3JldA=="]) {
        const refused = await scrape(authorization);
        expect(refused.status, authorization).toBe(401);
        expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer/);
        expect(await refused.text()).not.toContain("http_request_duration_seconds");
      }
      const allowed = await scrape("Bearer scrape-secret-for-tests");
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain("http_request_duration_seconds");
    });

    it("stays open when METRICS_TOKEN is unset", async () => {
      delete process.env.METRICS_TOKEN;
      expect((await scrape()).status).toBe(200);
    });
  });
});

describe("security headers", () => {
  it("gives each response a fresh nonce and a strict policy; eval only in development, HSTS only over https", () => {
    const production = securityHeaders({ nonce: newNonce(), dev: false, https: false });
    const policy = production["Content-Security-Policy"]!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'(;|$)/);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "connect-src 'self'"]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain("unsafe-eval");
    expect(production).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(production["Permissions-Policy"]).toContain("camera=()");
    expect(production["Strict-Transport-Security"]).toBeUndefined();

    expect(newNonce()).not.toBe(newNonce());
    expect(securityHeaders({ nonce: newNonce(), dev: true, https: false })["Content-Security-Policy"]).toContain("'unsafe-eval'");
    const https = securityHeaders({ nonce: newNonce(), dev: false, https: true });
    expect(https["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });
});
