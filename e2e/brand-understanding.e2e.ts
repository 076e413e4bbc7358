/**
 * Brand understanding on an app with no model server: a PDF guide with a
 * table of words to avoid, a naming table and a legal line is read by the
 * builtin model with every item's page; a rule-like line nothing covers is
 * added in one click; a draft that misspells a product and drops the legal
 * line gets two errors.
 */
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
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

/** A two-page guide laid out the way design tools write PDFs: headings in bold, tables as text placed in columns. */
async function guidePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const write = (page: PDFPage, text: string, x: number, y: number, font: PDFFont = regular, size = 10) => page.drawText(text, { x, y, size, font });
  const one = doc.addPage([612, 792]);
  write(one, "Harbour Outdoor writing guide", 72, 720, bold, 20);
  write(one, "Words to avoid", 72, 680, bold, 14);
  write(one, "Avoid", 72, 655, bold);
  write(one, "Use instead", 300, 655, bold);
  [["cheap", "affordable"], ["guaranteed", "built to last"], ["epic", "—"]].forEach(([avoid, use], i) => {
    write(one, avoid!, 72, 638 - i * 16);
    write(one, use!, 300, 638 - i * 16);
  });
  write(one, "Product names", 72, 570, bold, 14);
  write(one, "Product", 72, 545, bold);
  write(one, "How to write it", 300, 545, bold);
  [["Rain jacket", "StormShell"], ["Two-person tent", "TrailPeak 2"]].forEach(([what, name], i) => {
    write(one, what!, 72, 528 - i * 16);
    write(one, name!, 300, 528 - i * 16);
  });
  write(one, "Coming soon", 72, 492, bold, 14);
  write(one, "Our new LumaLite lantern ships in May. The LumaLite runs for 40 hours, and every LumaLite", 72, 470);
  write(one, "comes with a spare battery.", 72, 456);
  const two = doc.addPage([612, 792]);
  write(two, "Legal", 72, 720, bold, 14);
  write(two, "Every email must end with the line below, word for word.", 72, 695);
  write(two, "Prices are correct at the time of sending and may change without notice.", 72, 670);
  write(two, "Harbour Outdoor · page 2", 72, 40);
  return Buffer.from(await doc.save());
}

it("reads a PDF guide with the builtin model, adds an uncovered rule, and holds a draft to it", async () => {
  const context = await newPersonContext(browser);
  const page = await context.newPage();
  await signUpThroughUi(page, { name: "Nia Naming", email: uniqueEmail("nia") });
  await createWorkspaceThroughUi(page, "Harbour Outdoor");
  await page.getByRole("link", { name: "Brand", exact: true }).click();
  await page.getByLabel("Brand guide files").setInputFiles({ name: "harbour-guide.pdf", mimeType: "application/pdf", buffer: await guidePdf() });
  await page.getByText("Ready", { exact: true }).waitFor({ timeout: 20_000 });

  // The guide is read as soon as it is ready; the button reads it again, with progress.
  await page.getByText("Extracted by the builtin model").waitFor({ timeout: 20_000 });
  await page.getByRole("button", { name: "Extract from guides" }).click();
  await page.getByText("The profile was extracted from your guides").waitFor({ timeout: 20_000 });

  const banned = page.getByRole("group", { name: /Banned terms/ });
  expect(await banned.getByRole("textbox").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(["cheap", "affordable", "guaranteed", "built to last", "epic", ""]);
  await banned.getByTestId("profile-source").first().getByText(/page 1/).waitFor();
  const products = page.getByRole("group", { name: /Product names/ });
  expect(await products.getByRole("textbox").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(["StormShell", "TrailPeak 2"]);
  const legal = page.getByRole("group", { name: /Required disclaimers/ });
  expect(await legal.getByRole("textbox").first().inputValue()).toBe("Prices are correct at the time of sending and may change without notice.");
  await legal.getByTestId("profile-source").getByText(/page 2/).waitFor();

  // A name the guide repeats but no rule covers: one click makes it a product name, recorded with who added it.
  const gap = page.getByTestId("coverage-gap").filter({ hasText: "LumaLite" });
  await gap.getByRole("button", { name: "Add as product name" }).click();
  await products.getByText("accepted by Nia Naming").waitFor();
  expect(await products.getByRole("textbox").last().inputValue()).toBe("LumaLite");
  await screenshot(page, "brand-understanding");

  // A draft: the writer spells the product right and adds the legal line; an edit that breaks both gets two errors.
  await page.getByRole("link", { name: "Campaigns", exact: true }).click();
  await page.getByRole("link", { name: "Write your first brief" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Lantern launch");
  await page.getByLabel("Audience").fill("Campers on our newsletter");
  await page.getByLabel("Key message").fill("The stormshell keeps you dry on the wettest walks.");
  await page.getByRole("button", { name: "Add a product" }).click();
  await page.getByLabel("Name", { exact: true }).nth(1).fill("stormshell");
  await page.getByLabel("Link", { exact: true }).fill("https://shop.example/stormshell");
  await page.getByLabel("Button link").fill("https://shop.example/stormshell");
  await page.getByLabel("Variants").fill("1");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Generate 1 variant" }).click();
  await page.getByTestId("variant-1").getByRole("link", { name: "Open draft" }).click({ timeout: 45_000 });
  await page.waitForURL(/\/drafts\/[0-9a-f-]{36}$/);
  expect(await page.getByLabel("Small print (one line each)").inputValue()).toBe("Prices are correct at the time of sending and may change without notice.");
  await page.getByLabel(/^Block \d+ paragraph$/).first().fill("The stormShell keeps you dry on the wettest walks.");
  await page.getByLabel("Small print (one line each)").fill("");
  await page.getByText('Write the product name as "StormShell", not "stormShell".').first().waitFor();
  await page.getByText("The required disclaimer is missing").first().waitFor();
  // The quality report sits beside compliance.
  await page.getByTestId("quality-score").waitFor();
  await screenshot(page, "draft-brand-errors");

  // The Models page shows the builtin model that wrote it: its live version and, after a retrain, the comparison that let it go live.
  await page.getByRole("link", { name: "Models", exact: true }).click();
  const builtin = page.getByTestId("builtin-model");
  await builtin.getByText("Live", { exact: true }).waitFor();
  await builtin.getByText(/trained .* on \d+ passages and drafts/).waitFor();
  await screenshot(page, "models-builtin");
  await context.close();
});
