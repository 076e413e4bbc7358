/**
 * The Queue page: invitation emails run as jobs; a delivered one shows Done,
 * one to a mailbox the server refuses fails without pointless retries, and
 * its page follows it live (server-sent events) and says why.
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

it("shows invitation emails in the queue, live, with the errors of a bounce", async () => {
  const context = await newPersonContext(browser);
  const page = await context.newPage();
  await signUpThroughUi(page, { name: "Quinn Queue", email: uniqueEmail("quinn") });
  const slug = await createWorkspaceThroughUi(page, "Queue Roasters");

  await page.getByRole("link", { name: "Members", exact: true }).click();
  for (const email of ["welcome@example.com", "bounce@example.com"]) {
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Create invitation" }).click();
    await page.getByText(`Invitation for ${email}`).waitFor();
  }
  await page.getByText("We are emailing it to them").waitFor();

  await page.getByRole("link", { name: "Queue", exact: true }).click();
  await page.waitForURL(`**/t/${slug}/queue`);
  const rows = page.getByRole("row").filter({ hasText: "Invitation email" });
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2);
  await page.getByRole("row").filter({ hasText: "Done" }).waitFor({ timeout: 15_000 });

  // Open the bounce (the newest job is listed first) and follow it to the dead letters.
  await rows.first().getByRole("link").click();
  await page.waitForURL(new RegExp(`/t/${slug}/queue/[0-9a-f-]{36}$`));
  await page.getByText("Failed", { exact: true }).waitFor({ timeout: 20_000 });
  await page.getByText("Attempt 1").waitFor();
  await page.getByText(/not retryable/).waitFor();
  await page.getByText(/Mailbox does not exist.*Check the address/).waitFor();
  expect(await page.getByText("1 of 5").count()).toBe(1);
  await screenshot(page, "queue-job-failed");

  await page.getByRole("link", { name: "Queue", exact: true }).first().click();
  await page.getByRole("tab", { name: /Failed/ }).click();
  await expect.poll(() => page.getByRole("row").filter({ hasText: "Invitation email" }).count()).toBe(1);
  await page.getByRole("tab", { name: /All/ }).click();
  await screenshot(page, "queue");

  // Operators see the same queue in Prometheus and in the health check.
  const metrics = await (await page.request.get("/api/metrics")).text();
  expect(metrics).toMatch(/queue_jobs\{[^}]*state="failed"[^}]*\} [1-9]/);
  expect(metrics).toMatch(/http_request_duration_seconds_bucket/);
  const health = (await (await page.request.get("/api/health")).json()) as { queue: { status: string } };
  expect(health.queue.status).toBe("ok");
  await context.close();
});
