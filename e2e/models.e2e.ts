/**
 * Per-tenant models against the Ollama test double (project e2e) and the vLLM
 * double (project e2e-vllm): build a version (on Ollama the base is pulled
 * first; on vLLM with the workspace's own LoRA adapter, registered at run
 * time), activate it, try it with tokens streaming into the page, and see the
 * model server's state.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { loraSafetensors } from "@/ai/openai/peft";
import { createWorkspaceThroughUi, launchBrowser, newPersonContext, screenshot, signUpThroughUi, uniqueEmail } from "./support/browser";

const engine = inject("provider");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it("builds, activates and tries the workspace's own model, streaming its answer", async () => {
  const context = await newPersonContext(browser);
  const page = await context.newPage();
  await signUpThroughUi(page, { name: "Mina Models", email: uniqueEmail("mina") });
  const slug = await createWorkspaceThroughUi(page, "Model Roasters");

  await page.getByRole("link", { name: "Models", exact: true }).click();
  await page.waitForURL(`**/t/${slug}/models`);
  await page.getByText("Build your first version").waitFor();
  if (engine === "openai") {
    // The engine serves every workspace's adapter over one base: this one brings its own.
    await page.getByLabel("LoRA adapter (optional, .safetensors)").setInputFiles({
      name: "adapter_model.safetensors",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(loraSafetensors(8, 8, ["q_proj", "v_proj"], "model roasters")),
    });
  }
  await page.getByRole("button", { name: "Build version" }).click();

  const row = page.getByRole("row").filter({ hasText: "v1" });
  await row.getByText("Ready", { exact: true }).waitFor({ timeout: 30_000 });
  await row.getByRole("button", { name: "Activate v1" }).click();
  await row.getByText("Active", { exact: true }).waitFor();

  await page.getByLabel("Prompt", { exact: true }).fill("Write a subject line for our spring sale");
  await page.getByRole("button", { name: "Run" }).click();
  const output = page.getByText("Here is a reply to: Write a subject line for our spring sale");
  // On a warm worker the answer may be written before the page starts following the job: it must show all the same.
  await output.waitFor({ timeout: 20_000 });
  await screenshot(page, "models");

  await page.getByRole("link", { name: "Modelfile" }).or(page.getByRole("button", { name: /Modelfile/ })).first().click();
  await page.getByText(`FROM qwen2.5:1.5b`).waitFor();

  await page.getByRole("link", { name: "Model server", exact: true }).click();
  await page.waitForURL(`**/t/${slug}/settings/model-server`);
  await page.getByText("Reachable", { exact: true }).first().waitFor();
  if (engine === "openai") {
    // The engine card: its version, the base it serves, and this workspace's adapter registered with it.
    const card = page.getByTestId("serving-engine");
    await card.getByText("0.11.0").waitFor();
    await card.getByText("Qwen/Qwen2.5-1.5B-Instruct").waitFor();
    await card.getByText(`brandsmith/${slug}:v1`).waitFor({ timeout: 10_000 });
  } else {
    await page.getByText("0.12.6").first().waitFor();
    // Cached status shows at once and refreshes in the background.
    await page.getByText(`brandsmith/${slug}:v1`).first().waitFor({ timeout: 10_000 });
  }
  await screenshot(page, "model-server");

  const health = (await (await page.request.get("/api/health")).json()) as { modelProvider: { provider: string; status: string } };
  expect(health.modelProvider).toMatchObject({ provider: engine, status: "ok" });

  // Operators see the model's speed in Prometheus, from every generation.
  const metrics = await (await page.request.get("/api/metrics")).text();
  expect(metrics).toContain(`model_time_to_first_token_seconds_count{model="brandsmith/${slug}:v1"} 1`);
  expect(metrics).toMatch(new RegExp(`model_tokens_per_second_bucket\\{model="brandsmith/${slug}:v1",le="\\+Inf"\\} 1`));
  await context.close();
});

it("evaluates a new version against the active one, shows the comparison, activates it and rolls back", async () => {
  const context = await newPersonContext(browser);
  const page = await context.newPage();
  await signUpThroughUi(page, { name: "Gil Gate", email: uniqueEmail("gil") });
  const slug = await createWorkspaceThroughUi(page, "Gate Roasters");
  await page.getByRole("link", { name: "Models", exact: true }).click();
  await page.waitForURL(`**/t/${slug}/models`);
  await page.getByRole("button", { name: "Build version" }).click();
  const v1 = page.getByTestId("model-version-v1");
  await v1.getByText("Ready", { exact: true }).waitFor({ timeout: 30_000 });
  await v1.getByRole("button", { name: "Activate v1" }).click();
  await v1.getByText("Active", { exact: true }).waitFor();

  // v2 is measured against v1 before it may go live; the page follows the evaluation.
  await page.getByLabel("System prompt (optional)").fill("You write marketing copy for Gate Roasters. Be warm and specific.");
  await page.getByRole("button", { name: "Build version" }).click();
  const v2 = page.getByTestId("model-version-v2");
  await v2.getByText(/Evaluating against the active version/).waitFor({ timeout: 30_000 });
  await v2.getByText("Not worse").waitFor({ timeout: 60_000 });
  await v2.getByRole("button", { name: /^Compare \d+ drafts$/ }).click();
  await v2.getByRole("list", { name: "Drafts pair by pair" }).getByText("Active version", { exact: false }).first().waitFor();
  await screenshot(page, "model-evaluation");

  await v2.getByRole("button", { name: "Activate v2" }).click();
  await v2.getByText("Active", { exact: true }).waitFor();
  await v1.getByRole("button", { name: "Roll back to this version, v1" }).click();
  await v1.getByText("Active", { exact: true }).waitFor();
  await context.close();
});
