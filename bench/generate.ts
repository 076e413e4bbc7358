/**
 * `npm run bench:generate`: email variants through the whole campaign
 * pipeline — generateVariants() in the tenant's transaction, the queue, the
 * real campaign.generate_variant handler (passage retrieval, prompt, the
 * model gateway over HTTP, structured output, content, compliance check,
 * revision and generation rows) — against the Ollama test double at a fixed
 * token rate (100 tokens/s, a small model on a modest GPU), in its own
 * process like a real model server, for 10 tenants × 10 variants.
 *
 * overhead per variant = (job created → revision stored, database clock)
 *                        − the double's own total_duration for that call
 * Briefs arrive 500 ms apart and the pool has room for all of them, so the
 * figure is what the pipeline adds, not time spent waiting for capacity.
 * The last line of stdout is one JSON object.
 */
import pino from "pino";
import postgres from "postgres";
import { EMPTY_BRAND_PROFILE } from "@/domain/brand-profile";
import { getConnection } from "@/server/db/client";
import { withTenant } from "@/server/db/with-tenant";
import { createQueuePool } from "@/server/queue/store";
import { insertProfileVersion } from "@/server/services/brand-profile";
import { createCampaign, generateVariants } from "@/server/services/campaigns";
import type { ServiceContext } from "@/server/services/context";
import { startDouble } from "./support/double";
import { jobHandlers } from "../workers/handlers";
import { QueueRunner } from "../workers/queue/runner";
import { startBenchDatabase } from "./support/database";
import { envInt, median, percentile, round, sleep, waitUntil } from "./queue/stats";

const TENANTS = envInt("BENCH_TENANTS", 10, 1, 50);
const VARIANTS = envInt("BENCH_VARIANTS", 10, 1, 10);
const RUNS = envInt("BENCH_RUNS", 3, 1, 9);
const CONCURRENCY = envInt("BENCH_CONCURRENCY", 40, 1, 100);
const TOKEN_INTERVAL_MS = 10;
const DOUBLE_TTFT_MS = 20;
const BRIEF_GAP_MS = envInt("BENCH_BRIEF_GAP_MS", 500, 0, 5_000);
const out = (line = "") => process.stdout.write(`${line}\n`);

const GUIDE = [
  ["Voice", "We write like a friendly barista: warm, direct, short sentences. We never rush people."],
  ["Words we avoid", "Never call our coffee cheap; say affordable. Avoid hype words like amazing and revolutionary."],
  ["Products", "Every roast names its origin and roast day. Spring roast notes are floral and bright."],
  ["Offers", "Offers always state their end date. Offer valid while stocks last."],
];

