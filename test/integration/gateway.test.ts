/** The model gateway against the Ollama test double: real HTTP, Ollama's shapes and status codes. */
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { ModelError } from "@/ai/errors";
import { ModelGateway } from "@/ai/gateway";
import { OllamaProvider, type HostRouting } from "@/ai/ollama/provider";
import { ringOrder } from "@/domain/host-ring";
import { createRequest, DEFAULT_SAMPLING, type TenantModelSpec } from "@/ai/tenant-model";
import { OllamaDouble, type DoubleOptions } from "../../e2e/ollama-double/server";
import { defineHandler } from "../../workers/registry";
import { allFinished, createTenantRow, enqueue, startRunner, waitFor } from "../support/queue";

const doubles: OllamaDouble[] = [];
afterEach(async () => {
  await Promise.all(doubles.splice(0).map((d) => d.close()));
});

async function setup(options: DoubleOptions = {}, resolve?: (model: string) => TenantModelSpec | null) {
  const double = new OllamaDouble({ installed: ["qwen2.5:1.5b"], ...options });
  doubles.push(double);
  const url = await double.listen();
  const provider = new OllamaProvider([{ url, slots: 4 }]);
  const gateway = new ModelGateway(provider, { resolveModel: async (model) => (resolve?.(model) ? createRequest(resolve(model)!) : null) });
  return { double, url, provider, gateway };
}

const spec = (slug: string, extra: Partial<TenantModelSpec> = {}): TenantModelSpec => ({
  tenantSlug: slug,
  version: 1,
  base: "qwen2.5:1.5b",
  system: `You write for ${slug}.`,
  sampling: DEFAULT_SAMPLING,
  examples: [],
  adapter: null,
  ...extra,
});

const user = (content: string) => [{ role: "user" as const, content }];

