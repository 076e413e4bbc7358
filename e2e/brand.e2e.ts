/** Check copy: paste an email, get a score and findings with the exact words marked. */
import { PDFDocument, StandardFonts } from "pdf-lib";
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

it("checks pasted copy and marks what to fix", async () => {
  const context = await newPersonContext(browser);
  const page = await context.newPage();
  await signUpThroughUi(page, { name: "Cleo Copy", email: uniqueEmail("cleo") });
  await createWorkspaceThroughUi(page, "Copy Roasters");

  await page.getByRole("link", { name: "Brand", exact: true }).click();
  await page.getByLabel("Subject", { exact: true }).fill("Our spring roasts are here");
  await page.getByLabel("Preheader").fill("Three new single origins, roasted this week in small batches.");
  await page.getByLabel("Body").fill("Act now!!! Our guaranteed #1 roast ships FREE NEW BEANS TODAY. Order at http://shop.example.com/spring");
  await page.getByRole("button", { name: "Check", exact: true }).click();

  await page.getByTestId("compliance-score").waitFor();
  const score = Number(await page.getByTestId("compliance-score").textContent());
  expect(score).toBeLessThan(60);
  await page.getByText("Add the {{unsubscribe}} placeholder").waitFor();
  expect(await page.locator("mark").count()).toBeGreaterThanOrEqual(5);
  expect(await page.locator("mark", { hasText: "guaranteed" }).getAttribute("title")).toMatch(/claim you would have to prove/);
  await page.getByRole("button", { name: /reads like spam/ }).first().focus();
  await screenshot(page, "check-copy");

  // Fixing the copy raises the score.
  await page.getByLabel("Body").fill("Our new roasts arrived this week. Order by Friday: https://shop.example.com/spring\n\n{{unsubscribe}}");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await page.getByText("Nothing to fix.").waitFor();
  expect(await page.getByTestId("compliance-score").textContent()).toBe("100");
  await context.close();
});

it("uploads a PDF guide, shows its reading progress and finds passages with their page", async () => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of [
    ["OUR VOICE", "Warm, direct, a little playful."],
    ["WORDS WE NEVER USE", "Never call our coffee cheap; say affordable."],
  ]) {
    const page = doc.addPage();
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 720 - i * 24, size: 12, font }));
  }
  const pdf = Buffer.from(await doc.save());

  const context = await newPersonContext(browser);
  const page = await context.newPage();
  await signUpThroughUi(page, { name: "Gus Guides", email: uniqueEmail("gus") });
  await createWorkspaceThroughUi(page, "Guide Roasters");
  await page.getByRole("link", { name: "Brand", exact: true }).click();
  await page.getByText("No guides yet. Upload your brand guide to start.").waitFor();
  await page.getByLabel("Brand guide files").setInputFiles({ name: "northwind-brand-guide.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByText("Ready", { exact: true }).waitFor({ timeout: 20_000 });
  await page.getByText("2 pages").waitFor();

  await page.getByLabel("Search the guides").fill("never cheap");
  const hit = page.getByRole("list", { name: "Search results" }).getByRole("listitem").first();
  await hit.getByText("page 2").waitFor();
  expect(await hit.locator("mark").allTextContents()).toContain("cheap");
  await screenshot(page, "brand-guides");

  // The profile: read at once by the builtin reader, with sources.
  await page.getByText("v1 · extracted").waitFor({ timeout: 20_000 });
  expect(await page.getByTestId("profile-source").count()).toBeGreaterThan(0);
  // Then by the model (the test double answers schema-valid JSON that no guide says): nothing is applied, all of it needs a look.
  await page.getByRole("button", { name: "Extract from guides" }).click();
  await page.getByText("The profile was extracted from your guides").waitFor({ timeout: 20_000 });
  await page.getByText("v2 · extracted").waitFor();
  const proposals = page.getByTestId("pending-item");
  await proposals.first().waitFor();
  const bannedProposal = proposals.filter({ hasText: "Banned term:" });
  await bannedProposal.getByRole("button", { name: /^Accept/ }).click();
  await page.getByText("v3 · edited").waitFor();
  await page.getByRole("group", { name: /Banned terms/ }).getByText(/accepted by Gus Guides/).waitFor();
  await page.getByRole("group", { name: /Banned terms/ }).getByRole("button", { name: "Add" }).click();
  const banned = page.getByRole("group", { name: /Banned terms/ }).getByRole("textbox");
  await banned.nth((await banned.count()) - 2).fill("bargain");
  await page.getByRole("button", { name: "Save as new version" }).click();
  await page.getByText("Saved as v4.").waitFor();
  await screenshot(page, "brand-profile");

  await page.getByLabel("Body").fill("A real bargain for you. {{unsubscribe}}");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await page.locator("mark", { hasText: "bargain" }).waitFor();
  await context.close();
});
