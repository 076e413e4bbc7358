/**
 * Journey 1 in a real browser: sign up → create a workspace → invite a
 * reviewer → the reviewer accepts in a second browser context → role limits
 * hold → a person from another workspace is refused.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callMutation,
  confirmEmailThroughMail,
  createWorkspaceThroughUi,
  launchBrowser,
  newPersonContext,
  PASSWORD,
  screenshot,
  signUpThroughUi,
  uniqueEmail,
} from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("team onboarding", () => {
  it("owner invites a reviewer who joins with reviewer limits; another tenant is refused", async () => {
    const owner = { name: "Olga Owner", email: uniqueEmail("olga") };
    const reviewer = { name: "Rita Reviewer", email: uniqueEmail("rita") };
    const outsider = { name: "Otto Outsider", email: uniqueEmail("otto") };

    // Owner: sign up and create the workspace.
    const ownerContext = await newPersonContext(browser);
    const ownerPage = await ownerContext.newPage();
    await signUpThroughUi(ownerPage, owner);
    const slug = await createWorkspaceThroughUi(ownerPage, "Northwind Roasters");
    expect(slug).toBe("northwind-roasters");
    await expect.poll(() => ownerPage.getByRole("heading", { name: "Northwind Roasters" }).isVisible()).toBe(true);
    await expect.poll(() => ownerPage.getByTestId("member-count").textContent()).toBe("1");
    await screenshot(ownerPage, "dashboard");

    // Owner: invite the reviewer from Settings → Members.
    await ownerPage.getByRole("link", { name: "Members", exact: true }).click();
    await ownerPage.waitForURL(`**/t/${slug}/settings/members`);
    await ownerPage.getByLabel("Email").fill(reviewer.email);
    await ownerPage.getByLabel("Role", { exact: true }).selectOption("reviewer");
    await ownerPage.getByRole("button", { name: "Create invitation" }).click();
    const link = (await ownerPage.getByTestId("invite-link").textContent())!;
    expect(link).toMatch(/\/invite\/[0-9a-f-]{36}$/);
    await ownerPage.getByText("Pending invitations").waitFor();
    await screenshot(ownerPage, "members");

    // Reviewer, in a separate browser context: open the link, create an account, accept.
    const reviewerContext = await newPersonContext(browser);
    const reviewerPage = await reviewerContext.newPage();
    await reviewerPage.goto(new URL(link).pathname);
    await reviewerPage.getByText("Join Northwind Roasters").waitFor();
    await reviewerPage.getByRole("link", { name: "Create an account to accept" }).click();
    await reviewerPage.getByLabel("Your name").waitFor();
    await signUpThroughUi(reviewerPage, reviewer, reviewerPage.url());
    // Email is configured: the reviewer confirms the address is theirs (the link comes by mail) before joining.
    await confirmEmailThroughMail(reviewerPage, reviewer.email);
    await reviewerPage.getByRole("button", { name: "Accept invitation" }).click();
    await reviewerPage.waitForURL(`**/t/${slug}`);
    await reviewerPage.getByRole("button", { name: "Switch workspace" }).getByText("Reviewer").waitFor();

    // Reviewer limits: the members page has no invite form; the API refuses with a sentence.
    await reviewerPage.getByRole("link", { name: "Members", exact: true }).click();
    await reviewerPage.getByText(owner.email).waitFor();
    expect(await reviewerPage.getByText("Invite someone").count()).toBe(0);
    const refused = await callMutation(reviewerPage, slug, "members.invite", { email: "x@example.com", role: "admin" });
    expect(refused).toEqual({ status: 403, message: "Only owners and admins can do this; you are a reviewer here." });
    await screenshot(reviewerPage, "members-as-reviewer");

    // The owner sees the new member with their role.
    await ownerPage.reload();
    await ownerPage.getByTestId(`member-${reviewer.email}`).waitFor();
    expect(await ownerPage.getByTestId(`member-${reviewer.email}`).getByRole("combobox").inputValue()).toBe("reviewer");

    // An outsider with their own workspace cannot see this one, by URL or by API.
    const outsiderContext = await newPersonContext(browser);
    const outsiderPage = await outsiderContext.newPage();
    await signUpThroughUi(outsiderPage, outsider);
    const otherSlug = await createWorkspaceThroughUi(outsiderPage, "Otto Outfitters");
    const response = await outsiderPage.goto(`/t/${slug}`);
    expect(response?.status()).toBe(404);
    await outsiderPage.getByText("you are not a member of it").waitFor();
    expect(await outsiderPage.getByText("Northwind Roasters").count()).toBe(0);
    const crossTenant = await callMutation(outsiderPage, slug, "members.invite", { email: outsider.email, role: "owner" });
    expect(crossTenant.status).toBe(404);
    expect(await callMutation(outsiderPage, otherSlug, "members.invite", { email: "friend@example.com", role: "marketer" })).toMatchObject({
      status: 200,
    });
    await screenshot(outsiderPage, "outsider-refused");

    await Promise.all([ownerContext.close(), reviewerContext.close(), outsiderContext.close()]);
  });
});

describe("sign-up mistakes and session", () => {
  it("explains a weak password and a taken email, switches workspaces and signs out", async () => {
    const context = await newPersonContext(browser);
    const page = await context.newPage();
    const email = uniqueEmail("sam");

    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Sam Switcher");
    await page.getByLabel("Work email").fill("sam@nowhere");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("is not an email address").waitFor();
    await page.getByText("Use at least 10 characters").waitFor();

    await signUpThroughUi(page, { name: "Sam Switcher", email });
    await createWorkspaceThroughUi(page, "First Shop");
    await page.goto("/workspaces/new");
    const second = await createWorkspaceThroughUi(page, "Second Shop");
    expect(second).toBe("second-shop");

    await page.getByRole("button", { name: "Switch workspace" }).click();
    await page.getByRole("menuitem", { name: "First Shop" }).click();
    await page.waitForURL("**/t/first-shop");

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/sign-in");
    const protectedPage = await page.goto("/t/first-shop");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(protectedPage?.ok()).toBe(true);

    // The same email again: a clear message, not a crash.
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Sam Again");
    await page.getByLabel("Work email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("An account with this email already exists").waitFor();

    // And a wrong password on sign-in.
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not my passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("don't match an account").waitFor();
    await screenshot(page, "sign-in-error");
    await context.close();
  });
});
