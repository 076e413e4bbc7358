/**
 * `npm run bench:ingest`: what a person waits for after uploading a brand
 * guide, and compliance checks of typical 300-word emails on one core.
 *
 * The guide is a generated 50-page PDF shaped like a real one (headings,
 * prose drawn from a vocabulary by a seeded PRNG, bulleted lists, tables,
 * two-column do/don't pages, callouts, running header and footers:
 * bench/support/brand-guide-pdf.ts). Each run uploads it through
 * uploadGuide — the service the upload route calls once it has read the
 * body — into an embedded PostgreSQL; a worker in its own process, as in
 * production (QueueRunner with the product's handlers,
 * bench/support/worker-process.ts), runs the brand.ingest job (read the
 * file, parse with its layout, split into passages, index them); the clock
 * stops when listGuides — what the Brand page lists — called from this
 * process, as the web server calls it, reads the guide back "ready".
 * Embeddings are off (no model server), as in the default install.
 *   ingest_s       — upload → "ready" read back, median of 3 runs
 *   followups_s    — upload → the follow-up jobs the ingest queues (builtin
 *                    model training, reading the profile) done, median of 3;
 *                    not part of ingest_s: the page shows the guide ready
 *                    before them and the profile arrives later
 *   parse_s        — same-run baseline: the same file through parseGuide
 *                    and chunkGuide alone (the job's pure work, no
 *                    database, no queue), in this process, median of 3
 *   noop_job_ms    — same-run baseline: a job that does nothing, enqueued
 *                    in a tenant transaction and polled through getJob until
 *                    succeeded, on the same worker, median of 10
 * Both waits poll every 20 ms. Start-up (database, migrations, worker) and a
 * warm-up upload (whose follow-ups also finish) are outside the clock; each
 * run starts when the previous one's follow-ups are done.
 * The last line of stdout is one JSON object.
 */
import { Readable } from "node:stream";
import postgres from "postgres";
import { chunkGuide } from "@/domain/brand-guide/sections";
import { checkCopy, EMPTY_PROFILE, type ComplianceProfile } from "@/domain/compliance";
import { parseGuide } from "@/server/brand/parse-guide";
import { getConnection } from "@/server/db/client";
import { withTenant } from "@/server/db/with-tenant";
import { enqueueJobs } from "@/server/queue/enqueue";
import { listGuides, uploadGuide } from "@/server/services/brand-guides";
import type { ServiceContext } from "@/server/services/context";
import { getJob, listJobs } from "@/server/services/jobs";
import { brandGuidePdf } from "./support/brand-guide-pdf";
import { startBenchDatabase } from "./support/database";
import { NOOP_JOB, startBenchWorker } from "./support/worker";
import { benchWorkspace } from "./support/workspace";
import { envInt, median, round, waitUntil } from "./queue/stats";

const PAGES = envInt("BENCH_PAGES", 50, 1, 500);
const RUNS = envInt("BENCH_RUNS", 3, 1, 9);
const NOOP_JOBS = envInt("BENCH_NOOP_JOBS", 10, 1, 100);
const POLL_MS = 20;
const out = (line = "") => process.stdout.write(`${line}\n`);

/** Resolves when the tenant's queue (as the Jobs page counts it) has nothing pending or running; fails if a job failed. */
async function queueIdle(ctx: ServiceContext, what: string) {
  await waitUntil(
    async () => {
      const { counts, jobs } = await listJobs(ctx, { state: "failed", limit: 5 });
      if (counts.failed > 0) throw new Error(`jobs failed: ${jobs.map((j) => `${j.type}: ${j.lastError}`).join("; ")}`);
      return counts.pending === 0 && counts.running === 0;
    },
    600_000,
    what,
    POLL_MS,
  );
}

/** One upload, timed to the guide read back ready and then to its follow-up jobs done. */
async function ingestRun(ctx: ServiceContext, data: Buffer, filename: string) {
  const started = performance.now();
  const { guide } = await uploadGuide(ctx, { filename, body: Readable.from([data]) });
  let ready: Awaited<ReturnType<typeof listGuides>>[number] | undefined;
  await waitUntil(
    async () => {
      ready = (await listGuides(ctx)).find((g) => g.id === guide.id);
      if (ready?.status === "failed") throw new Error(`ingest failed: ${ready.error}`);
      return ready?.status === "ready";
    },
    600_000,
    "the guide to be ready",
    POLL_MS,
  );
  const readyS = (performance.now() - started) / 1000;
  await queueIdle(ctx, "the follow-up jobs");
  return { readyS, followUpsS: (performance.now() - started) / 1000, pages: ready!.pages ?? 0, passages: ready!.chunks ?? 0 };
}

async function noopRoundTrip(ctx: ServiceContext): Promise<number> {
  const started = performance.now();
  const [job] = await withTenant(ctx.db, ctx.tenantId, (tx) => enqueueJobs(tx, ctx.tenantId, [{ type: NOOP_JOB, payload: {}, priority: "interactive" }]));
  await waitUntil(async () => (await getJob(ctx, job!.id)).state === "succeeded", 60_000, "the no-op job", POLL_MS);
  return performance.now() - started;
}