describe("models", () => {
  it("creates a tenant model idempotently", async () => {
    const { url, provider } = await setup();
    const lines: string[] = [];
    await provider.create(url, createRequest(spec("acme")), (p) => lines.push(p.status));
    await provider.create(url, createRequest(spec("acme")), (p) => lines.push(p.status));
    expect(lines).toContain("writing manifest");
    expect(lines).toContain("using existing manifest");
    expect((await provider.listModels(url)).map((m) => m.name).sort()).toEqual(["brandsmith/acme:v1", "qwen2.5:1.5b"]);
  });

  it("creates a missing model on first use (pulling its base) and retries once", async () => {
    const { double, gateway } = await setup({ installed: [] }, (model) => (model === "brandsmith/acme:v1" ? spec("acme") : null));
    const result = await gateway.generate({ model: "brandsmith/acme:v1", messages: user("Hello") });
    expect(result.text).toBe("Here is a reply to: Hello");
    expect(double.requestLog.map((r) => r.path)).toEqual([
      "POST /api/chat",
      "POST /api/show",
      "POST /api/pull",
      "POST /api/create",
      "POST /api/chat",
    ]);
  });

  it("says plainly when an unknown model cannot be created", async () => {
    const { gateway } = await setup();
    const error = await gateway.generate({ model: "nobody:latest", messages: user("Hi") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toMatchObject({ kind: "model_not_found", retryable: false, message: /404.*not found, try pulling it first/ });
  });
});

describe("generation", () => {
  it("streams tokens and reports Ollama's own metrics", async () => {
    const { provider } = await setup({ ttftMs: 20, tokenIntervalMs: 2 });
    const tokens: string[] = [];
    const result = await provider.generate({ model: "qwen2.5:1.5b", messages: user("Write a subject line"), onToken: (t) => tokens.push(t) });
    expect(tokens.join("")).toBe(result.text);
    expect(tokens.length).toBeGreaterThan(3);
    expect(result).toMatchObject({ doneReason: "stop", completionTokens: tokens.length });
    expect(result.promptTokens).toBeGreaterThan(0);
    expect(result.evalDurationMs).toBeGreaterThan(0);
    expect(result.timeToFirstTokenMs).toBeGreaterThanOrEqual(20);
  });

  it("returns validated structured output, repairing one bad answer", async () => {
    let calls = 0;
    const { gateway } = await setup({
      answer: ({ format }) => (format && calls++ === 0 ? '{"subject": 42}' : undefined),
    });
    const Email = z.object({ subject: z.string(), preheader: z.string() });
    const result = await gateway.structured({ model: "qwen2.5:1.5b", messages: user("Write"), schema: Email });
    expect(result).toMatchObject({ repaired: true, value: { subject: "Sample subject", preheader: "Sample preheader" } });
  });

  it("fails clearly when the answer stays malformed", async () => {
    const { gateway } = await setup({ answer: () => "I cannot do JSON" });
    const error = await gateway.structured({ model: "qwen2.5:1.5b", messages: user("Write"), schema: z.object({ a: z.string() }) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "invalid_output", retryable: false, message: /even after one correction/ });
  });

  it("classifies a full queue (503), a mid-stream error, a bad request and an unreachable host", async () => {
    const { double, provider } = await setup({ maxQueue: 0 });
    expect(await provider.generate({ model: "qwen2.5:1.5b", messages: user("x") }).catch((e: unknown) => e)).toMatchObject({ kind: "busy", retryable: true });
    double.options.maxQueue = 10;
    double.failNextStreams(1);
    expect(await provider.generate({ model: "qwen2.5:1.5b", messages: user("one two three four") }).catch((e: unknown) => e)).toMatchObject({
      kind: "stream_failed",
      retryable: true,
      message: /unexpected EOF/,
    });
    const dead = new OllamaProvider([{ url: "http://127.0.0.1:1", slots: 1 }]);
    expect(await dead.generate({ model: "m", messages: user("x") }).catch((e: unknown) => e)).toMatchObject({ kind: "unreachable", retryable: true });
    const bad = await fetch(`${(await setup()).url}/api/chat`, { method: "POST", body: JSON.stringify({ model: "qwen2.5:1.5b" }) });
    expect(bad.status).toBe(400);
  });

  it("aborts the HTTP stream when cancelled", async () => {
    const { double, provider } = await setup({ tokenIntervalMs: 50, reply: () => "one two three four five six seven eight nine ten" });
    const controller = new AbortController();
    const tokens: string[] = [];
    const pending = provider.generate({ model: "qwen2.5:1.5b", messages: user("x"), signal: controller.signal, onToken: (t) => tokens.push(t) });
    await waitFor(async () => tokens.length >= 2);
    controller.abort();
    expect(await pending.catch((e: unknown) => e)).toMatchObject({ kind: "aborted", retryable: false });
    await waitFor(async () => double.stats.aborted === 1, 2_000, "the double to see the disconnect");
  });
});

describe("runners", () => {
  it("shares one loaded runner between tenants on a base; an adapter model needs its own", async () => {
    const { url, provider } = await setup({ loadMs: 30 });
    const adapter = new Uint8Array(Buffer.from("fake gguf adapter weights"));
    const digest = `sha256:${(await import("node:crypto")).createHash("sha256").update(adapter).digest("hex")}`;
    await provider.pushBlob(url, digest, adapter);
    await provider.create(url, createRequest(spec("acme")));
    await provider.create(url, createRequest(spec("globex")));
    await provider.create(url, createRequest(spec("initech", { adapter: { filename: "initech.gguf", digest } })));

    // What Ollama itself reports to a client: load_duration is spent only when a runner has to be loaded.
    const acme = await provider.generate({ model: "brandsmith/acme:v1", messages: user("a") });
    const globex = await provider.generate({ model: "brandsmith/globex:v1", messages: user("b") });
    const initech = await provider.generate({ model: "brandsmith/initech:v1", messages: user("c") });
    expect([acme.loadDurationMs > 0, globex.loadDurationMs > 0, initech.loadDurationMs > 0]).toEqual([true, false, true]);
    const hosts = await provider.refresh();
    expect(hosts[0]).toMatchObject({ healthy: true, version: "0.12.6" });
    expect(hosts[0]!.loaded.length).toBe(2);
  });
});

describe("several hosts", () => {
  async function twoHosts(routing?: HostRouting) {
    const [a, b] = [new OllamaDouble({ installed: ["qwen2.5:1.5b"] }), new OllamaDouble({ installed: ["qwen2.5:1.5b"] })];
    doubles.push(a, b);
    const [urlA, urlB] = [await a.listen(), await b.listen()];
    const provider = new OllamaProvider(
      [
        { url: urlA, slots: 2 },
        { url: urlB, slots: 2 },
      ],
      { routing },
    );
    const specs = new Map([["brandsmith/acme:v1", createRequest(spec("acme"))]]);
    const gateway = new ModelGateway(provider, { resolveModel: async (model) => specs.get(model) ?? null });
    return { a, b, urlA, urlB, provider, gateway };
  }

  it("creates a tenant model on every host", async () => {
    const { urlA, urlB, provider, gateway } = await twoHosts();
    await gateway.ensureModel(createRequest(spec("acme")));
    for (const url of [urlA, urlB]) expect((await provider.listModels(url)).map((m) => m.name).sort()).toEqual(["brandsmith/acme:v1", "qwen2.5:1.5b"]);
  });

  it("sends a model's requests to its host on the ring, while that host is under its bound", async () => {
    const { urlA, urlB, provider, gateway } = await twoHosts();
    await gateway.ensureModel(createRequest(spec("acme")));
    await provider.refresh();
    const home = ringOrder(provider.runnerKeyOf("brandsmith/acme:v1"), [urlA, urlB])[0];
    const hosts: string[] = [];
    for (let i = 0; i < 4; i++) hosts.push((await gateway.generate({ model: "brandsmith/acme:v1", messages: user(`n${i}`) })).host);
    expect(hosts).toEqual([home, home, home, home]);
  });

  it("warm_first routing (the one before affinity) sends a model's requests to the host where its runner is loaded", async () => {
    const { urlB, provider, gateway } = await twoHosts("warm_first");
    await gateway.ensureModel(createRequest(spec("acme")));
    // Host B (the second, so not the default pick) has loaded the runner, and the poller has seen it.
    await new OllamaProvider([{ url: urlB, slots: 1 }]).generate({ model: "brandsmith/acme:v1", messages: user("warm up") });
    await provider.refresh();
    const hosts: string[] = [];
    for (let i = 0; i < 4; i++) hosts.push((await gateway.generate({ model: "brandsmith/acme:v1", messages: user(`n${i}`) })).host);
    expect(hosts).toEqual([urlB, urlB, urlB, urlB]);
  });

  it("fails over to the other host when one stops, and marks the stopped one down at once", async () => {
    const { a, b, urlA, urlB, provider, gateway } = await twoHosts();
    await gateway.ensureModel(createRequest(spec("acme")));
    await provider.refresh();
    const [home, other] = ringOrder(provider.runnerKeyOf("brandsmith/acme:v1"), [urlA, urlB]);
    await (home === urlA ? a : b).close();
    // The model's host still looks healthy: the request goes there, finds it gone, and the next host on the ring answers.
    const result = await gateway.generate({ model: "brandsmith/acme:v1", messages: user("hello") });
    expect(result.host).toBe(other);
    expect(provider.hosts().find((h) => h.url === home)).toMatchObject({ healthy: false, lastError: expect.stringMatching(/Cannot reach Ollama/) });
    // With every host down the caller gets the plain error, not a loop.
    const only = new OllamaProvider([{ url: home!, slots: 1 }]);
    expect(await new ModelGateway(only).generate({ model: "qwen2.5:1.5b", messages: user("x") }).catch((e: unknown) => e)).toMatchObject({ kind: "unreachable" });
  });
});

describe("through the queue", () => {
  it("retries a mid-stream failure and a busy server as ordinary job retries", async () => {
    const { double, gateway } = await setup();
    double.failNextStreams(1);
    const texts: string[] = [];
    const generate = defineHandler({
      type: "test.generate",
      payload: z.object({ prompt: z.string() }),
      async run(payload, { signal, emit }) {
        const result = await gateway.generate({ model: "qwen2.5:1.5b", messages: user(payload.prompt), signal, onToken: emit });
        texts.push(result.text);
        return { tokens: result.completionTokens };
      },
    });
    const tenant = await createTenantRow();
    const worker = await startRunner([generate], { retryBaseMs: 20 });
    const [job] = await enqueue(tenant, [{ type: "test.generate", payload: { prompt: "Spring sale subject" } }]);
    const [done] = await waitFor(() => allFinished([job!.id]), 10_000);
    await worker.stop();
    expect(done).toMatchObject({ state: "succeeded", attempts: 2 });
    expect(done!.errors[0]!.message).toMatch(/failed while answering/);
    expect(texts).toEqual(["Here is a reply to: Spring sale subject"]);
  });
});
