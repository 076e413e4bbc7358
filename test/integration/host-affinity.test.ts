/**
 * Host affinity across Ollama hosts, shared by processes through Postgres:
 * two providers stand for two worker processes; the doubles are real HTTP
 * servers speaking Ollama's protocol.
 */
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { ModelGateway } from "@/ai/gateway";
import { OllamaProvider } from "@/ai/ollama/provider";
import { createRequest, DEFAULT_SAMPLING, runnerKey, type TenantModelSpec } from "@/ai/tenant-model";
import { ringOrder } from "@/domain/host-ring";
import { getDb } from "@/server/db/client";
import { PostgresHostDirectory } from "@/server/models/host-directory";
import { OllamaDouble, type DoubleOptions } from "../../e2e/ollama-double/server";
import { defineHandler } from "../../workers/registry";
import { allFinished, createTenantRow, enqueue, startRunner, waitFor } from "../support/queue";

const doubles: OllamaDouble[] = [];
afterEach(async () => {
  await Promise.all(doubles.splice(0).map((d) => d.close()));
});

async function hosts(count: number, options: DoubleOptions = {}) {
  const started = await Promise.all(
    Array.from({ length: count }, async () => {
      const double = new OllamaDouble({ installed: ["qwen2.5:1.5b"], ...options });
      doubles.push(double);
      return { double, url: await double.listen() };
    }),
  );
  return started;
}

/** A provider as one worker process has it, sharing the host view through the test database. */
function workerProcess(urls: string[], slots = 1) {
  const directory = new PostgresHostDirectory(getDb());
  const provider = new OllamaProvider(
    urls.map((url) => ({ url, slots })),
    { directory, onDirectoryError: (error) => { throw error; } },
  );
  return { provider, directory };
}

const spec = (slug: string, digest: string): TenantModelSpec => ({
  tenantSlug: slug,
  version: 1,
  base: "qwen2.5:1.5b",
  system: `You write for ${slug}.`,
  sampling: DEFAULT_SAMPLING,
  examples: [],
  adapter: { filename: "adapter.gguf", digest },
});
const user = (content: string) => [{ role: "user" as const, content }];

describe("routing by runner key", () => {
  it("sends a tenant's runner to one host, the same in every process", async () => {
    const started = await hosts(3);
    const urls = started.map((s) => s.url);
    const a = workerProcess(urls);
    const b = workerProcess(urls);
    await Promise.all([a.provider.refresh(), b.provider.refresh()]);
    for (let i = 0; i < 20; i++) {
      const model = `brandsmith/t${i}:v1`;
      const key = runnerKey({ base: "qwen2.5:1.5b", adapter: { digest: `sha256:${String(i).padStart(64, "0")}` } });
      a.provider.noteRunner(model, key);
      b.provider.noteRunner(model, key);
      expect(a.provider.route(model)).toBe(ringOrder(key, urls)[0]);
      expect(b.provider.route(model)).toBe(a.provider.route(model));
    }
  });

  it("sheds a host from every process once one of them finds it down", async () => {
    const started = await hosts(3);
    const urls = started.map((s) => s.url);
    const a = workerProcess(urls);
    const b = workerProcess(urls);
    await Promise.all([a.provider.refresh(), b.provider.refresh()]);
    const key = "qwen2.5:1.5b|sha256:shed";
    a.provider.noteRunner("brandsmith/shed:v1", key);
    b.provider.noteRunner("brandsmith/shed:v1", key);
    const [home, next] = ringOrder(key, urls);
    await started.find((s) => s.url === home)!.double.close();

    // Process A's generation finds the host gone, fails over to the next host on the ring and tells the others.
    const result = await new ModelGateway(a.provider).generate({ model: "qwen2.5:1.5b", messages: user("hi") }).catch(() => null);
    await a.provider.refresh();
    expect(a.provider.hosts().find((h) => h.url === home)!.healthy).toBe(false);
    expect(result === null || result.host !== home).toBe(true);
    // Process B has not polled since, yet sees the host down after exchanging views.
    await b.provider.share();
    expect(b.provider.hosts().find((h) => h.url === home)!.healthy).toBe(false);
    expect(b.provider.route("brandsmith/shed:v1")).toBe(next);
  });

  it("counts the other processes' in-flight requests against a host's bound, so a hot runner spills to the next host", async () => {
    const started = await hosts(3, { tokenIntervalMs: 40 });
    const urls = started.map((s) => s.url);
    const a = workerProcess(urls);
    const b = workerProcess(urls);
    await Promise.all([a.provider.refresh(), b.provider.refresh()]);
    const model = "qwen2.5:1.5b";
    const [home, next] = ringOrder(`${model}|-`, urls);
    const gatewayA = new ModelGateway(a.provider);
    // One slot per host: A's two requests take the home host to its bound (c = 2: twice the average of 3 requests over 3 hosts).
    const running = [1, 2].map(() => gatewayA.generate({ model, messages: user("a long answer for a busy runner") }));
    await waitFor(async () => a.provider.hosts().find((h) => h.url === home)!.inFlight === 2 || null, 5_000, "A's requests in flight");
    expect(b.provider.route(model)).toBe(home);
    await a.provider.share();
    await b.provider.share();
    expect(b.provider.hosts().find((h) => h.url === home)!.sharedInFlight).toBe(2);
    expect(b.provider.route(model)).toBe(next);
    await Promise.all(running);
  });

  it("adds up requests and reloads per host over all processes", async () => {
    const started = await hosts(2);
    const urls = started.map((s) => s.url);
    const a = workerProcess(urls);
    const b = workerProcess(urls);
    const gatewayA = new ModelGateway(a.provider);
    const gatewayB = new ModelGateway(b.provider);
    await Promise.all([a.provider.refresh(), b.provider.refresh()]);
    await gatewayA.generate({ model: "qwen2.5:1.5b", messages: user("one") });
    await gatewayA.generate({ model: "qwen2.5:1.5b", messages: user("two") });
    await gatewayB.generate({ model: "qwen2.5:1.5b", messages: user("three") });
    await a.provider.refresh();
    await b.provider.refresh();
    const home = ringOrder("qwen2.5:1.5b|-", urls)[0];
    const seen = b.provider.hosts().find((h) => h.url === home)!;
    expect(seen.requests).toBe(3);
    // A loaded the runner with its first request; B found it loaded (from A's report after its poll, or its own).
    expect(seen.reloads).toBeGreaterThanOrEqual(1);
    expect(seen.reloads).toBeLessThanOrEqual(2);
    expect(started.find((s) => s.url === home)!.double.stats.loads).toBe(1);
  });
});

