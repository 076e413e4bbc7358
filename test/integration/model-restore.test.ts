/**
 * A model server that lost its models heals itself, against the Ollama test
 * double and real workers: restarted (every tenant model and blob gone), the
 * next generation restores the active adapter version on it, adapter blob
 * first, and succeeds without a new build; a health check does the same
 * before anyone asks; a restore that cannot succeed leaves the draft failed,
 * in words, with a retry. And every request on a base carries that base's
 * runner options, so one runner serves a workspace with and without a version.
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as uploadAdapter } from "@/app/api/adapters/route";
import { ModelGateway } from "@/ai/gateway";
import { OllamaProvider } from "@/ai/ollama/provider";
import { createRequest, DEFAULT_SAMPLING, runnerOptionsOf } from "@/ai/tenant-model";
import { getOllamaProvider } from "@/server/models/provider";
import { modelRestoreMetrics } from "@/server/observability/model-restores";
import { OllamaDouble } from "../../e2e/ollama-double/server";
import { isEmailFormat, writeEmail } from "../../e2e/ollama-double/email-writer";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, signUp, type TestPerson } from "../support/actors";
import { allFinished, jobStates, ownerQuery, startRunner, waitFor } from "../support/queue";

const BASE = "qwen2.5:1.5b";
let double: OllamaDouble;
let host = "";
let adapterDir: string;
let worker: Awaited<ReturnType<typeof startRunner>>;

beforeAll(async () => {
  double = new OllamaDouble({ installed: [BASE], ttftMs: 1, tokenIntervalMs: 0, loadMs: 5, answer: ({ messages, format }) => (isEmailFormat(format) ? writeEmail(messages) : undefined) });
  host = await double.listen();
  process.env.OLLAMA_HOST = `${host}|4`;
  process.env.MODEL_PROVIDER = "ollama";
  // The poller stays out of the way; these tests run the health check themselves.
  process.env.OLLAMA_POLL_MS = "600000";
  adapterDir = await mkdtemp(path.join(os.tmpdir(), "brandsmith-restore-"));
  process.env.ADAPTER_DIR = adapterDir;
  worker = await startRunner(jobHandlers, { concurrency: 2 });
});

afterAll(async () => {
  await worker.stop();
  for (const name of ["OLLAMA_HOST", "MODEL_PROVIDER", "OLLAMA_POLL_MS", "ADAPTER_DIR"]) delete process.env[name];
  await double.close();
  await rm(adapterDir, { recursive: true, force: true });
});

const brief = (name: string) => ({
  name,
  type: "launch" as const,
  goal: "Get subscribers to try the new roast.",
  audience: "Home brewers",
  keyMessage: "Our autumn roast is rich and warm.",
  products: [{ name: "Autumn Roast", url: "https://shop.example/autumn", facts: "Roasted every Monday" }],
  ctaText: "Try it",
  ctaUrl: "https://shop.example/autumn",
  variants: 1,
});

const gguf = (text: string) => new Uint8Array(Buffer.concat([Buffer.from("GGUF"), Buffer.from(text)])) as Uint8Array<ArrayBuffer>;

/** A workspace whose active version has a LoRA adapter, built on the double. */
async function workspaceWithAdapterVersion(name: string) {
  const owner = await signUp(name);
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);
  const weights = gguf(`lora weights of ${ws.slug}`);
  const response = await uploadAdapter(
    new Request(`http://localhost:3999/api/adapters?tenant=${ws.slug}&filename=brand-lora.gguf`, {
      method: "POST",
      headers: { cookie: owner.cookie, "content-length": String(weights.byteLength) },
      body: weights,
    }),
  );
  const adapter = (await response.json()) as { digest: string; filename: string };
  expect(adapter.digest).toBe(`sha256:${createHash("sha256").update(weights).digest("hex")}`);
  const built = await caller.models.create({ adapter });
  const [job] = await waitFor(() => allFinished([built.jobId]), 15_000, "the version to build");
  expect(job!.state).toBe("succeeded");
  await caller.models.activate({ tenantModelId: built.model.id });
  return { owner, ws, caller, adapter, weights, version: built.model };
}

async function generateOne(person: TestPerson, slug: string, name: string) {
  const caller = await person.caller(slug);
  const { campaignId } = await caller.campaigns.create({ brief: brief(name) });
  const { jobIds, draftIds } = await caller.campaigns.generate({ campaignId });
  const [job] = await waitFor(() => allFinished(jobIds), 20_000, `the variant of "${name}"`);
  return { job: job!, draftId: draftIds[0]!, campaignId };
}

async function modelJobsOf(tenantId: string) {
  return ownerQuery((sql) => sql<{ id: string }[]>`select id from jobs where tenant_id = ${tenantId} and type = 'model.create'`);
}

/** Where in the double's request log a request went first (for one model, when given). */
function indexOf(pathName: string, model?: string) {
  return double.requestLog.findIndex((r) => r.path === pathName && (!model || (r.body as { model?: string }).model === model));
}

