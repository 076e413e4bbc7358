/**
 * Time until a page's main data is visible, in system Chromium. Each load is
 * `page.goto(url)` (returning at commit, so the wait is not held to the
 * load event), then a wait for every locator that shows the page's main
 * data (a seeded campaign's name, a draft's subject, the first job's row…)
 * to be visible; then `performance.now()` is read inside the page, which is
 * the time since that navigation started. The browser context stays open
 * between loads, so static chunks come from its cache (warm loads), as for
 * someone moving around the app. After the measured loads, axe-core looks
 * at the page once the network is quiet.
 */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { seriousViolations } from "../../e2e/support/axe";
import { percentile } from "../queue/stats";

export interface PageTarget {
  /** The page's name in the JSON ("review_queue"). */
  name: string;
  /** The app route it is served by, as the build names it ("/t/[tenant]/review"). */
  route: string;
  /** The URL path opened. */
  path: string;
  /** Said in the output: what the measured loads wait for. */
  waitsFor: string;
  /** Locators that are visible only once the page's main data is there. */
  mainData(page: Page): Locator[];
}

export interface PageTiming {
  name: string;
  samples: number[];
  p50: number;
  p95: number;
  /** Time to the document's first byte (Navigation Timing responseStart), p50: the server's part. */
  ttfbP50: number;
  /** Serious and critical axe findings on the page after its last load, one line each. */
  axe: string[];
}

/** A browser context with a real session: the person signs in once through better-auth's endpoint, from the app's origin. */
export async function signedInContext(browser: Browser, baseUrl: string, person: { email: string; password: string }): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(30_000);
  const response = await context.request.post("/api/auth/sign-in/email", { data: { email: person.email, password: person.password }, headers: { origin: baseUrl } });
  if (!response.ok()) throw new Error(`sign-in of ${person.email} answered ${response.status()}: ${await response.text()}`);
  return context;
}

/** `warm` unmeasured loads, then `runs` measured ones, then axe (unless `axe: false`). */
export async function timePage(page: Page, target: PageTarget, options: { warm: number; runs: number; axe?: boolean }): Promise<PageTiming> {
  const samples: number[] = [];
  const firstBytes: number[] = [];
  for (let i = 0; i < options.warm + options.runs; i++) {
    await page.goto(target.path, { waitUntil: "commit" });
    try {
      for (const locator of target.mainData(page)) await locator.waitFor({ state: "visible" });
    } catch (error) {
      throw new Error(`${target.name} (${target.path}): the main data did not appear (waiting for ${target.waitsFor}): ${(error as Error).message.split("\n")[0]}`);
    }
    const reading = await page.evaluate(() => ({
      visible: performance.now(),
      firstByte: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)?.responseStart ?? Number.NaN,
    }));
    if (i >= options.warm) {
      samples.push(reading.visible);
      firstBytes.push(reading.firstByte);
    }
  }
  let axe: string[] = [];
  if (options.axe !== false) {
    // The queue and review pages poll, but not every 500 ms: networkidle comes.
    await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => undefined);
    axe = await seriousViolations(page);
  }
  return { name: target.name, samples, p50: percentile(samples, 50), p95: percentile(samples, 95), ttfbP50: percentile(firstBytes, 50), axe };
}
