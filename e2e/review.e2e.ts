/**
 * Review with three people in three browsers: the marketer submits, the
 * reviewer comments and requests changes, the marketer revises, the reviewer
 * sees the difference and approves, the owner exports the .eml; someone from
 * another workspace is refused.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { callMutation, createWorkspaceThroughUi, inviteThroughUi, joinThroughLink, launchBrowser, newPersonContext, screenshot, signUpThroughUi, uniqueEmail } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it("takes a draft from submission through requested changes to approval and export", async () => {
  const ownerContext = await newPersonContext(browser);
  const owner = await ownerContext.newPage();
  await signUpThroughUi(owner, { name: "Olive Owner", email: uniqueEmail("olive") });
  const slug = await createWorkspaceThroughUi(owner, "Review Roasters");
  const maraPerson = { name: "Mara Marketer", email: uniqueEmail("mara") };
  const ritaPerson = { name: "Rita Reviewer", email: uniqueEmail("rita") };
  const mara = await joinThroughLink(browser, await inviteThroughUi(owner, slug, maraPerson.email, "marketer"), maraPerson);
  const rita = await joinThroughLink(browser, await inviteThroughUi(owner, slug, ritaPerson.email, "reviewer"), ritaPerson);

  // Marketer: a brief, one variant, submitted.
  const m = mara.page;
  await m.goto(`/t/${slug}/campaigns/new`);
  await m.getByLabel("Name", { exact: true }).fill("Autumn blend");
  await m.getByLabel("Audience").fill("Newsletter subscribers");
  await m.getByLabel("Key message").fill("Our autumn blend is warm and nutty, roasted in small batches.");
  await m.getByLabel("Button link").fill("https://shop.example/autumn");
  await m.getByLabel("Variants").fill("1");
  await m.getByRole("button", { name: "Create campaign" }).click();
  await m.getByRole("button", { name: "Generate 1 variant" }).click();
  await m.getByTestId("variant-1").getByRole("link", { name: "Open draft" }).click({ timeout: 45_000 });
  await m.waitForURL(/\/drafts\/[0-9a-f-]{36}$/);
  const draftPath = new URL(m.url()).pathname;
  await m.getByRole("button", { name: "Submit for review" }).click();
  await m.getByText("This draft is in review").waitFor();

  // Reviewer: the queue (keyboard: o opens), a comment on a block with a mention, changes requested.
  const r = rita.page;
  await r.getByRole("button", { name: /Notifications, 1 unread/ }).waitFor({ timeout: 20_000 });
  await r.getByRole("link", { name: "Review", exact: true }).click();
  await r.getByTestId("review-row").first().waitFor();
  await screenshot(r, "review-queue");
  await r.keyboard.press("?");
  await r.getByRole("dialog").getByText("Next / previous draft").waitFor();
  await r.keyboard.press("Escape");
  await r.keyboard.press("o");
  await r.waitForURL(`**${draftPath}`);
  await r.getByLabel("About").selectOption("1");
  await r.getByLabel("Comment", { exact: true }).fill("@Mara the opening could be warmer.");
  await r.getByRole("button", { name: "Comment", exact: true }).click();
  await r.getByRole("list", { name: "Comments" }).getByText("@Mara the opening could be warmer.").waitFor();
  await r.getByRole("button", { name: "Request changes" }).click();
  await r.getByLabel("What should change?").fill("A warmer opening, please.");
  await r.getByRole("button", { name: "Send request" }).click();
  await r.getByRole("list", { name: "History" }).getByText("Rita Reviewer requested changes").waitFor();

  // Marketer: notified, revises block 2 and resubmits.
  await m.reload();
  await m.getByRole("button", { name: /Notifications, \d unread/ }).waitFor({ timeout: 20_000 });
  await m.getByLabel("Block 2 paragraph").fill("Autumn is here, and so is our warmest, nuttiest blend yet.");
  await m.getByRole("button", { name: "Save revision" }).click();
  await m.getByRole("button", { name: "Saved" }).waitFor();
  await m.getByRole("button", { name: "Submit for review" }).click();
  await m.getByText("This draft is in review").waitFor();

  // Reviewer: sees what changed, approves.
  await r.reload();
  const diff = r.getByTestId("revision-diff");
  await diff.getByText("Autumn is here, and so is our warmest, nuttiest blend yet.").waitFor();
  await r.frameLocator('iframe[title="Email preview, desktop"]').getByText("Autumn is here, and so is our warmest, nuttiest blend yet.").waitFor();
  await screenshot(r, "review-page");
  await r.getByRole("button", { name: "Approve" }).click();
  await r.getByRole("list", { name: "History" }).getByText("Rita Reviewer approved a draft").waitFor();

  // Owner: exports the approved draft as .eml.
  await owner.goto(draftPath);
  await owner.getByText("Approved: ready to export").waitFor();
  const download = owner.waitForEvent("download");
  await owner.getByRole("button", { name: ".eml" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^autumn-blend-v1-r2\.eml$/);
  await owner.getByText("Exported", { exact: true }).first().waitFor();

  // Another workspace's member cannot decide on this draft.
  const outsiderContext = await newPersonContext(browser);
  const outsider = await outsiderContext.newPage();
  await signUpThroughUi(outsider, { name: "Otto Outsider", email: uniqueEmail("otto") });
  const otherSlug = await createWorkspaceThroughUi(outsider, "Other Roasters");
  const refused = await callMutation(outsider, otherSlug, "review.decide", { draftId: draftPath.split("/").at(-1), action: "approve", version: 1 });
  expect(refused).toMatchObject({ status: 404, message: "That draft does not exist in this workspace." });

  await Promise.all([ownerContext.close(), mara.context.close(), rita.context.close(), outsiderContext.close()]);
});
