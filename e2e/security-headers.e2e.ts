/**
 * The security headers in a real browser against the production build: they
 * are on pages and API routes, a page of another port on the same host cannot
 * frame a signed-in page (the attack that was reproduced), and the app still
 * works under its Content-Security-Policy — no violation on the dashboard, on
 * a page that is not found, or in a draft's email preview (a srcdoc iframe,
 * which inherits the policy) in light and dark mode.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { baseUrl, createWorkspaceThroughUi, launchBrowser, newPersonContext, screenshot, signUpThroughUi, uniqueEmail } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Console messages about the Content-Security-Policy (violations and refused frames), from the page and its frames. */
function watchPolicyMessages(page: Page): string[] {
  const messages: string[] = [];
  page.on("console", (message) => {
    if (/content security policy/i.test(message.text())) messages.push(message.text());
  });
  return messages;
}

function expectSecurityHeaders(headers: Record<string, string>) {
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic';/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // APP_URL is http here: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();
}

it("sends the headers on pages and API routes, with a fresh nonce that Next.js puts on its scripts", async () => {
  const context = await newPersonContext(browser);
  const page = await context.newPage();
  const policyMessages = watchPolicyMessages(page);

  const first = (await page.goto("/sign-in"))!;
  expectSecurityHeaders(first.headers());
  const nonce = /'nonce-([^']+)'/.exec(first.headers()["content-security-policy"]!)![1]!;
  const inlineNonces = await page.evaluate(() => [...document.scripts].filter((script) => !script.src).map((script) => script.nonce));
  expect(inlineNonces.length).toBeGreaterThan(0);
  expect(new Set(inlineNonces)).toEqual(new Set([nonce]));
  const second = (await page.reload())!;
  expect(second.headers()["content-security-policy"]).not.toContain(nonce);

  const api = await page.request.get("/api/health");
  expectSecurityHeaders(api.headers());
  const trpc = await page.request.get("/api/trpc/tenant.mine");
  expectSecurityHeaders(trpc.headers());

  // The page hydrated under the policy: signing up is client-side.
  await signUpThroughUi(page, { name: "Hana Headers", email: uniqueEmail("hana") });
  await page.waitForURL("**/workspaces/new");
  expect(policyMessages).toEqual([]);
  await context.close();
});

it("keeps a signed-in page out of a frame on another port of the same host", async () => {
  const context = await newPersonContext(browser);
  const page = await context.newPage();
  await signUpThroughUi(page, { name: "Fran Framed", email: uniqueEmail("fran") });
  const slug = await createWorkspaceThroughUi(page, "Framed Roasters");

  // The attacker's page: same site (localhost), another port; it frames the app and, as a control, a page of its own.
  const attacker = http.createServer((req, res) => {
    res.setHeader("content-type", "text/html");
    if (req.url === "/own") return res.end("<p>attacker's own page</p>");
    res.end(`<iframe name="victim" src="${baseUrl()}/t/${slug}/settings/members"></iframe><iframe name="control" src="/own"></iframe>`);
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  try {
    const policyMessages = watchPolicyMessages(page);
    await page.goto(`http://localhost:${(attacker.address() as AddressInfo).port}/`);
    const control = page.frame({ name: "control" })!;
    await expect.poll(() => control.evaluate(() => document.body?.innerText ?? ""), { timeout: 10_000 }).toContain("attacker's own page");
    await expect.poll(() => policyMessages.some((message) => message.includes("frame-ancestors 'none'")), { timeout: 10_000 }).toBe(true);
    const victim = page.frame({ name: "victim" })!;
    expect(victim.url()).not.toContain(baseUrl());
    expect(await victim.evaluate(() => document.body?.innerText ?? "").catch(() => "")).not.toMatch(/Members|Framed Roasters/);
    await screenshot(page, "framing-refused");
  } finally {
    await new Promise((resolve) => attacker.close(resolve));
    await context.close();
  }
});

it("runs the dashboard, a missing page and a draft's email preview without a policy violation", async () => {
  const context = await newPersonContext(browser);
  const page = await context.newPage();
  const policyMessages = watchPolicyMessages(page);
  await signUpThroughUi(page, { name: "Cora Policy", email: uniqueEmail("cora") });
  const slug = await createWorkspaceThroughUi(page, "Policy Roasters");
  await expect.poll(() => page.getByRole("heading", { name: "Policy Roasters" }).isVisible()).toBe(true);
  await expect.poll(() => page.getByTestId("member-count").textContent()).toBe("1");

  // Not found is rendered per request too, so its scripts carry the nonce.
  expect((await page.goto("/no-such-page"))!.status()).toBe(404);
  await page.getByRole("link", { name: "Go to my workspaces" }).waitFor();

  await page.goto(`/t/${slug}/campaigns/new`);
  await page.getByLabel("Name", { exact: true }).fill("Policy blend");
  await page.getByLabel("Audience").fill("Newsletter subscribers");
  await page.getByLabel("Key message").fill("Our policy blend is bright and balanced, roasted in small batches.");
  await page.getByLabel("Button link").fill("https://shop.example/policy");
  await page.getByLabel("Variants").fill("1");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await page.getByRole("button", { name: "Generate 1 variant" }).click();
  await page.getByTestId("variant-1").getByRole("link", { name: "Open draft" }).click({ timeout: 45_000 });
  await page.waitForURL(/\/drafts\/[0-9a-f-]{36}$/);

  // The preview's inline styles apply inside the sandboxed srcdoc frame: the button keeps its colour...
  const preview = page.frameLocator('iframe[title="Email preview, desktop"]');
  const button = preview.locator('a[style*="background-color"]').first();
  await button.waitFor();
  const buttonColour = await button.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(buttonColour).not.toBe("rgba(0, 0, 0, 0)");
  // ...and in dark mode the email's <style> block repaints the body.
  await page.getByRole("tab", { name: "Dark mode" }).click();
  const dark = page.frameLocator('iframe[title="Email preview, dark mode"]');
  await expect.poll(() => dark.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor), { timeout: 10_000 }).toBe("rgb(13, 17, 23)");
  await screenshot(page, "draft-preview-under-csp");

  expect(policyMessages).toEqual([]);
  await context.close();
});
