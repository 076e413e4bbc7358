/**
 * Recommendations in a real browser: import products, customers and events
 * from CSV files, build a segment, train and read the evaluation, then write
 * a campaign whose products come from the segment's picks and submit it.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createWorkspaceThroughUi, launchBrowser, newPersonContext, screenshot, signUpThroughUi, uniqueEmail } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PRODUCTS = ["sku,name,description,category,price,currency,url", ...Array.from({ length: 12 }, (_, i) => `P${i},${i < 6 ? `Roast No. ${i}` : `Brew Tool ${i}`},${i < 6 ? "Whole coffee beans roasted weekly" : "Brewing gear for the home"},${i < 6 ? "coffee" : "gear"},${(10 + i).toFixed(2)},EUR,https://shop.example/p${i}`)].join("\n");
const CUSTOMERS = ["customer_id,email,name,tier", ...Array.from({ length: 30 }, (_, i) => `C${i},c${i}@example.com,Customer ${i},${i % 2 ? "gold" : "silver"}`)].join("\n");
const EVENTS = (() => {
  const rows = ["customer,sku,event,timestamp"];
  for (let c = 0; c < 30; c++) {
    const base = c % 2 ? 0 : 6;
    for (let k = 0; k < 4; k++) rows.push(`C${c},P${base + ((c + k) % 6)},${k === 3 ? "view" : "purchase"},${new Date(Date.UTC(2026, 9, 1 + c + k)).toISOString()}`);
  }
  return rows.join("\n");
})();

it("imports data, builds a segment, trains, and writes a campaign from the segment's picks", async () => {
  const context = await newPersonContext(browser);
  const page = await context.newPage();
  await signUpThroughUi(page, { name: "Remi Recs", email: uniqueEmail("remi") });
  const slug = await createWorkspaceThroughUi(page, "Recs Roasters");

  await page.getByRole("link", { name: "Products", exact: true }).click();
  await page.getByText("No products yet").waitFor();
  await page.getByLabel("products CSV file").setInputFiles({ name: "products.csv", mimeType: "text/csv", buffer: Buffer.from(PRODUCTS) });
  await page.getByTestId("mapping-products").waitFor();
  expect(await page.getByLabel("SKU *").inputValue()).toBe("0");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.getByTestId("import-result-products").getByText("12 new, 0 updated").waitFor({ timeout: 20_000 });
  await page.getByRole("table", { name: "Products" }).getByText("Roast No. 1").waitFor();

  await page.getByRole("link", { name: "Audiences", exact: true }).click();
  for (const [kind, body, expected] of [
    ["customers", CUSTOMERS, "30 new"],
    ["events", EVENTS, "120 new"],
  ] as const) {
    await page.getByLabel(`${kind} CSV file`).setInputFiles({ name: `${kind}.csv`, mimeType: "text/csv", buffer: Buffer.from(body) });
    await page.getByTestId(`mapping-${kind}`).getByRole("button", { name: "Import", exact: true }).click();
    await page.getByTestId(`import-result-${kind}`).getByText(expected).waitFor({ timeout: 20_000 });
  }

  const form = page.getByRole("form", { name: "New segment" });
  await form.getByLabel("Segment name").fill("Gold members");
  await form.getByRole("button", { name: "Attribute" }).click();
  await form.getByLabel("Attribute", { exact: true }).selectOption("tier");
  await form.getByLabel("Value").fill("gold");
  await page.getByTestId("segment-count").getByText("15 customers match").waitFor();
  await form.getByRole("button", { name: "Save segment" }).click();
  await page.getByRole("list", { name: "Segments" }).getByText("Gold members").waitFor();

  await page.getByRole("button", { name: "Train now" }).click();
  await page.getByTestId("metrics-model").waitFor({ timeout: 30_000 });
  await page.getByLabel("Picks for a segment").selectOption({ label: "Gold members" });
  await page.getByRole("list", { name: "Picks" }).getByText(/Because:/).first().waitFor();
  await screenshot(page, "audiences");

  await page.goto(`/t/${slug}/campaigns/new`);
  await page.getByLabel("Name", { exact: true }).fill("Picked for gold members");
  await page.getByLabel("Key message").fill("Fresh picks for our gold members, roasted this week.");
  await page.getByLabel("Button link").fill("https://shop.example/gold");
  await page.getByLabel("Variants").fill("1");
  await page.getByLabel("Or take the recommended products for").selectOption({ label: "Gold members" });
  await page.getByRole("button", { name: "Use recommendations" }).click();
  await expect.poll(() => page.getByLabel("Name", { exact: true }).nth(1).inputValue()).toMatch(/Roast No\.|Brew Tool/);
  expect(await page.getByLabel("Audience").inputValue()).toBe("Gold members");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await page.getByRole("button", { name: "Generate 1 variant" }).click();
  await page.getByTestId("variant-1").getByRole("link", { name: "Open draft" }).click({ timeout: 45_000 });
  await page.waitForURL(/\/drafts\/[0-9a-f-]{36}$/);
  await page.getByText("Product card").first().waitFor();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.getByText("This draft is in review").waitFor();
  await context.close();
});
