/**
 * The workspace on a phone (390 × 844): the sidebar is a drawer behind a
 * menu button (focus kept inside, Escape closes, focus back on the button),
 * and the main pages fit the screen with no horizontal scroll. Screenshots of
 * the phone layouts are kept as artifacts.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { baseUrl, createWorkspaceThroughUi, launchBrowser, screenshot, signUpThroughUi, uniqueEmail } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** How far the page is wider than the screen (0: it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The innermost elements that stick out past the screen's right edge, for the failure message. */
const sticking = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll<HTMLElement>("body *")].filter((el) => el.getBoundingClientRect().right > width + 0.5 && ![...el.children].some((child) => child.getBoundingClientRect().right > width + 0.5));
    return out.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className.toString().split(" ").slice(0, 4).join(".")}: ${(el.textContent ?? "").slice(0, 40)}`);
  });

it("puts the sidebar in a drawer and fits every main page on a 390 px screen", async () => {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await signUpThroughUi(page, { name: "Pia Phone", email: uniqueEmail("pia") });
  const slug = await createWorkspaceThroughUi(page, "Pocket Roasters");

  // The navigation is hidden until the menu button opens it.
  expect(await page.getByRole("link", { name: "Campaigns", exact: true }).isVisible()).toBe(false);
  const menu = page.getByRole("button", { name: "Open navigation" });
  await menu.click();
  const drawer = page.getByRole("dialog", { name: "Workspace menu" });
  await drawer.getByRole("link", { name: "Campaigns", exact: true }).waitFor();
  await screenshot(page, "phone-drawer");
  // Tab stays inside the open drawer; Escape closes it and gives focus back to the menu button.
  for (let i = 0; i < 25; i++) await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("#workspace-navigation"))).toBe(true);
  await page.keyboard.press("Escape");
  await expect.poll(() => drawer.count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Open navigation");
  // Following a link closes it.
  await menu.click();
  await page.getByRole("dialog", { name: "Workspace menu" }).getByRole("link", { name: "Brand", exact: true }).click();
  await page.waitForURL(`**/t/${slug}/brand`);
  await expect.poll(() => page.getByRole("dialog", { name: "Workspace menu" }).count()).toBe(0);

  for (const [name, path] of [
    ["dashboard", ""],
    ["campaigns", "/campaigns"],
    ["new-campaign", "/campaigns/new"],
    ["review", "/review"],
    ["brand", "/brand"],
    ["products", "/products"],
    ["audiences", "/audiences"],
    ["members", "/settings/members"],
    ["queue", "/queue"],
  ] as const) {
    await page.goto(`/t/${slug}${path}`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await page.waitForLoadState("networkidle");
    expect(await overflow(page), `${name} is wider than the screen: ${(await sticking(page)).join(" | ")}`).toBeLessThanOrEqual(0);
    await screenshot(page, `phone-${name}`);
  }

  // With something in it: a campaign from the sample brief, its draft, and the review queue as cards.
  await page.goto(`/t/${slug}/campaigns/new?sample=1`);
  // No product yet, so the sample leaves the key message to the person.
  await page.getByLabel("Key message").fill("Our pocket roasts travel well.");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: /^Generate \d+ variants?$/ }).click();
  await page.getByTestId("variant-1").getByRole("link", { name: "Open draft" }).click({ timeout: 45_000 });
  expect(await overflow(page), `the campaign page is wider than the screen: ${(await sticking(page)).join(" | ")}`).toBeLessThanOrEqual(0);
  await page.waitForURL(/\/drafts\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Submit for review" }).waitFor();
  expect(await overflow(page), `the draft editor is wider than the screen: ${(await sticking(page)).join(" | ")}`).toBeLessThanOrEqual(0);
  await screenshot(page, "phone-draft-editor");
  // The preview sits under the form; the sticky Preview button brings it up.
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await expect.poll(() => page.evaluate(() => document.getElementById("draft-preview")!.getBoundingClientRect().top), { timeout: 5_000 }).toBeLessThan(200);
  await screenshot(page, "phone-draft-preview");
  expect(await seriousViolations(page), "axe on the draft editor").toEqual([]);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.getByText("This draft is in review").waitFor();
  await page.goto(`/t/${slug}/review`);
  // Data on first paint: the server renders the main data into the HTML, before any script runs.
  const html = async (path: string) => (await page.request.get(`/t/${slug}${path}`)).text();
  expect(await html("")).toContain("Get to your first email");
  expect(await html("/campaigns")).toContain("Our first campaign");
  // The review queue's first answer: for its author the draft is not theirs to decide, so the empty state (not a skeleton).
  expect(await html("/review")).toContain("Nothing waits for you");
  await page.getByLabel("Only drafts I can decide").uncheck();
  await page.getByTestId("review-card").first().waitFor();
  expect(await page.getByRole("table", { name: "Drafts" }).isVisible()).toBe(false);
  expect(await overflow(page), `the review queue is wider than the screen: ${(await sticking(page)).join(" | ")}`).toBeLessThanOrEqual(0);
  await screenshot(page, "phone-review-queue");
  expect(await seriousViolations(page), "axe on the review queue").toEqual([]);
  await context.close();
});
