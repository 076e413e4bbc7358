/**
 * axe-core, injected into the real pages of the production build, finds no
 * serious or critical WCAG 2 A/AA violation on the main pages (desktop and
 * phone widths).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { baseUrl, createWorkspaceThroughUi, launchBrowser, signUpThroughUi, uniqueEmail } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it("has no serious or critical axe findings on the main pages", async () => {
  const found: string[] = [];
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const context = await browser.newContext({ baseURL: baseUrl(), viewport });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByRole("heading", { level: 1 }).first().waitFor().catch(() => undefined);
    found.push(...(await seriousViolations(page)).map((v) => `sign-in @${viewport.width}: ${v}`));
    await signUpThroughUi(page, { name: "Alex Access", email: uniqueEmail("alex") });
    const slug = await createWorkspaceThroughUi(page, `Accessible Roasters ${viewport.width}`);
    for (const path of ["", "/campaigns", "/campaigns/new", "/review", "/brand", "/products", "/audiences", "/models", "/queue", "/settings/members", "/settings/model-server", "/settings/review", "/settings/audit"]) {
      await page.goto(`/t/${slug}${path}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.waitForLoadState("networkidle");
      found.push(...(await seriousViolations(page)).map((v) => `${path || "/"} @${viewport.width}: ${v}`));
    }
    await context.close();
  }
  expect(found).toEqual([]);
}, 180_000);
