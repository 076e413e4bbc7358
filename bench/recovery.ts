/**
 * `npm run bench:recovery`: crash recovery as a marketer waits for it.
 *
 * 120 email variants (three workspaces × four campaigns × ten) are written
 * by the production worker pool — `workers/supervisor.ts` with two worker
 * processes of two slots, default lease (25 s) and poll (5 s) — through the
 * model gateway against the Ollama test double in its own process (about
 * 2–3 s per email). At fixed moments the bench:
 *   - SIGKILLs a worker process three times (slot 0, slot 1, slot 0 again);
 *   - freezes the other one with SIGSTOP for 40 s, then lets it go on;
 *   - stops Postgres for 30 s and starts it again on the same data.
 * It watches the jobs table every 100 ms (with the owner login) and reports:
 *   - kill recovery: for each job a killed worker held, kill → running again
 *     on another worker (p50/p95 over the three kills);
 *   - stall recovery: SIGSTOP → each of the frozen worker's jobs running
 *     again elsewhere (max);
 *   - written once / lost / duplicates: drafts with exactly one generated
 *     revision, none, or more than one; jobs that did not succeed are lost;
 *   - database outage: of the jobs not finished when Postgres stopped, how
 *     many did not succeed.
 * Same-run baselines beside them: the lease and poll (what recovery takes
 * when only the lease notices), and the median time one job runs.
 * The last line of stdout is one JSON object.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import { EMPTY_BRAND_PROFILE } from "@/domain/brand-profile";
import { getConnection } from "@/server/db/client";
import { withTenant } from "@/server/db/with-tenant";
import { insertProfileVersion } from "@/server/services/brand-profile";
import { createCampaign, generateVariants } from "@/server/services/campaigns";
import type { ServiceContext } from "@/server/services/context";
import { percentile, round, sleep } from "./queue/stats";
import { startBenchDatabase, type BenchDatabase } from "./support/database";
import { startDouble } from "./support/double";

const WORKSPACES = 3;
const CAMPAIGNS = 4;
const VARIANTS = 10;
const LEASE_S = 25;
const POLL_S = 5;
/** Seconds after the batch is queued. */
const KILLS = [
  { at: 6, slot: 0 },
  { at: 16, slot: 1 },
  { at: 26, slot: 0 },
];
const FREEZE = { at: 34, slot: 1, seconds: 40 };
const OUTAGE = { at: 80, seconds: 30 };
const ROOT = path.resolve(import.meta.dirname, "..");
const out = (line = "") => process.stdout.write(`${line}\n`);

interface JobRow {
  id: string;
  state: string;
  locked_by: string | null;
  attempts: number;
}

interface LogLine {
  msg: string;
  pid: number;
  slot?: number;
  workerId?: string;
}