const restored = (trigger: string) => modelRestoreMetrics().restores.get().then((m) => m.values.find((v) => v.labels.host === host && v.labels.outcome === "restored" && v.labels.trigger === trigger)?.value ?? 0);

describe("adapters on the model server", () => {
  it("are refused by /api/create until their blob is pushed, as Ollama does; ensureModel pushes it first (HEAD, then POST)", async () => {
    const lone = new OllamaDouble({ installed: [BASE] });
    const url = await lone.listen();
    try {
      const provider = new OllamaProvider([{ url, slots: 1 }]);
      const weights = gguf("adapter weights");
      const digest = `sha256:${createHash("sha256").update(weights).digest("hex")}`;
      const request = createRequest({ tenantSlug: "acme", version: 1, base: BASE, system: "You write for Acme.", sampling: DEFAULT_SAMPLING, examples: [], adapter: { filename: "acme.gguf", digest } });
      expect(await provider.create(url, request).catch((e: unknown) => e)).toMatchObject({ kind: "bad_request", retryable: false, details: { status: 400 }, message: new RegExp(`blob ${digest} not found`) });
      // Without a way to read the blob, the gateway says so instead of sending a create that cannot work.
      expect(await new ModelGateway(provider).ensureModel(request, url).catch((e: unknown) => e)).toMatchObject({ kind: "bad_request", message: /needs the blob .* not on/ });

      let reads = 0;
      const gateway = new ModelGateway(provider, { readBlob: async () => (reads++, weights) });
      lone.requestLog.length = 0;
      await gateway.ensureModel(request, url);
      expect(lone.requestLog.map((r) => r.path)).toEqual(["POST /api/show", `HEAD /api/blobs/${digest}`, `POST /api/blobs/${digest}`, "POST /api/create"]);
      // Again: the blob is there, so it is not read or sent twice.
      await gateway.ensureModel(request, url);
      expect(reads).toBe(1);
      expect(lone.requestLog.filter((r) => r.path === `POST /api/blobs/${digest}`)).toHaveLength(1);
    } finally {
      await lone.close();
    }
  });
});

describe("a model server that lost its models", () => {
  it("restores the active adapter version on the next generation, blob first, without a new build", async () => {
    // Built, never used by this worker yet: the health check does not know it, the generation finds it missing.
    const { owner, ws, caller, adapter, version } = await workspaceWithAdapterVersion("Rhea Restore");

    double.restart({ installed: [BASE] });
    await getOllamaProvider()!.refresh();
    // What an admin sees meanwhile: the version is missing on that server, and will be put back.
    const missing = (await caller.models.list()).find((v) => v.id === version.id)!;
    expect(missing.hosts).toEqual([expect.objectContaining({ host, state: "missing", label: expect.stringMatching(/put back on this server automatically/) })]);

    const before = await restored("use");
    const { job, draftId } = await generateOne(owner, ws.slug, "After the restart");
    expect(job).toMatchObject({ state: "succeeded", attempts: 1 });
    expect((await caller.drafts.get({ draftId })).draft).toMatchObject({ status: "draft", generation: { provider: "ollama", model: version.ollamaName } });

    // The first request found the model missing (404); then the blob went up, then the model was created, then the request ran.
    const missingAt = indexOf("POST /api/chat", version.ollamaName);
    expect(missingAt).toBeGreaterThanOrEqual(0);
    expect(indexOf(`HEAD /api/blobs/${adapter.digest}`)).toBeGreaterThan(missingAt);
    expect(indexOf(`POST /api/blobs/${adapter.digest}`)).toBeGreaterThan(indexOf(`HEAD /api/blobs/${adapter.digest}`));
    expect(indexOf("POST /api/create", version.ollamaName)).toBeGreaterThan(indexOf(`POST /api/blobs/${adapter.digest}`));
    expect(double.requestLog.map((r) => r.path).lastIndexOf("POST /api/chat")).toBeGreaterThan(indexOf("POST /api/create", version.ollamaName));
    expect(double.stats.creates).toBe(1);
    expect(await restored("use")).toBe(before + 1);
    // No one built a new version: the one build is still the only one.
    expect(await modelJobsOf(ws.id)).toHaveLength(1);

    await getOllamaProvider()!.refresh();
    const after = (await caller.models.list()).find((v) => v.id === version.id)!;
    expect(after).toMatchObject({ status: "ready", active: true, hostStatus: { [host]: "ready" } });
    expect(after.hosts).toEqual([expect.objectContaining({ host, state: "present", label: "On this server" })]);
  });

  it("restores a model this worker uses as soon as a health check finds it gone", async () => {
    const { owner, ws, caller, adapter, version } = await workspaceWithAdapterVersion("Hal Health");
    expect((await generateOne(owner, ws.slug, "Warm up")).job.state).toBe("succeeded");

    double.restart({ installed: [BASE] });
    const before = await restored("health_check");
    await getOllamaProvider()!.refresh();
    await waitFor(async () => (await getOllamaProvider()!.listModels(host)).some((m) => m.name === version.ollamaName), 10_000, "the health check to restore the model");
    expect(indexOf(`POST /api/blobs/${adapter.digest}`)).toBeGreaterThanOrEqual(0);
    expect(indexOf(`POST /api/blobs/${adapter.digest}`)).toBeLessThan(indexOf("POST /api/create", version.ollamaName));
    expect(double.requestLog.map((r) => r.path)).not.toContain("POST /api/chat");
    await waitFor(async () => (await restored("health_check")) > before, 5_000, "the restore to be counted");
    await waitFor(async () => (await caller.models.list()).find((v) => v.id === version.id)!.hostStatus[host] === "ready", 5_000, "the host status");

    // The next generation finds it there.
    double.requestLog.length = 0;
    expect((await generateOne(owner, ws.slug, "After the health check")).job.state).toBe("succeeded");
    expect(indexOf("POST /api/create", version.ollamaName)).toBe(-1);
  });

  it("leaves a draft that still cannot be written failed, with the reason in words and a retry that works", async () => {
    const { owner, ws, caller, adapter, weights, version } = await workspaceWithAdapterVersion("Fern Failure");
    double.restart({ installed: [BASE] });
    // The worker cannot put the model back: its adapter file is gone from the adapter store too.
    const file = path.join(adapterDir, ws.id, `${adapter.digest.slice("sha256:".length)}.gguf`);
    await unlink(file);

    const { job, draftId, campaignId } = await generateOne(owner, ws.slug, "Cannot be restored");
    expect(job.state).toBe("failed");
    // Not retryable (the file will not appear by itself): one attempt, no jobs waiting on it.
    expect((await jobStates([job.id]))[0]!.attempts).toBe(1);
    const { variants } = await caller.campaigns.get({ campaignId });
    expect(variants[0]).toMatchObject({ status: "failed", jobState: "failed", failure: expect.stringMatching(/adapter file is missing.*Try again/) });
    expect(variants[0]!.jobError).toMatch(/ADAPTER_DIR/);
    // The Models page says so for that server (a health check may be trying once more meanwhile).
    await waitFor(async () => (await caller.models.list()).find((v) => v.id === version.id)!.hosts[0]!.state === "failed", 10_000, "the Models page to show the failed restore");
    expect((await caller.models.list()).find((v) => v.id === version.id)!.hosts[0]).toMatchObject({ label: expect.stringMatching(/putting it back failed/), detail: expect.stringMatching(/ADAPTER_DIR/) });

    // The file is back (the adapters directory was mounted again): the retry writes the draft.
    await writeFile(file, weights);
    const retry = await caller.campaigns.retryVariant({ draftId });
    expect((await caller.campaigns.get({ campaignId })).variants[0]).toMatchObject({ status: "generating", failure: null });
    const [again] = await waitFor(() => allFinished([retry.jobId]), 20_000, "the retried variant");
    expect(again!.state).toBe("succeeded");
    expect((await caller.campaigns.get({ campaignId })).variants[0]).toMatchObject({ status: "draft", failure: null });
  });
});

