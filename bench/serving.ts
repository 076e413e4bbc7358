/**
 * `npm run bench:serving`: thousands of tenant models on shared GPUs, as a
 * mix of 200 tenants (120 with their own LoRA adapter) sending 2,000
 * generations with Zipf-skewed popularity (s = 1.1), over 4 simulated hosts
 * in their own processes. The same generations, in the same order, with 16
 * at once (four workers of four slots), in each configuration:
 *
 *   - ollama_random:   4 Ollama doubles, today's routing before affinity
 *                      (`warm_first`: a host with the model loaded and a free
 *                      slot in this process's view, else the freest host);
 *   - ollama_affinity: 4 Ollama doubles, routing by runner key with
 *                      bounded-load consistent hashing (domain/host-ring.ts);
 *   - vllm:            the vLLM double(s), adapters loaded at run time
 *                      (at most 16 resident), chosen per request by name.
 *
 * Every Ollama double has a reload cost (SERVING_LOAD_MS, default 400 ms)
 * each time a host switches to a runner it has not loaded, at most
 * SERVING_MAX_RUNNERS (default 3, Ollama's CPU default) loaded at once.
 * Reported per configuration: reloads (runner loads the hosts did; adapter
 * loads for vLLM), p95 wait (request sent → first token, which includes any
 * load and queueing) and generations per second over the run.
 *
 * The last line of stdout is one JSON object.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ModelGateway } from "@/ai/gateway";
import { OllamaProvider, type HostRouting } from "@/ai/ollama/provider";
import { OpenAIProvider } from "@/ai/openai/provider";
import { createRequest, runnerKey } from "@/ai/tenant-model";
import { DEFAULT_RING } from "@/domain/host-ring";
import { schedule } from "@/domain/scheduling";
import { envInt, percentile, round, sleep } from "./queue/stats";
import { startDouble, startVllmDouble } from "./support/double";
import { servingTenants, zipfRequests, type MixTenant } from "./support/serving-mix";

const HOSTS = 4;
const TENANTS = envInt("SERVING_TENANTS", 200, 10, 5_000);
const WITH_ADAPTER = Math.round(TENANTS * 0.6);
const GENERATIONS = envInt("SERVING_GENERATIONS", 2_000, 50, 100_000);
const CONCURRENCY = 16;
const LOAD_MS = envInt("SERVING_LOAD_MS", 400, 0, 60_000);
const MAX_RUNNERS = envInt("SERVING_MAX_RUNNERS", 3, 1, 64);
const LOAD_FACTOR = Number(process.env.SERVING_LOAD_FACTOR ?? DEFAULT_RING.loadFactor);
const ADAPTER_LOAD_MS = envInt("SERVING_ADAPTER_LOAD_MS", 100, 0, 60_000);
/** vLLM's --max-num-seqs per engine: the slots the worker pool gives each engine. */
const VLLM_SEQS = 16;
const TTFT_MS = 30;
/** Waiting generations the queue's policy looks at for each free slot. */
const WINDOW = 64;
const TOKEN_MS = 4;
/** How long the queue lets jobs for a runner that is not loaded gather before loading it (SchedulingOptions.coldHoldMs). */
const COLD_HOLD_MS = envInt("SERVING_COLD_HOLD_MS", 0, 0, 60_000);
const out = (line = "") => process.stdout.write(`${line}\n`);

export interface ConfigResult {
  reloads: number;
  p95_wait_ms: number;
  gen_per_s: number;
}

const tenants = servingTenants(TENANTS, WITH_ADAPTER);
const mix = zipfRequests(TENANTS, GENERATIONS, 1.1);
const prompt = (i: number) => `Write a short subject line for the spring sale, request ${i}, in the brand's voice, about new arrivals and free delivery.`;

async function ollamaConfig(routing: HostRouting): Promise<ConfigResult> {
  const doubles = await Promise.all(
    Array.from({ length: HOSTS }, () => startDouble({ installed: ["qwen2.5:1.5b"], loadMs: LOAD_MS, maxLoadedRunners: MAX_RUNNERS, numParallel: 4, ttftMs: TTFT_MS, tokenIntervalMs: TOKEN_MS })),
  );
  try {
    const provider = new OllamaProvider(
      doubles.map((d) => ({ url: d.url, slots: 4 })),
      { routing, ring: { loadFactor: LOAD_FACTOR } },
    );
    const gateway = new ModelGateway(provider, { readBlob: async (digest) => adapterBytes(digest) });
    // Every tenant's version on every host, as builds leave them: routing alone decides where runners load.
    for (const tenant of tenants) {
      const request = createRequest(tenant.spec);
      await gateway.ensureModel(request);
      provider.noteRunner(request.model, runnerKey(tenant.spec));
    }
    await provider.refresh();
    provider.startPolling(1_000);
    const result = await replay(
      async (tenant, i) => {
        const generation = await gateway.generate({ model: createRequest(tenant.spec).model, messages: [{ role: "user", content: prompt(i) }] });
        return { waitMs: generation.timeToFirstTokenMs, loaded: generation.loadDurationMs > 0 };
      },
      CONCURRENCY,
      provider,
    );
    provider.stopPolling();
    return result;
  } finally {
    await Promise.all(doubles.map((d) => d.stop()));
  }
}