async function main() {
  let database: Awaited<ReturnType<typeof startBenchDatabase>> | null = null;
  const closers: (() => Promise<unknown>)[] = [];
  try {
    database = await startBenchDatabase("gen");
    const { ownerUrl, appUrl } = database;
    // The handlers use the process's database (getDb), as in a worker.
    process.env.DATABASE_URL = appUrl;
    const double = await startDouble({ installed: ["qwen2.5:1.5b"], ttftMs: DOUBLE_TTFT_MS, tokenIntervalMs: TOKEN_INTERVAL_MS, loadMs: 0, numParallel: CONCURRENCY });
    closers.push(double.stop);
    process.env.OLLAMA_HOST = `${double.url}|${CONCURRENCY}`;
    process.env.OLLAMA_POLL_MS = "60000";

    const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
    closers.push(() => owner.end());
    const { db } = getConnection();
    closers.push(() => getConnection().sql.end());
    const [person] = await owner<{ id: string }[]>`insert into "user" (name, email, email_verified) values ('Bench Marketer', 'bench@example.com', true) returning id`;
    const contexts: ServiceContext[] = [];
    for (let i = 0; i < TENANTS; i++) {
      const slug = `bench-${i}`;
      const [tenant] = await owner<{ id: string }[]>`insert into organization (name, slug) values (${`Roastery ${i}`}, ${slug}) returning id`;
      const [guide] = await owner<{ id: string }[]>`
        insert into brand_guides (tenant_id, filename, kind, size, sha256, status, chunks)
        values (${tenant!.id}, 'guide.md', 'markdown', 1000, ${`sha-${i}`}, 'ready', ${GUIDE.length}) returning id`;
      for (const [ordinal, [section, text]] of GUIDE.entries()) {
        await owner`insert into brand_chunks (tenant_id, guide_id, ordinal, section, text) values (${tenant!.id}, ${guide!.id}, ${ordinal}, ${section!}, ${text!})`;
      }
      const ctx: ServiceContext = { tenantId: tenant!.id, db, actor: { userId: person!.id, email: "bench@example.com", name: "Bench Marketer", role: "marketer" } };
      await withTenant(db, ctx.tenantId, (tx) =>
        insertProfileVersion(tx, ctx.tenantId, person!.id, { ...EMPTY_BRAND_PROFILE, bannedTerms: [{ term: "cheap", replacement: "affordable", source: null }], requiredDisclaimers: [{ text: "Offer valid while stocks last.", source: null }] }, "edited"),
      );
      contexts.push(ctx);
    }

    const queueSql = createQueuePool(appUrl, 8);
    closers.push(() => queueSql.end());
    const runner = new QueueRunner({ sql: queueSql, handlers: jobHandlers, log: pino({ level: "silent" }), concurrency: CONCURRENCY, pollMs: 1_000 });
    await runner.start();
    closers.unshift(() => runner.stop());

    const brief = (i: number, run: number) => ({
      name: `Spring roast ${run}-${i}`,
      type: "promotion",
      goal: "Drive purchases of the spring roast during launch week.",
      audience: "Home brewers on our newsletter",
      offer: "15% off the first bag until Sunday",
      keyMessage: "Our spring roast is bright and floral, roasted in small batches every Tuesday.",
      products: [{ name: "Spring Roast", url: "https://shop.example/spring", price: "€14.90", facts: "Washed Ethiopian beans with notes of jasmine." }],
      tones: ["warm"],
      ctaText: "Shop the spring roast",
      ctaUrl: "https://shop.example/spring",
      length: "short",
      sendDate: "",
      variants: VARIANTS,
    });

    const runBatch = async (run: number) => {
      const started = performance.now();
      const jobIds: string[] = [];
      for (const [i, ctx] of contexts.entries()) {
        const { campaignId } = await createCampaign(ctx, brief(i, run));
        jobIds.push(...(await generateVariants(ctx, campaignId)).jobIds);
        await sleep(BRIEF_GAP_MS);
      }
      await waitUntil(async () => {
        const [row] = await owner<{ n: number }[]>`select count(*)::int as n from jobs where id = any(${jobIds}::uuid[]) and state in ('succeeded', 'failed', 'cancelled')`;
        return row!.n === jobIds.length;
      }, 120_000, "variants", 50);
      const wall = (performance.now() - started) / 1000;
      const rows = await owner<{ state: string; wall_ms: number; model_ms: number; wait_ms: number; score: number }[]>`
        select j.state, extract(epoch from (r.created_at - j.created_at)) * 1000 as wall_ms, (d.generation->>'totalMs')::float as model_ms,
          extract(epoch from (j.started_at - j.created_at)) * 1000 as wait_ms, r.score
        from jobs j join drafts d on d.job_id = j.id join draft_revisions r on r.draft_id = d.id and r.number = 1
        where j.id = any(${jobIds}::uuid[])`;
      if (rows.length !== jobIds.length) {
        const errors = await owner<{ last_error: string }[]>`select distinct last_error from jobs where id = any(${jobIds}::uuid[]) and state <> 'succeeded'`;
        throw new Error(`only ${rows.length} of ${jobIds.length} variants were written: ${errors.map((e) => e.last_error).join("; ")}`);
      }
      return { wall, overhead: rows.map((r) => Number(r.wall_ms) - Number(r.model_ms)), model: rows.map((r) => Number(r.model_ms)), wait: rows.map((r) => Number(r.wait_ms)) };
    };

    await runBatch(0); // warm-up: connections, the double's runner, JIT
    const p50s: number[] = [];
    const p99s: number[] = [];
    const walls: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const { wall, overhead, model, wait } = await runBatch(run);
      const p50 = percentile(overhead, 50);
      const p99 = percentile(overhead, 99);
      out(`run ${run}: ${overhead.length} variants in ${round(wall, 2)} s; model time p50 ${round(percentile(model, 50), 1)} ms; enqueue → start p50 ${round(percentile(wait, 50), 1)} ms; pipeline overhead p50 ${round(p50, 1)} ms, p99 ${round(p99, 1)} ms`);
      p50s.push(p50);
      p99s.push(p99);
      walls.push(wall);
    }
    out(`double: ${DOUBLE_TTFT_MS} ms to first token, a token every ${TOKEN_INTERVAL_MS} ms; pool of ${CONCURRENCY} slots; ${TENANTS} tenants × ${VARIANTS} variants, briefs ${BRIEF_GAP_MS} ms apart`);
    out(`medians of ${RUNS}: wall ${round(median(walls), 2)} s, overhead p50 ${round(median(p50s), 1)} ms, p99 ${round(median(p99s), 1)} ms (target p50 ≤ 50 ms)`);
    out(JSON.stringify({ variants: TENANTS * VARIANTS, wall_s: round(median(walls), 2), pipeline_overhead_p50_ms: round(median(p50s), 1), pipeline_overhead_p99_ms: round(median(p99s), 1) }));
  } finally {
    for (const close of closers) await close().catch(() => undefined);
    await database?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