async function ingestFigures() {
  let database: Awaited<ReturnType<typeof startBenchDatabase>> | null = null;
  const closers: (() => Promise<unknown>)[] = [];
  try {
    database = await startBenchDatabase("ingest");
    const { ownerUrl, appUrl } = database;
    // The services and handlers use the process's pool (getConnection), as the web server and worker do; no model server.
    process.env.DATABASE_URL = appUrl;
    delete process.env.OLLAMA_HOST;
    delete process.env.BRANDSMITH_EMBED_MODEL;
    const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
    closers.push(() => owner.end());
    const { db } = getConnection();
    closers.push(() => getConnection().sql.end());
    const ctx = await benchWorkspace(owner, db, { name: "Northwind Roasters", slug: "northwind-ingest" });
    const worker = await startBenchWorker(appUrl);
    closers.unshift(() => worker.stop());

    // One guide, a new edition line per upload (the service deduplicates identical files); edition 0 is the warm-up.
    const editions = await Promise.all(Array.from({ length: RUNS + 1 }, (_, edition) => brandGuidePdf({ pages: PAGES, seed: 2026, edition })));
    const pdf = editions[0]!;
    const text = (await parseGuide("pdf", pdf.data)).map((p) => p.text).join("\n");
    out(`# Ingest benchmark: a ${pdf.pages}-page PDF guide (${Math.round(pdf.data.length / 1024)} KB, ${text.split(/\s+/).length.toLocaleString("en")} words; ${(text.match(/^\|/gm) ?? []).length} table rows), ${RUNS} runs after a warm-up`);

    const warmUp = await ingestRun(ctx, Buffer.from(pdf.data), "northwind-guide-0.pdf");
    out(`warm-up: ready in ${round(warmUp.readyS, 3)} s, follow-ups done in ${round(warmUp.followUpsS, 2)} s (not counted)`);
    const ready: number[] = [];
    const followUps: number[] = [];
    let shape = { pages: 0, passages: 0 };
    for (let run = 1; run <= RUNS; run++) {
      const result = await ingestRun(ctx, Buffer.from(editions[run]!.data), `northwind-guide-${run}.pdf`);
      ready.push(result.readyS);
      followUps.push(result.followUpsS);
      shape = { pages: result.pages, passages: result.passages };
      out(`run ${run}: upload → ${result.pages} pages, ${result.passages} passages, read back ready in ${round(result.readyS, 3)} s; follow-up jobs (builtin training, profile reading) done at ${round(result.followUpsS, 2)} s`);
    }

    const parses: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const started = performance.now();
      chunkGuide(await parseGuide("pdf", editions[run]!.data));
      parses.push((performance.now() - started) / 1000);
    }
    const noops: number[] = [];
    await noopRoundTrip(ctx);
    for (let i = 0; i < NOOP_JOBS; i++) noops.push(await noopRoundTrip(ctx));
    const figures = { ready: median(ready), followUps: median(followUps), parse: median(parses), noop: median(noops) };
    out(`same-run baselines: parse + split of the same file alone ${round(figures.parse, 3)} s (runs ${parses.map((s) => round(s, 3)).join(", ")}); a no-op job enqueue → succeeded ${round(figures.noop, 1)} ms (median of ${NOOP_JOBS})`);
    out(`medians of ${RUNS}: upload → ready ${round(figures.ready, 3)} s (${round(figures.ready / figures.parse, 2)}× the parse alone; ${round(figures.ready * 1000 - figures.parse * 1000, 0)} ms beyond it); → follow-ups done ${round(figures.followUps, 2)} s; target ≤ 3 s to ready`);
    return { pdf_pages: shape.pages, passages: shape.passages, ingest_s: round(figures.ready, 3), followups_s: round(figures.followUps, 2), parse_s: round(figures.parse, 3), noop_job_ms: round(figures.noop, 1) };
  } finally {
    for (const close of closers) await close().catch(() => undefined);
    await database?.stop();
  }
}

function email(): string {
  const words = "Our spring roasts arrive this week with bright citrus notes and a sweet finish that pairs well with milk or black on a slow morning".split(" ");
  return `${Array.from({ length: 300 }, (_, i) => words[i % words.length]).join(" ")}. Order at https://shop.example.com/spring\n\n{{unsubscribe}}`;
}

function complianceChecksPerSecond(): number {
  const profile: ComplianceProfile = {
    ...EMPTY_PROFILE,
    bannedTerms: ["cheap", "deal", "bargain", "discount", "sale", "hurry", "guru", "rockstar", "synergy", "leverage"].map((term) => ({ term })),
    productSpellings: [{ canonical: "PowerBrew X2" }, { canonical: "Northwind House Blend" }],
    disclaimers: [{ text: "Offer valid while stocks last." }],
    formatting: { maxExclamations: 1, allowEmoji: false },
  };
  const input = { subject: "Spring roasts are here", preheader: "Three new single origins, roasted this week in small batches.", body: email() };
  for (let i = 0; i < 300; i++) checkCopy(input, profile);
  const rates: number[] = [];
  for (let run = 0; run < 3; run++) {
    const n = 3000;
    const started = performance.now();
    for (let i = 0; i < n; i++) checkCopy(input, profile);
    rates.push(n / ((performance.now() - started) / 1000));
  }
  out(`compliance: ${rates.map((r) => Math.round(r)).join(", ")} checks/s (300-word email, 10 banned terms, 2 product names, 1 disclaimer, formatting rules; one core)`);
  return Math.round(median(rates));
}

async function main() {
  const ingest = await ingestFigures();
  const compliance = complianceChecksPerSecond();
  out(JSON.stringify({ ...ingest, compliance_checks_per_s: compliance }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
