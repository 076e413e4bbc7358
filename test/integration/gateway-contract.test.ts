/**
 * The gateway contract, run against both serving providers: Ollama (its
 * double) and an OpenAI-compatible multi-LoRA engine (the vLLM double).
 * Whatever the engine, a service sees the same behaviour: streamed tokens
 * and usage, structured output, a version with its own adapter realised on
 * first use and after the engine forgot it, the same error kinds.
 */
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { ModelError } from "@/ai/errors";
import { ModelGateway } from "@/ai/gateway";
import { OllamaProvider } from "@/ai/ollama/provider";
import { loraSafetensors } from "@/ai/openai/peft";
import { OpenAIProvider } from "@/ai/openai/provider";
import type { ServingProvider } from "@/ai/serving";
import { createRequest, DEFAULT_SAMPLING, type TenantModelSpec } from "@/ai/tenant-model";
import { OllamaDouble } from "../../e2e/ollama-double/server";
import { VllmDouble, type VllmDoubleOptions } from "../../e2e/vllm-double/server";

interface Engine {
  provider: ServingProvider;
  url: string;
  failNextStreams(count: number): void;
  /** The engine comes back having forgotten every version realised on it. */
  restart(): void;
  close(): Promise<void>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function ollamaEngine(): Promise<Engine> {
  const double = new OllamaDouble({ installed: ["qwen2.5:1.5b"] });
  const url = await double.listen();
  const provider = new OllamaProvider([{ url, slots: 4 }]);
  await provider.refresh();
  cleanups.push(() => double.close());
  return { provider, url, failNextStreams: (n) => double.failNextStreams(n), restart: () => double.restart({ installed: ["qwen2.5:1.5b"] }), close: () => double.close() };
}

async function vllmEngine(options: VllmDoubleOptions = {}): Promise<Omit<Engine, "provider"> & { double: VllmDouble; provider: OpenAIProvider }> {
  const double = new VllmDouble(options);
  const url = await double.listen();
  const adapterDir = await mkdtemp(path.join(tmpdir(), "brandsmith-adapters-"));
  const provider = new OpenAIProvider([{ url, slots: 8 }], { adapterDir, apiKey: "test-key" });
  await provider.refresh();
  cleanups.push(async () => {
    await double.close();
    await rm(adapterDir, { recursive: true, force: true });
  });
  return { double, provider, url, failNextStreams: (n) => double.failNextStreams(n), restart: () => double.restart(), close: () => double.close() };
}

const adapter = loraSafetensors(8);
const adapterDigest = `sha256:${createHash("sha256").update(adapter).digest("hex")}`;
const spec = (slug: string, withAdapter: boolean): TenantModelSpec => ({
  tenantSlug: slug,
  version: 1,
  base: "qwen2.5:1.5b",
  system: `You write for ${slug}.`,
  sampling: DEFAULT_SAMPLING,
  examples: [{ prompt: "Subject for the sale", answer: "Spring sale: 20% off" }],
  adapter: withAdapter ? { filename: "adapter_model.safetensors", digest: adapterDigest } : null,
});

function gatewayOn(engine: Engine, specs: TenantModelSpec[] = []) {
  const byName = new Map(specs.map((s) => [createRequest(s).model, createRequest(s)]));
  return new ModelGateway(engine.provider, { resolveModel: async (model) => byName.get(model) ?? null, readBlob: async () => adapter, isPullable: () => false });
}
const user = (content: string) => [{ role: "user" as const, content }];

describe.each([
  ["ollama", ollamaEngine],
  ["vllm", () => vllmEngine()],
] as const)("gateway contract: %s", (_name, start) => {
  it("streams tokens and reports usage and timing", async () => {
    const engine = await start();
    const tokens: string[] = [];
    const result = await gatewayOn(engine).generate({ model: "qwen2.5:1.5b", messages: user("Hello there"), onToken: (t) => tokens.push(t) });
    expect(result.text).toBe("Here is a reply to: Hello there");
    expect(tokens.join("")).toBe(result.text);
    expect(result).toMatchObject({ host: engine.url, doneReason: "stop" });
    expect(result.promptTokens).toBeGreaterThan(0);
    expect(result.completionTokens).toBe(tokens.length);
    expect(result.timeToFirstTokenMs).toBeGreaterThan(0);
  });

  it("returns structured output that fits the schema", async () => {
    const engine = await start();
    const schema = z.object({ subject: z.string(), score: z.number() });
    const result = await gatewayOn(engine).structured({ model: "qwen2.5:1.5b", messages: user("Subject?"), schema });
    expect(schema.safeParse(result.value).success).toBe(true);
  });

  it("realises a version with its own adapter on first use, and again after the engine forgot it", async () => {
    const engine = await start();
    const acme = spec("acme", true);
    const gateway = gatewayOn(engine, [acme]);
    const model = createRequest(acme).model;
    expect((await gateway.generate({ model, messages: user("first") })).text).toBe("Here is a reply to: first");
    engine.restart();
    expect((await gateway.generate({ model, messages: user("again") })).text).toBe("Here is a reply to: again");
  });

  it("says model_not_found for a model nobody manages", async () => {
    const engine = await start();
    const error = await gatewayOn(engine).generate({ model: "brandsmith/nobody:v9", messages: user("x") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).kind).toBe("model_not_found");
  });

  it("classifies a mid-stream failure, a cancellation and an unreachable engine", async () => {
    const engine = await start();
    const gateway = gatewayOn(engine);
    engine.failNextStreams(1);
    expect(await gateway.generate({ model: "qwen2.5:1.5b", messages: user("one two three four five") }).catch((e: unknown) => e)).toMatchObject({ kind: "stream_failed", retryable: true });
    const controller = new AbortController();
    const cancelled = gateway.generate({ model: "qwen2.5:1.5b", messages: user("a b c d e f g h i j k l m n o p"), signal: controller.signal, onToken: () => controller.abort() });
    expect(await cancelled.catch((e: unknown) => e)).toMatchObject({ kind: "aborted" });
    await engine.close();
    expect(await gateway.generate({ model: "qwen2.5:1.5b", messages: user("x") }).catch((e: unknown) => e)).toMatchObject({ kind: "unreachable" });
  });
});

describe("vLLM specifics", () => {
  it("sends the version's system prompt and examples with each request, selecting its adapter by name", async () => {
    const engine = await vllmEngine();
    const acme = spec("acme", true);
    await gatewayOn(engine, [acme]).generate({ model: createRequest(acme).model, messages: user("Write") });
    const chat = engine.double.requestLog.filter((r) => r.path === "POST /v1/chat/completions").at(-1)!.body as { model: string; messages: { role: string; content: string }[]; stream: boolean };
    expect(chat.model).toBe("brandsmith/acme:v1");
    expect(chat.stream).toBe(true);
    expect(chat.messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(engine.double.requestLog.some((r) => r.path === "POST /v1/load_lora_adapter")).toBe(true);
  });

  it("fails a version's build with the engine's reason when it refuses the adapter", async () => {
    const engine = await vllmEngine({ maxLoraRank: 4 });
    const error = await gatewayOn(engine).ensureModel(createRequest(spec("acme", true))).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "bad_request" });
    expect((error as Error).message).toMatch(/LoRA rank 8 is greater than max_lora_rank 4/);
  });

  it("detects an engine started without runtime LoRA loading, and says what to change", async () => {
    const engine = await vllmEngine({ enableLora: false });
    expect(engine.provider.hosts()[0]).toMatchObject({ loraEnabled: false, servedModel: "Qwen/Qwen2.5-1.5B-Instruct", healthy: true });
    const error = await gatewayOn(engine).ensureModel(createRequest(spec("acme", true))).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/--enable-lora and VLLM_ALLOW_RUNTIME_LORA_UPDATING=True/);
  });

  it("unloads a deleted version's adapter", async () => {
    const engine = await vllmEngine();
    const acme = createRequest(spec("acme", true));
    await gatewayOn(engine).ensureModel(acme);
    expect((await engine.provider.refresh())[0]!.adapters).toEqual([acme.model]);
    await engine.provider.deleteModel(engine.url, acme.model);
    expect((await engine.provider.refresh())[0]!.adapters).toEqual([]);
  });

  it("keeps at most --max-loras adapters resident, loading the others on demand", async () => {
    const engine = await vllmEngine({ maxLoras: 2, adapterLoadMs: 5 });
    const specs = ["a", "b", "c"].map((slug) => spec(slug, true));
    const gateway = gatewayOn(engine, specs);
    for (const s of [...specs, specs[0]!]) await gateway.generate({ model: createRequest(s).model, messages: user("x") });
    expect(engine.double.residentAdapters().length).toBe(2);
    expect(engine.double.stats.adapterLoads).toBe(4);
    expect(engine.double.stats.evictions).toBe(2);
  });
});