async function main() {
  let database: BenchDatabase | null = null;
  const closers: (() => Promise<unknown>)[] = [];
  let pool: ChildProcess | null = null;
  try {
    database = await startBenchDatabase("recovery");
    const { ownerUrl, appUrl } = database;
    process.env.DATABASE_URL = appUrl;
    const double = await startDouble({ installed: ["qwen2.5:1.5b"], ttftMs: 300, tokenIntervalMs: 25, loadMs: 0, numParallel: 4 });
    closers.push(double.stop);
    // Generate decides who writes when it is pressed: the model server, as in production.
    process.env.OLLAMA_HOST = `${double.url}|4`;
    process.env.OLLAMA_POLL_MS = "60000";
    process.env.MODEL_PROVIDER = "ollama";

    const contexts = await seed(ownerUrl);
    closers.push(() => getConnection().sql.end());

    // The production pool, in its own process group so the bench can always end it.
    const lines: LogLine[] = [];
    pool = spawn(process.execPath, ["--import", "tsx", "workers/supervisor.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: appUrl,
        WORKER_PROCESSES: "2",
        WORKER_CONCURRENCY: "2",
        QUEUE_LEASE_MS: String(LEASE_S * 1000),
        QUEUE_POLL_MS: String(POLL_S * 1000),
        OLLAMA_HOST: `${double.url}|4`,
        // Written by the model server (through the gateway), as production does: never the builtin fallback.
        MODEL_PROVIDER: "ollama",
        OLLAMA_POLL_MS: "60000",
        WORKER_METRICS_PORT: "",
        BRANDSMITH_SUPERVISED: "",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    });
    let partial = "";
    pool.stdout!.on("data", (chunk: Buffer) => {
      const text = partial + chunk.toString();
      const complete = text.split("\n");
      partial = complete.pop() ?? "";
      for (const line of complete) if (line.startsWith("{")) lines.push(JSON.parse(line) as LogLine);
    });
    const readyWorkers = () => lines.filter((line) => line.msg === "worker ready");
    await until(() => readyWorkers().length >= 2, 120_000, "both workers to be ready");
    /** The live pid of a slot: its latest "worker ready". */
    const pidOf = (slot: number) => readyWorkers().filter((line) => line.slot === slot).at(-1)!.pid;

    // The batch: every variant queued at once, as twelve marketers pressing Generate.
    const draftIds: string[] = [];
    const jobIds: string[] = [];
    for (const ctx of contexts) {
      for (let c = 0; c < CAMPAIGNS; c++) {
        const { campaignId } = await createCampaign(ctx, brief(c));
        const queued = await generateVariants(ctx, campaignId);
        draftIds.push(...queued.draftIds);
        jobIds.push(...queued.jobIds);
      }
    }
    const t0 = performance.now();
    const elapsed = () => (performance.now() - t0) / 1000;
    out(`${jobIds.length} jobs queued; 2 workers × 2 slots; lease ${LEASE_S} s, poll ${POLL_S} s`);

    // The watcher: each job's holder over time.
    const owner = postgres(ownerUrl, { max: 1, onnotice: () => {}, backoff: () => 0.5 });
    closers.push(() => owner.end({ timeout: 1 }));
    const holders = new Map<string, { by: string; at: number }[]>();
    const runStarts = new Map<string, number>();
    const runTimes: number[] = [];
    let latest: JobRow[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        try {
          latest = await owner<JobRow[]>`select id, state, locked_by, attempts from jobs where id = any(${jobIds}::uuid[])`;
          const now = elapsed();
          for (const job of latest) {
            const history = holders.get(job.id) ?? [];
            if (job.state === "running" && job.locked_by && history.at(-1)?.by !== job.locked_by) {
              history.push({ by: job.locked_by, at: now });
              holders.set(job.id, history);
              runStarts.set(job.id, now);
            }
            if (job.state === "succeeded" && runStarts.has(job.id)) {
              runTimes.push(now - runStarts.get(job.id)!);
              runStarts.delete(job.id);
            }
          }
        } catch {
          // The database is down: nothing to read until it is back.
        }
        await sleep(100);
      }
    })();
    const heldBy = (slot: number) => latest.filter((job) => job.state === "running" && job.locked_by && slotOf(job.locked_by) === slot).map((job) => job.id);
    /** Seconds from `from` until each job runs under a holder other than `lostHolder`; null if it never did. */
    const restarts = (ids: string[], from: number, lostHolders: Map<string, string>) =>
      ids.map((id) => {
        const next = (holders.get(id) ?? []).find((h) => h.at >= from && h.by !== lostHolders.get(id));
        return next ? next.at - from : null;
      });

    const killEvents: { at: number; jobs: string[]; holders: Map<string, string> }[] = [];
    for (const kill of KILLS) {
      await sleep(Math.max(0, (kill.at - elapsed()) * 1000));
      const jobs = heldBy(kill.slot);
      const lostHolders = new Map(jobs.map((id) => [id, latest.find((j) => j.id === id)!.locked_by!]));
      process.kill(pidOf(kill.slot), "SIGKILL");
      killEvents.push({ at: elapsed(), jobs, holders: lostHolders });
      out(`t=${elapsed().toFixed(1)} s  SIGKILL worker slot ${kill.slot}, holding ${jobs.length} job(s)`);
      // The slot comes back before the next event (the supervisor restarts it).
      await until(() => readyWorkers().filter((line) => line.slot === kill.slot).length > KILLS.filter((k) => k.slot === kill.slot && k.at <= kill.at).length, 60_000, "the killed worker's replacement");
    }

    await sleep(Math.max(0, (FREEZE.at - elapsed()) * 1000));
    const frozenPid = pidOf(FREEZE.slot);
    const frozenJobs = heldBy(FREEZE.slot);
    const frozenHolders = new Map(frozenJobs.map((id) => [id, latest.find((j) => j.id === id)!.locked_by!]));
    process.kill(frozenPid, "SIGSTOP");
    const frozenAt = elapsed();
    out(`t=${frozenAt.toFixed(1)} s  SIGSTOP worker slot ${FREEZE.slot} for ${FREEZE.seconds} s, holding ${frozenJobs.length} job(s)`);
    await sleep(FREEZE.seconds * 1000);
    process.kill(frozenPid, "SIGCONT");
    out(`t=${elapsed().toFixed(1)} s  SIGCONT: the frozen worker goes on`);

    await sleep(Math.max(0, (OUTAGE.at - elapsed()) * 1000));
    const unfinishedAtOutage = latest.filter((job) => !["succeeded", "failed", "cancelled"].includes(job.state)).map((job) => job.id);
    await database.pause();
    out(`t=${elapsed().toFixed(1)} s  Postgres stopped for ${OUTAGE.seconds} s with ${unfinishedAtOutage.length} job(s) unfinished`);
    await sleep(OUTAGE.seconds * 1000);
    await database.resume();
    out(`t=${elapsed().toFixed(1)} s  Postgres started again on the same data`);

    await until(() => latest.length === jobIds.length && latest.every((job) => ["succeeded", "failed", "cancelled"].includes(job.state)), 10 * 60_000, "every job to finish");
    watching = false;
    await watcher;
    const finishedAt = elapsed();

    // What the marketer sees: each variant's draft written once.
    const revisions = await owner<{ draft_id: string; generated: number }[]>`
      select d.id as draft_id, count(r.id) filter (where r.origin = 'generated')::int as generated
      from drafts d left join draft_revisions r on r.draft_id = d.id
      where d.id = any(${draftIds}::uuid[]) group by d.id`;
    const writers = await owner<{ provider: string; n: number; model_ms: number }[]>`
      select generation->>'provider' as provider, count(*)::int as n, avg((generation->>'totalMs')::numeric)::int as model_ms
      from drafts where id = any(${draftIds}::uuid[]) group by 1`;
    out(`written by: ${writers.map((w) => `${w.provider} ${w.n} (model time ${w.model_ms} ms on average)`).join(", ")}`);
    const writtenOnce = revisions.filter((r) => r.generated === 1).length;
    const duplicates = revisions.filter((r) => r.generated > 1).length;
    const unwritten = revisions.filter((r) => r.generated === 0).length;
    const notSucceeded = latest.filter((job) => job.state !== "succeeded").length;
    const lost = Math.max(unwritten, notSucceeded);
    const outageLost = latest.filter((job) => unfinishedAtOutage.includes(job.id) && job.state !== "succeeded").length;
    const processExits = lines.filter((line) => line.msg === "worker exited; restarting").length;

    const killRecoveries = killEvents.flatMap((event) => restarts(event.jobs, event.at, event.holders));
    const killTimes = killRecoveries.filter((s): s is number => s !== null);
    const stallRecoveries = restarts(frozenJobs, frozenAt, frozenHolders);
    const stallTimes = stallRecoveries.filter((s): s is number => s !== null);
    const jobRunP50 = percentile(runTimes, 50);

    out();
    out(`finished at t=${finishedAt.toFixed(1)} s; worker processes that exited: ${processExits} (the ${KILLS.length} kills)`);
    out(`same-run baselines: lease ${LEASE_S} s + poll ${POLL_S} s (recovery by lease alone), one job runs ${round(jobRunP50, 2)} s (median of ${runTimes.length})`);
    out();
    out("                              measured        target");
    out(`jobs written exactly once     ${String(writtenOnce).padStart(3)} of ${jobIds.length}      all`);
    out(`lost                          ${String(lost).padStart(3)}             0`);
    out(`written twice                 ${String(duplicates).padStart(3)}             0`);
    out(`kill recovery (${killTimes.length} jobs)       p50 ${round(percentile(killTimes, 50), 2)} s, p95 ${round(percentile(killTimes, 95), 2)} s   p95 ≤ 5 s${killRecoveries.length > killTimes.length ? `  (${killRecoveries.length - killTimes.length} finished elsewhere before the kill was seen)` : ""}`);
    out(`stall recovery (${stallTimes.length} jobs)      max ${round(Math.max(0, ...stallTimes), 2)} s        ≤ 35 s`);
    out(`lost across the outage        ${String(outageLost).padStart(3)} of ${unfinishedAtOutage.length} unfinished   0`);
    out(
      JSON.stringify({
        jobs: jobIds.length,
        written_once: writtenOnce,
        lost,
        duplicates,
        kill_recovery_p95_s: round(percentile(killTimes, 95), 2),
        kill_recovery_p50_s: round(percentile(killTimes, 50), 2),
        stall_recovery_max_s: round(Math.max(0, ...stallTimes), 2),
        db_outage_lost: outageLost,
        db_outage_unfinished: unfinishedAtOutage.length,
        baseline: { lease_s: LEASE_S, poll_s: POLL_S, job_run_p50_s: round(jobRunP50, 2) },
      }),
    );
  } finally {
    if (pool?.pid) {
      try {
        process.kill(-pool.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
    for (const close of closers.reverse()) await close().catch(() => undefined);
    await database?.stop();
  }
}

/** The slot in a supervisor-named worker id (`worker-<host>-<slot>-<random>`). */
function slotOf(workerId: string): number | null {
  const match = /-(\d+)-[0-9a-f]{8}$/.exec(workerId);
  return match ? Number(match[1]) : null;
}

async function until(check: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

function brief(n: number) {
  return {
    name: `Autumn roast ${n + 1}`,
    type: "promotion" as const,
    goal: "Drive purchases of the autumn roast during launch week.",
    audience: "Home brewers on our newsletter",
    offer: "15% off the first bag until Sunday",
    keyMessage: "Our autumn roast is warm and nutty, roasted in small batches every Tuesday.",
    products: [{ name: "Autumn Roast", url: "https://shop.example/autumn", price: "€14.90", facts: "Washed Colombian beans with notes of hazelnut." }],
    tones: ["warm" as const],
    ctaText: "Shop the autumn roast",
    ctaUrl: "https://shop.example/autumn",
    length: "short" as const,
    sendDate: "",
    variants: VARIANTS,
  };
}

/** Three workspaces with a guide and a brand profile, and a marketer in each. */
async function seed(ownerUrl: string): Promise<ServiceContext[]> {
  const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    const { db } = getConnection();
    const [person] = await owner<{ id: string }[]>`insert into "user" (name, email, email_verified) values ('Bench Marketer', 'bench@example.com', true) returning id`;
    const contexts: ServiceContext[] = [];
    for (let i = 0; i < WORKSPACES; i++) {
      const [tenant] = await owner<{ id: string }[]>`insert into organization (name, slug) values (${`Roastery ${i}`}, ${`recovery-${i}`}) returning id`;
      const [guide] = await owner<{ id: string }[]>`
        insert into brand_guides (tenant_id, filename, kind, size, sha256, status, chunks)
        values (${tenant!.id}, 'guide.md', 'markdown', 1000, ${`sha-${i}`}, 'ready', 1) returning id`;
      await owner`insert into brand_chunks (tenant_id, guide_id, ordinal, section, text) values (${tenant!.id}, ${guide!.id}, 0, 'Voice', 'Warm, direct, short sentences. Never call our coffee cheap.')`;
      const ctx: ServiceContext = { tenantId: tenant!.id, db, actor: { userId: person!.id, email: "bench@example.com", name: "Bench Marketer", role: "marketer" } };
      await withTenant(db, ctx.tenantId, (tx) =>
        insertProfileVersion(tx, ctx.tenantId, person!.id, { ...EMPTY_BRAND_PROFILE, bannedTerms: [{ term: "cheap", replacement: "affordable", source: null }] }, "edited"),
      );
      contexts.push(ctx);
    }
    return contexts;
  } finally {
    await owner.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
