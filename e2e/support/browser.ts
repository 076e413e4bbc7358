/** System Chromium through playwright-core: no browser download, a fresh profile per launch. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect, inject } from "vitest";

export const baseUrl = () => inject("baseUrl");

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

export async function newPersonContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(15_000);
  return context;
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(inject("artifactsDir"), `${name}.png`), fullPage: true });
}

export const PASSWORD = "a sturdy e2e passphrase";

export function uniqueEmail(prefix: string) {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
}

export async function signUpThroughUi(page: Page, person: { name: string; email: string }, path = "/sign-up") {
  await page.goto(path);
  await page.getByLabel("Your name").fill(person.name);
  const email = page.getByLabel("Work email");
  if (!(await email.inputValue())) await email.fill(person.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function createWorkspaceThroughUi(page: Page, name: string) {
  await page.waitForURL("**/workspaces/new");
  await page.getByLabel("Company name").fill(name);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await page.waitForURL(/\/t\/[a-z0-9-]+$/);
  return new URL(page.url()).pathname.split("/")[2]!;
}

/** Calls a tRPC mutation from inside the page, as the signed-in person, and returns status + message. */
export async function callMutation(page: Page, tenantSlug: string, procedure: string, input: unknown) {
  return page.evaluate(
    async ({ tenantSlug, procedure, input }) => {
      const response = await fetch(`/api/trpc/${procedure}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-brandsmith-tenant": tenantSlug },
        body: JSON.stringify({ json: input }),
      });
      const body = await response.json();
      return { status: response.status, message: body?.error?.json?.message as string | undefined };
    },
    { tenantSlug, procedure, input },
  );
}

/** The owner (on the members page's workspace) creates an invitation link for `email` with `role`. */
export async function inviteThroughUi(page: Page, slug: string, email: string, role: "admin" | "marketer" | "reviewer") {
  await page.goto(`/t/${slug}/settings/members`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption(role);
  await page.getByRole("button", { name: "Create invitation" }).click();
  await page.getByTestId("invite-link").waitFor();
  return (await page.getByTestId("invite-link").textContent())!;
}

/** A new person opens an invitation link in their own browser context, signs up and accepts. */
export async function joinThroughLink(browser: Browser, link: string, person: { name: string; email: string }) {
  const context = await newPersonContext(browser);
  const page = await context.newPage();
  await page.goto(new URL(link).pathname);
  await page.getByRole("link", { name: "Create an account to accept" }).click();
  await page.getByLabel("Your name").waitFor();
  await signUpThroughUi(page, person, page.url());
  await confirmEmailThroughMail(page, person.email);
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await page.waitForURL(/\/t\/[a-z0-9-]+$/);
  return { context, page };
}

/**
 * On an invitation page that asks the person to confirm their address: send
 * the confirmation, open the email the local mail server received, follow
 * its link (it comes back to the invitation).
 */
export async function confirmEmailThroughMail(page: Page, email: string) {
  await page.getByRole("button", { name: "Send me a confirmation link" }).click();
  await page.getByText(`Open the email to ${email}`).waitFor();
  const link = await expect.poll(async () => confirmationLink(email), { timeout: 20_000 }).toBeTruthy().then(() => confirmationLink(email));
  await page.goto(link!);
  await page.getByRole("button", { name: "Accept invitation" }).waitFor();
}

async function confirmationLink(email: string): Promise<string | null> {
  const dir = inject("mailDir");
  const files = (await readdir(dir)).filter((f) => f.startsWith(`${email}.`)).sort();
  for (const file of files.reverse()) {
    // Quoted-printable: soft line breaks and "=3D" undone before the link is read.
    const raw = (await readFile(path.join(dir, file), "utf8")).replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    const link = /(https?:\/\/\S+?\/api\/auth\/verify-email\?token=[^\s"<]+)/.exec(raw)?.[1];
    if (link) return link;
  }
  return null;
}
