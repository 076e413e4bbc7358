/**
 * The whole journey without a mouse: brief → variants → edit → submit →
 * approve → export, by Tab, Shift+Tab, Enter, Space, arrows and typing only.
 * Every control is reached by tabbing to it (never focused by the test), so
 * a control the keyboard cannot reach, or a focus that gets lost after an
 * action, fails here. Setting the workspace up (sign-up, the invitation) is
 * not part of the journey and uses the usual helpers.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createWorkspaceThroughUi, inviteThroughUi, joinThroughLink, launchBrowser, newPersonContext, screenshot, signUpThroughUi, uniqueEmail } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never gets it. */
async function tabTo(page: Page, target: Locator, options: { back?: boolean; max?: number } = {}) {
  await target.waitFor();
  const key = options.back ? "Shift+Tab" : "Tab";
  for (let presses = 0; presses < (options.max ?? 120); presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`The keyboard never reached ${target.toString()}`);
}

/** Tabs to a field and types into it, replacing what is there. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

it("writes, edits, submits, approves and exports a draft by keyboard alone", async () => {
  const ownerContext = await newPersonContext(browser);
  const owner = await ownerContext.newPage();
  await signUpThroughUi(owner, { name: "Kai Keyboard", email: uniqueEmail("kai") });
  const slug = await createWorkspaceThroughUi(owner, "Keyboard Roasters");
  const ritaPerson = { name: "Rita Reviewer", email: uniqueEmail("rita") };
  const rita = await joinThroughLink(browser, await inviteThroughUi(owner, slug, ritaPerson.email, "reviewer"), ritaPerson);

  // From the dashboard to a new brief.
  const k = owner;
  await k.goto(`/t/${slug}`);
  await tabTo(k, k.getByRole("link", { name: "Campaigns", exact: true }));
  await k.keyboard.press("Enter");
  await k.waitForURL(`**/t/${slug}/campaigns`);
  await tabTo(k, k.getByRole("link", { name: "Write your first brief" }));
  await k.keyboard.press("Enter");
  await k.waitForURL(`**/t/${slug}/campaigns/new`);

  // The brief: fields in tab order, the campaign type by arrow keys in its radio group.
  await typeInto(k, k.getByLabel("Name", { exact: true }), "Keyboard blend");
  await tabTo(k, k.getByRole("radio", { checked: true }));
  await k.keyboard.press("ArrowRight");
  await expect.poll(() => k.getByRole("radio", { name: "Promotion" }).isChecked()).toBe(true);
  await typeInto(k, k.getByLabel("Audience"), "Newsletter subscribers");
  await typeInto(k, k.getByLabel("Key message"), "Our keyboard blend is smooth and sweet, roasted in small batches.");
  await typeInto(k, k.getByLabel("Button link"), "https://shop.example/keyboard");
  await typeInto(k, k.getByLabel("Variants"), "2");
  await tabTo(k, k.getByRole("button", { name: "Create campaign" }));
  await k.keyboard.press("Enter");
  await k.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);

  // Variants: Generate, then open the first when it is written.
  await tabTo(k, k.getByRole("button", { name: "Generate 2 variants" }));
  await k.keyboard.press("Enter");
  const open = k.getByTestId("variant-1").getByRole("link", { name: "Open draft" });
  await open.waitFor({ timeout: 45_000 });
  await tabTo(k, open);
  await k.keyboard.press("Enter");
  await k.waitForURL(/\/drafts\/[0-9a-f-]{36}$/);
  const draftPath = new URL(k.url()).pathname;

  // Edit a block, save a revision, submit.
  await typeInto(k, k.getByLabel("Block 2 paragraph"), "Smooth, sweet and roasted every week: typed without a mouse.");
  await k.frameLocator('iframe[title="Email preview, desktop"]').getByText("typed without a mouse").waitFor();
  await tabTo(k, k.getByRole("button", { name: "Save revision" }));
  await k.keyboard.press("Enter");
  await k.getByRole("button", { name: "Saved" }).waitFor();
  await tabTo(k, k.getByRole("button", { name: "Submit for review" }));
  await k.keyboard.press("Enter");
  await k.getByText("This draft is in review").waitFor();
  await screenshot(k, "keyboard-submitted");

  // The reviewer: the queue's own shortcuts (j/k to move, o to open), then Approve by Tab and Space.
  const r = rita.page;
  await r.goto(`/t/${slug}/review`);
  await r.getByTestId("review-row").first().waitFor();
  await r.keyboard.press("j");
  await r.keyboard.press("o");
  await r.waitForURL(`**${draftPath}`);
  await tabTo(r, r.getByRole("button", { name: "Approve" }));
  await r.keyboard.press("Space");
  await r.getByRole("list", { name: "History" }).getByText("Rita Reviewer approved a draft").waitFor();

  // The author exports it.
  await k.reload();
  await k.getByText("Approved: ready to export").waitFor();
  const download = k.waitForEvent("download");
  await tabTo(k, k.getByRole("button", { name: ".eml" }));
  await k.keyboard.press("Enter");
  expect((await download).suggestedFilename()).toMatch(/^keyboard-blend-v1-r2\.eml$/);
  await k.getByText("Exported", { exact: true }).first().waitFor();

  await Promise.all([ownerContext.close(), rita.context.close()]);
});