describe("runner options", () => {
  it("are the base's on every request the gateway sends, with or without a version, so one runner serves them all", async () => {
    double.restart({ installed: [BASE] });
    const runner = JSON.stringify(runnerOptionsOf(BASE));

    // A workspace without a version writes with the bare base.
    const plain = await signUp("Pia Plain");
    const plainWs = await createWorkspace(plain);
    expect((await generateOne(plain, plainWs.slug, "No version")).job.state).toBe("succeeded");

    // A workspace with a version (no adapter) writes with it, and tries it.
    const versioned = await signUp("Vic Version");
    const versionedWs = await createWorkspace(versioned);
    const caller = await versioned.caller(versionedWs.slug);
    const built = await caller.models.create({});
    await waitFor(() => allFinished([built.jobId]), 15_000, "the version to build");
    await caller.models.activate({ tenantModelId: built.model.id });
    expect((await generateOne(versioned, versionedWs.slug, "With a version")).job.state).toBe("succeeded");
    const tried = await caller.models.try({ prompt: "A subject line for the autumn roast" });
    await waitFor(() => allFinished([tried.jobId]), 10_000, "the try");
    // Embeddings on the base itself.
    await getOllamaProvider()!.embed(BASE, ["autumn roast"]);

    const sent = double.requestLog.filter((r) => r.path === "POST /api/chat" || r.path === "POST /api/embed");
    const models = new Set(sent.map((r) => (r.body as { model: string }).model));
    expect(models).toEqual(new Set([BASE, built.model.ollamaName]));
    // Every request names the base's runner options itself, and Ollama keys them all to one runner.
    for (const request of sent) expect((request.body as { options?: Record<string, unknown> }).options).toMatchObject(runnerOptionsOf(BASE)!);
    const keys = [...new Set(sent.map((r) => r.runnerKey))];
    expect(keys).toHaveLength(1);
    // Base weights | no adapter | the base's runner options.
    expect(keys[0]!.endsWith(`|-|${runner}`)).toBe(true);
    expect(double.stats.loads).toBe(1);
  });
});
