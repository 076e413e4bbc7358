/**
 * Tenant models served by a multi-LoRA engine (MODEL_PROVIDER=openai) against
 * the vLLM protocol double, through the same routes, services and workers as
 * Ollama: a safetensors adapter uploaded and registered with the engine at
 * build time, a version tried and a campaign written by it, an engine that
 * restarted and forgot its adapters, an adapter the engine refuses, and a
 * deleted version unregistered.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { POST as uploadAdapter } from "@/app/api/adapters/route";
import { loraSafetensors } from "@/ai/openai/peft";
import { VllmDouble } from "../../e2e/vllm-double/server";
import { answerEmails } from "../../e2e/ollama-double/email-writer";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, signUp, type TestPerson } from "../support/actors";
import { allFinished, startRunner, waitFor } from "../support/queue";

let engine: VllmDouble;
let dir: string;
let worker: Awaited<ReturnType<typeof startRunner>>;
beforeAll(async () => {
  engine = new VllmDouble({ ttftMs: 5, tokenIntervalMs: 1, adapterLoadMs: 5, answer: answerEmails });
  dir = await mkdtemp(path.join(os.tmpdir(), "brandsmith-vllm-"));
  Object.assign(process.env, {
    MODEL_PROVIDER: "openai",
    OPENAI_BASE_URL: `${await engine.listen()}|8`,
    OPENAI_ADAPTER_DIR: path.join(dir, "engine"),
    ADAPTER_DIR: path.join(dir, "uploads"),
    OLLAMA_POLL_MS: "500",
  });
  worker = await startRunner(jobHandlers, { concurrency: 2 });
});
afterAll(async () => {
  await worker?.stop();
  for (const name of ["MODEL_PROVIDER", "OPENAI_BASE_URL", "OPENAI_ADAPTER_DIR", "ADAPTER_DIR", "OLLAMA_POLL_MS"]) delete process.env[name];
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

async function upload(person: TestPerson, slug: string, body: Uint8Array<ArrayBuffer>, filename: string) {
  const response = await uploadAdapter(
    new Request(`http://localhost:3999/api/adapters?tenant=${slug}&filename=${filename}`, {
      method: "POST",
      headers: { cookie: person.cookie, "content-length": String(body.byteLength) },
      body,
    }),
  );
  return { status: response.status, body: (await response.json()) as { digest: string; filename: string; error?: string } };
}

it("builds a version with its own adapter on the engine, tries it, writes a campaign with it, and survives an engine restart", async () => {
  const owner = await signUp("Vera Engine");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);
  expect(await caller.models.configured()).toMatchObject({ configured: true, engine: "openai" });

  // A GGUF name with other bytes is refused; the PEFT safetensors the engine loads is taken.
  expect((await upload(owner, ws.slug, new Uint8Array(Buffer.from("GGUF-ish but named safetensors")) as Uint8Array<ArrayBuffer>, "adapter_model.safetensors")).status).toBe(400);
  // A GGUF adapter is Ollama's format: refused up front with the one vLLM loads.
  const gguf = await upload(owner, ws.slug, new Uint8Array(Buffer.from("GGUF weights")) as Uint8Array<ArrayBuffer>, "lora.gguf");
  expect(gguf).toMatchObject({ status: 400, body: { error: expect.stringMatching(/PEFT safetensors/) } });
  const adapter = await upload(owner, ws.slug, loraSafetensors(8, 8, ["q_proj", "v_proj"], "vera"), "adapter_model.safetensors");
  expect(adapter.status).toBe(201);

  const built = await caller.models.create({ adapter: adapter.body, temperature: 0.4 });
  const [build] = await waitFor(() => allFinished([built.jobId]), 15_000, "the build");
  expect(build!.state).toBe("succeeded");
  const name = `brandsmith/${ws.slug}:v1`;
  expect(engine.requestLog.filter((r) => r.path === "POST /v1/load_lora_adapter").map((r) => (r.body as { lora_name: string }).lora_name)).toContain(name);
  const [version] = await caller.models.list();
  expect(version!.status).toBe("ready");
  expect(Object.values(version!.hostStatus)).toEqual(["ready"]);
  await caller.models.activate({ tenantModelId: version!.id });

  // The adapter is chosen by name per request, with the version's sampling.
  const tried = await caller.models.try({ prompt: "Write a subject line for our spring sale" });
  const [tryJob] = await waitFor(() => allFinished([tried.jobId]), 10_000, "the try");
  expect(tryJob!.state).toBe("succeeded");
  expect((await caller.jobs.get({ jobId: tried.jobId })).output).toBe("Here is a reply to: Write a subject line for our spring sale");
  const chat = engine.requestLog.filter((r) => r.path === "POST /v1/chat/completions").at(-1)!.body as { model: string; temperature: number; stream: boolean };
  expect(chat).toMatchObject({ model: name, temperature: 0.4, stream: true });
  expect((await caller.models.list())[0]!.usage).toMatchObject({ generations: 1 });

  // The engine restarted and forgot its runtime-loaded adapters: the next request registers it again.
  engine.restart();
  const { campaignId } = await caller.campaigns.create({
    brief: { name: "Spring roast", type: "launch", goal: "Launch it.", audience: "Home brewers", keyMessage: "Our spring roast is bright and floral.", ctaText: "Try it", ctaUrl: "https://shop.example/", variants: 1 },
  });
  const { jobIds, draftIds } = await caller.campaigns.generate({ campaignId });
  const [written] = await waitFor(() => allFinished(jobIds), 20_000, "the variant");
  expect(written!.state).toBe("succeeded");
  const { draft, current } = await caller.drafts.get({ draftId: draftIds[0]! });
  expect(draft.status).toBe("draft");
  expect(current?.content.subject).toBeTruthy();
  expect(engine.residentAdapters()).toContain(name);
});

it("fails a build whose adapter the engine refuses with the engine's reason, and unregisters a deleted version", async () => {
  const owner = await signUp("Rex Rank");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);
  // Rank 32 is over the engine's --max-lora-rank (16).
  const wide = await upload(owner, ws.slug, loraSafetensors(32, 8, ["q_proj"], "rex"), "adapter_model.safetensors");
  const built = await caller.models.create({ adapter: wide.body });
  const [job] = await waitFor(() => allFinished([built.jobId]), 15_000, "the refused build");
  expect(job!.state).toBe("failed");
  const [version] = await caller.models.list();
  expect(version).toMatchObject({ status: "failed", error: expect.stringMatching(/LoRA rank 32 is greater than max_lora_rank 16/) });

  const plain = await caller.models.create({});
  await waitFor(() => allFinished([plain.jobId]), 15_000, "the plain build");
  const [v2] = await caller.models.list();
  expect(v2).toMatchObject({ version: 2, status: "ready" });
  const good = await upload(owner, ws.slug, loraSafetensors(8, 8, ["q_proj"], "rex good"), "adapter_model.safetensors");
  const v3 = await caller.models.create({ adapter: good.body });
  await waitFor(() => allFinished([v3.jobId]), 15_000, "the third build");
  const unloadsBefore = engine.stats.unregistered;
  await waitFor(async () => engine.residentAdapters().includes(`brandsmith/${ws.slug}:v3`) || engine.requestLog.some((r) => r.path === "POST /v1/load_lora_adapter" && (r.body as { lora_name: string }).lora_name === `brandsmith/${ws.slug}:v3`), 5_000, "v3 on the engine");
  await caller.models.delete({ tenantModelId: v3.model.id });
  await waitFor(async () => engine.stats.unregistered > unloadsBefore, 10_000, "the adapter to be unregistered");
  expect(engine.residentAdapters()).not.toContain(`brandsmith/${ws.slug}:v3`);
});