describe("a host that disappears mid-batch", () => {
  it("sheds its tenants to the next host on the ring without losing a job", async () => {
    const started = await hosts(3, { tokenIntervalMs: 10 });
    const urls = started.map((s) => s.url);
    const { provider } = workerProcess(urls, 2);
    await provider.refresh();
    // Each tenant has its own adapter; a host that lacks it gets it pushed from here (as from the adapter store).
    const adapters = Array.from({ length: 6 }, (_, i) => new TextEncoder().encode(`lora adapter ${i}`) as Uint8Array<ArrayBuffer>);
    const digests = new Map(adapters.map((bytes) => [`sha256:${createHash("sha256").update(bytes).digest("hex")}`, bytes]));
    const specs = [...digests.keys()].map((digest, i) => spec(`shed${i}`, digest));
    const byName = new Map(specs.map((s) => [createRequest(s).model, s]));
    for (const s of specs) provider.noteRunner(createRequest(s).model, runnerKey(s));
    const gateway = new ModelGateway(provider, {
      resolveModel: async (model) => (byName.has(model) ? createRequest(byName.get(model)!) : null),
      readBlob: async (digest) => digests.get(digest)!,
    });
    const generate = defineHandler({
      type: "test.affinity.generate",
      payload: z.object({ model: z.string() }),
      async run(payload, { signal }) {
        const result = await gateway.generate({ model: payload.model, messages: user("Spring sale subject"), signal });
        return { host: result.host };
      },
    });
    const tenant = await createTenantRow();
    const worker = await startRunner([generate], { retryBaseMs: 20, concurrency: 4 });
    const victim = ringOrder(runnerKey(specs[0]!), urls)[0]!;
    const jobs = await enqueue(
      tenant,
      Array.from({ length: 24 }, (_, i) => ({ type: "test.affinity.generate", payload: { model: createRequest(specs[i % specs.length]!).model } })),
    );
    await waitFor(async () => started.find((s) => s.url === victim)!.double.stats.chats > 0 || null, 10_000, "the first job on the victim host");
    await started.find((s) => s.url === victim)!.double.close();
    const done = await waitFor(() => allFinished(jobs.map((j) => j.id)), 25_000, "every job");
    await worker.stop();
    expect(done.map((j) => j.state)).toEqual(jobs.map(() => "succeeded"));
    expect(provider.hosts().find((h) => h.url === victim)!.healthy).toBe(false);
  });
});