async function vllmConfig(): Promise<ConfigResult & { adapter_loads: number }> {
  const adapterDir = await mkdtemp(path.join(tmpdir(), "bench-serving-adapters-"));
  const engines = await Promise.all(
    Array.from({ length: HOSTS }, () =>
      startVllmDouble({ model: "Qwen/Qwen2.5-1.5B-Instruct", maxLoras: 16, maxNumSeqs: VLLM_SEQS, adapterLoadMs: ADAPTER_LOAD_MS, ttftMs: TTFT_MS, tokenIntervalMs: TOKEN_MS }),
    ),
  );
  try {
    const provider = new OpenAIProvider(
      engines.map((e) => ({ url: e.url, slots: VLLM_SEQS })),
      { adapterDir },
    );
    await provider.refresh();
    const gateway = new ModelGateway(provider, { readBlob: async (digest) => adapterBytes(digest) });
    for (const tenant of tenants) await gateway.ensureModel(createRequest(tenant.spec));
    const before = (await Promise.all(engines.map((e) => e.stats()))).reduce((n, s) => n + s.adapterLoads, 0);
    const result = await replay(async (tenant, i) => {
      const generation = await gateway.generate({ model: createRequest(tenant.spec).model, messages: [{ role: "user", content: prompt(i) }] });
      return { waitMs: generation.timeToFirstTokenMs, loaded: false };
    }, HOSTS * VLLM_SEQS);
    const loads = (await Promise.all(engines.map((e) => e.stats()))).reduce((n, s) => n + s.adapterLoads, 0) - before;
    return { ...result, reloads: loads, adapter_loads: loads };
  } finally {
    await Promise.all(engines.map((e) => e.stop()));
    await rm(adapterDir, { recursive: true, force: true });
  }
}

/**
 * Replays the mix, `concurrency` at once (the pool's slots for these hosts).
 * With Ollama hosts, each free slot takes its next generation the way the
 * queue does (domain/scheduling.ts over the next 64 waiting, with
 * the provider's view of the hosts: runner affinity, then age; a job
 * waiting 30 s goes first), so both Ollama configurations have today's
 * queue and differ only in routing and in the view it works on.
 */
async function replay(
  generate: (tenant: MixTenant, i: number) => Promise<{ waitMs: number; loaded: boolean }>,
  concurrency: number,
  ollama?: OllamaProvider,
): Promise<ConfigResult> {
  const waits: number[] = [];
  let reloads = 0;
  const started = performance.now();
  const pending = mix.map((tenant, i) => ({ id: String(i), tenant, i, seenAt: 0 }));
  const next = async () => {
    for (;;) {
      if (pending.length === 0) return null;
      if (!ollama) return pending.shift()!;
      const window = pending.slice(0, WINDOW);
      const now = Date.now();
      for (const job of window) job.seenAt ||= now;
      const [pick] = schedule({
        candidates: window.map((job) => ({
          id: job.id,
          tenantId: `t${job.tenant}`,
          priority: 1,
          runnerKey: ollama.runnerKeyOf(createRequest(tenants[job.tenant]!.spec).model),
          readyAt: job.seenAt,
        })),
        load: {},
        hosts: ollama.schedulerHosts(),
        home: (key) => ollama.homeOf(key),
        slots: 1,
        now,
        options: { coldHoldMs: COLD_HOLD_MS },
      });
      if (pick) return pending.splice(pending.findIndex((job) => job.id === pick.jobId), 1)[0]!;
      await sleep(2);
    }
  };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let job = await next(); job; job = await next()) {
        const { waitMs, loaded } = await generate(tenants[job.tenant]!, job.i);
        waits.push(waitMs);
        if (loaded) reloads++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { reloads, p95_wait_ms: round(percentile(waits, 95), 1), gen_per_s: round(GENERATIONS / seconds, 2) };
}

function adapterBytes(digest: string): Uint8Array<ArrayBuffer> {
  const tenant = tenants.find((t) => t.spec.adapter?.digest === digest);
  if (!tenant?.adapter) throw new Error(`no adapter ${digest}`);
  return tenant.adapter;
}

function line(name: string, r: ConfigResult) {
  out(`${name.padEnd(18)} reloads ${String(r.reloads).padStart(5)}   p95 wait ${String(r.p95_wait_ms).padStart(8)} ms   ${String(r.gen_per_s).padStart(7)} gen/s`);
}

async function main() {
  const popular = new Set(mix).size;
  out(`bench:serving: ${TENANTS} tenants (${WITH_ADAPTER} with an adapter), ${GENERATIONS} generations (Zipf s=1.1, ${popular} tenants asked at least once), ${HOSTS} hosts, ${CONCURRENCY} at once`);
  out(`Ollama doubles: reload ${LOAD_MS} ms per runner switch, at most ${MAX_RUNNERS} runners loaded per host, 4 parallel per runner`);
  const random = await ollamaConfig("warm_first");
  line("ollama_random", random);
  const affinity = await ollamaConfig("affinity");
  line("ollama_affinity", affinity);
  out();
  out(`affinity: reloads ×${round(affinity.reloads / Math.max(1, random.reloads), 3)} of today's routing (target ≤ 0.25), p95 wait ×${round(affinity.p95_wait_ms / random.p95_wait_ms, 2)} (target ≤ 1.25)`);
  const vllm = await vllmConfig();
  out(`vllm               adapter loads ${vllm.adapter_loads}   p95 wait ${vllm.p95_wait_ms} ms   ${vllm.gen_per_s} gen/s   (${HOSTS} engines, ≤ 16 resident adapters, ${VLLM_SEQS} sequences each)`);
  out(`vllm: ×${round(vllm.gen_per_s / random.gen_per_s, 2)} the generations per second of today's Ollama routing (target ≥ 3)`);
  out(JSON.stringify({ ollama_random: random, ollama_affinity: affinity, vllm: { adapter_loads: vllm.adapter_loads, p95_wait_ms: vllm.p95_wait_ms, gen_per_s: vllm.gen_per_s } }));
}

await main();
