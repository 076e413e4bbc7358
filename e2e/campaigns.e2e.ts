/**
 * Campaigns in a real browser against the Ollama test double: write a brief,
 * generate three variants and watch them stream in (surviving a reload), edit
 * a block and see the preview follow, rewrite a block, save a revision and
 * submit for review.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { createWorkspaceThroughUi, launchBrowser, newPersonContext, screenshot, signUpThroughUi, uniqueEmail } from "./support/browser";

/** A 2×2 PNG. */
const LOGO_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR4AWP4z8DwHwyBDAYGBgYGAFrTB/m5Jv5XAAAAAElFTkSuQmCC";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it("writes a brief, streams three variants, edits one with a live preview and submits it for review", async () => {
  const context = await newPersonContext(browser);
  const page = await context.newPage();
  await signUpThroughUi(page, { name: "Mara Marketer", email: uniqueEmail("mara") });
  const slug = await createWorkspaceThroughUi(page, "Campaign Roasters");

  // The brand kit: colours, footer and logo every email is rendered with.
  await page.getByRole("link", { name: "Brand", exact: true }).click();
  const kit = page.getByRole("form", { name: "Brand kit" });
  await kit.getByLabel("Primary (buttons, links)", { exact: true }).fill("#B4471F");
  await kit.getByLabel("Footer").fill("Campaign Roasters · 1 Harbour Road, Leith");
  await kit.getByLabel("Logo file").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from(LOGO_PNG, "base64") });
  await page.getByRole("img", { name: "Current logo" }).waitFor();
  await kit.getByRole("button", { name: "Save brand kit" }).click();
  await page.getByText("Brand kit saved.").waitFor();
  // The kit's live sample renders (it used to stay empty), in the kit's colour.
  const sample = page.frameLocator('iframe[title="Email preview, desktop"]');
  await sample.getByText("Your headline here").waitFor();
  expect(await sample.locator("a", { hasText: "Call to action" }).getAttribute("style")).toMatch(/background-color:#B4471F/i);
  await screenshot(page, "brand-kit");

  await page.getByRole("link", { name: "Campaigns", exact: true }).click();
  await page.getByText("No campaigns yet").waitFor();
  await page.getByRole("link", { name: "Write your first brief" }).click();
  await page.waitForURL(`**/t/${slug}/campaigns/new`);

  await page.getByLabel("Name", { exact: true }).fill("Spring roast launch");
  await page.getByRole("radio", { name: "Promotion" }).click();
  expect(await page.getByLabel("Goal").inputValue()).toBe("Drive purchases during the promotion window.");
  await page.getByLabel("Audience").fill("Home brewers on our newsletter");
  await page.getByLabel("Key message").fill("Our spring roast is bright and floral, roasted in small batches every Tuesday.");
  await page.getByRole("button", { name: "Add a product" }).click();
  await page.getByLabel("Name", { exact: true }).nth(1).fill("Spring Roast");
  await page.getByLabel("Price").fill("€14.90");
  await page.getByLabel("Link", { exact: true }).fill("https://shop.example/spring");
  await page.getByLabel("Facts the email may use").fill("Washed Ethiopian beans with notes of jasmine and apricot.");
  await page.getByLabel("Variants").fill("3");
  // A missing button link is caught before anything is saved, with what to do.
  await page.getByRole("button", { name: "Create campaign" }).click();
  await page.getByText("The button link must be a full web address starting with https://").first().waitFor();
  await page.getByLabel("Button link").fill("https://shop.example/spring");
  await screenshot(page, "campaign-brief");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);

  await page.getByRole("button", { name: "Generate 3 variants" }).click();
  // Tokens stream into the page as the model writes.
  await page.getByTestId("streaming-draft").first().waitFor({ timeout: 30_000 });
  await screenshot(page, "campaign-streaming");
  // A reload mid-stream picks the variants up where they are.
  await page.reload();
  for (const n of [1, 2, 3]) await page.getByTestId(`variant-${n}`).getByRole("link", { name: "Open draft" }).waitFor({ timeout: 45_000 });
  const subjects = await Promise.all([1, 2, 3].map((n) => page.getByTestId(`variant-${n}`).locator("p.font-medium").textContent()));
  expect(new Set(subjects).size).toBe(3);
  // Every variant says which model wrote it: the builtin model says so on each card; a model server's drafts carry no such label.
  const builtinLabels = await page.getByText("Written by the builtin model", { exact: true }).count();
  expect(builtinLabels).toBe(inject("provider") === "builtin" ? 3 : 0);
  await screenshot(page, "campaign-variants");

  await page.getByTestId("variant-1").getByRole("link", { name: "Open draft" }).click();
  await page.waitForURL(/\/drafts\/[0-9a-f-]{36}$/);
  if (inject("provider") === "builtin") await page.getByText("Written by the builtin model", { exact: true }).first().waitFor();
  const frame = page.frameLocator('iframe[title="Email preview, desktop"]');
  await frame.getByRole("link", { name: "Spring Roast" }).waitFor();
  expect(await frame.locator("a", { hasText: "Shop the offer" }).getAttribute("style")).toMatch(/background-color:#B4471F/i);
  await frame.getByText("1 Harbour Road, Leith").waitFor();
  await page.getByLabel("Block 2 paragraph").fill("Bright, floral and roasted every Tuesday: the spring roast is back for a few weeks only.");
  await frame.getByText("the spring roast is back for a few weeks only").waitFor();
  await screenshot(page, "draft-editor-desktop");
  await page.getByRole("tab", { name: "Mobile" }).click();
  await page.frameLocator('iframe[title="Email preview, mobile"]').getByText("the spring roast is back for a few weeks only").waitFor();
  await screenshot(page, "draft-editor-mobile");
  await page.getByRole("tab", { name: "Dark mode" }).click();
  await page.frameLocator('iframe[title="Email preview, dark mode"]').getByText("the spring roast is back for a few weeks only").waitFor();
  await screenshot(page, "draft-editor-dark");

  await page.getByRole("button", { name: "Save revision" }).click();
  await page.getByRole("button", { name: "Saved" }).waitFor();
  await page.getByRole("list", { name: "Revisions" }).getByText("Revision 2").waitFor();

  // Rewrite a block with the model; the answer lands in the editor, unsaved, with an undo.
  await page.getByRole("button", { name: "Rewrite block 1" }).click();
  await page.getByRole("menuitem", { name: "Shorter" }).click();
  await page.getByText("Block 1 rewritten.").waitFor({ timeout: 30_000 });
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("button", { name: "Saved" }).waitFor();

  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.getByText("This draft is in review").waitFor();
  expect(await page.getByLabel("Subject").isDisabled()).toBe(true);
  await context.close();
});
