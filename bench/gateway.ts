/**
 * `npm run bench:gateway`: generations through the whole app path — enqueue
 * in a tenant transaction, claim by the queue runner, the model gateway, the
 * Ollama provider over HTTP, tokens published by NOTIFY — against the Ollama
 * test double with a fixed 20 ms to first token and a fixed token rate.
 *
 * added TTFT = (first token seen by a LISTENer, as the SSE route sees it)
 *              − (enqueue call started) − (the double's own 20 ms)
 * measured on paced arrivals (the pool is never saturated), so it is what the
 * app adds, not queueing. generations/s comes from a burst of the same size.
 * The last line of stdout is one JSON object.
 */
import pino from "pino";
import postgres from "postgres";
import { z } from "zod";
import { ModelGateway } from "@/ai/gateway";
import { OllamaProvider } from "@/ai/ollama/provider";
import { createRequest, DEFAULT_SAMPLING, ollamaModelName, type TenantModelSpec } from "@/ai/tenant-model";
import { createDatabase } from "@/server/db/client";
import { withTenant } from "@/server/db/with-tenant";
import { CHANNEL_JOB_EVENTS, type JobEvent } from "@/server/queue/channels";
import { enqueueJobs } from "@/server/queue/enqueue";
import { createQueuePool } from "@/server/queue/store";
import { OllamaDouble } from "../e2e/ollama-double/server";
import { defineHandler } from "../workers/registry";
import { QueueRunner } from "../workers/queue/runner";
import { startBenchDatabase } from "./support/database";
import { envInt, median, nowMs, percentile, round, sleep, waitUntil } from "./queue/stats";

const GENERATIONS = envInt("BENCH_GENERATIONS", 200, 20, 2_000);
const TENANTS = envInt("BENCH_TENANTS", 20, 1, 200);
const CONCURRENCY = envInt("BENCH_CONCURRENCY", 8, 1, 32);
const GAP_MS = envInt("BENCH_GAP_MS", 25, 1, 1_000);
const RUNS = envInt("BENCH_RUNS", 3, 1, 9);
const DOUBLE_TTFT_MS = 20;
const TOKEN_INTERVAL_MS = 5;
const out = (line = "") => process.stdout.write(`${line}\n`);

async function main() {
  let database: Awaited<ReturnType<typeof startBenchDatabase>> | null = null;
  const double = new OllamaDouble({ installed: ["qwen2.5:1.5b"], ttftMs: DOUBLE_TTFT_MS, tokenIntervalMs: TOKEN_INTERVAL_MS, loadMs: 0, numParallel: CONCURRENCY });
  const closers: (() => Promise<unknown>)[] = [];
  try {
    database = await startBenchDatabase("gw");
    const { ownerUrl, appUrl } = database;
    const ollamaUrl = await double.listen();
    closers.push(() => double.close());

    const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
    closers.push(() => owner.end());
    const provider = new OllamaProvider([{ url: ollamaUrl, slots: CONCURRENCY }]);
    const tenants: { id: string; model: string }[] = [];
    for (let i = 0; i < TENANTS; i++) {
      const slug = `bench-${i}`;
      const [row] = await owner<{ id: string }[]>`insert into organization (name, slug) values (${slug}, ${slug}) returning id`;
      const spec: TenantModelSpec = { tenantSlug: slug, version: 1, base: "qwen2.5:1.5b", system: `You write for ${slug}.`, sampling: DEFAULT_SAMPLING, examples: [], adapter: null };
      await provider.create(ollamaUrl, createRequest(spec));
      tenants.push({ id: row!.id, model: ollamaModelName(slug, 1) });
    }

    const { db, sql: appSql } = createDatabase(appUrl, { max: 8 });
    closers.push(() => appSql.end());
    const gateway = new ModelGateway(provider);
    const handler = defineHandler({
      type: "bench.generate",
      payload: z.object({ model: z.string(), prompt: z.string() }),
      async run(payload, { signal, emit }) {
        const result = await gateway.generate({ model: payload.model, messages: [{ role: "user", content: payload.prompt }], signal, onToken: emit });
        return { tokens: result.completionTokens };
      },
    });
    const queueSql = createQueuePool(appUrl, CONCURRENCY + 4);
    closers.push(() => queueSql.end());
    const runner = new QueueRunner({ sql: queueSql, handlers: [handler], log: pino({ level: "silent" }), concurrency: CONCURRENCY, pollMs: 1_000 });
    await runner.start();
    closers.unshift(() => runner.stop());

    // A LISTENer like the SSE route: first token per job, and completions.
    const listener = postgres(appUrl, { max: 1, onnotice: () => {} });
    closers.push(() => listener.end());
    const firstToken = new Map<string, number>();
    const done = new Set<string>();
    await listener.listen(CHANNEL_JOB_EVENTS, (payload) => {
      const event = JSON.parse(payload) as JobEvent;
      if (event.kind === "token" && !firstToken.has(event.jobId)) firstToken.set(event.jobId, nowMs());
      if (event.kind === "state" && event.state === "succeeded") done.add(event.jobId);
    });

    const enqueueOne = async (i: number) => {
      const tenant = tenants[i % tenants.length]!;
      const started = nowMs();
      const [job] = await withTenant(db, tenant.id, (tx) =>
        enqueueJobs(tx, tenant.id, [{ type: "bench.generate", payload: { model: tenant.model, prompt: `Subject line number ${i} for the spring sale` }, priority: "interactive" }]),
      );
      return { id: job!.id, started };
    };

    const addedP50: number[] = [];
    const addedP99: number[] = [];
    const rates: number[] = [];
    // Warm-up: the double loads its runner, connections open.
    const warm = await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => enqueueOne(i)));
    await waitUntil(() => warm.every((j) => done.has(j.id)), 30_000, "warm-up");

    for (let run = 1; run <= RUNS; run++) {
      const paced: { id: string; started: number }[] = [];
      for (let i = 0; i < GENERATIONS; i++) {
        paced.push(await enqueueOne(i));
        await sleep(GAP_MS);
      }
      await waitUntil(() => paced.every((j) => done.has(j.id)), 60_000, "paced generations");
      const added = paced.map((j) => firstToken.get(j.id)! - j.started - DOUBLE_TTFT_MS);
      const p50 = percentile(added, 50);
      const p99 = percentile(added, 99);

      const burstStarted = nowMs();
      const burst = await Promise.all(Array.from({ length: GENERATIONS }, (_, i) => enqueueOne(i)));
      await waitUntil(() => burst.every((j) => done.has(j.id)), 120_000, "burst generations");
      const rate = GENERATIONS / ((nowMs() - burstStarted) / 1000);
      out(`run ${run}: added TTFT p50 ${round(p50, 2)} ms p99 ${round(p99, 2)} ms (paced, ${GAP_MS} ms apart); burst ${round(rate, 1)} generations/s`);
      addedP50.push(p50);
      addedP99.push(p99);
      rates.push(rate);
    }
    out(`double: ${DOUBLE_TTFT_MS} ms to first token, a token every ${TOKEN_INTERVAL_MS} ms; runner loads ${double.stats.loads} (${TENANTS} tenants on one base)`);
    out(`medians of ${RUNS}: added TTFT p50 ${round(median(addedP50), 2)} ms, p99 ${round(median(addedP99), 2)} ms; ${round(median(rates), 1)} generations/s`);
    out(JSON.stringify({ added_ttft_p50_ms: round(median(addedP50), 2), added_ttft_p99_ms: round(median(addedP99), 2), generations_per_s: round(median(rates), 1) }));
  } finally {
    for (const close of closers) await close().catch(() => undefined);
    await database?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
