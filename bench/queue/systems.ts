/**
 * The three queues under test behind one small interface, so every phase of
 * the benchmark drives them identically. Each adapter enqueues with its
 * library's normal producer API and runs jobs with its normal worker API; the
 * handler itself is shared (see Sink).
 */
import { Logger as GraphileLogger, makeWorkerUtils, run as runGraphile, type Runner as GraphileRunner, type WorkerUtils } from "graphile-worker";
import PgBoss from "pg-boss";
import pino from "pino";
import type postgres from "postgres";
import { z } from "zod";
import type { Database } from "@/server/db/client";
import { withTenant } from "@/server/db/with-tenant";
import { enqueueJobs } from "@/server/queue/enqueue";
import { createWorkerMetrics, type WorkerMetrics } from "../../workers/queue/metrics";
import { createQueuePool } from "@/server/queue/store";
import { QueueRunner } from "../../workers/queue/runner";
import { defineHandler } from "../../workers/registry";
import { nowMs, sleep, waitUntil } from "./stats";

export const BenchPayload = z.object({
  /** Enqueue timestamp (nowMs()) taken just before the enqueue call. */
  t: z.number(),
  seq: z.number().int(),
  /** Tenant label (ours: also the real tenant the job belongs to). */
  tenant: z.string(),
  sleepMs: z.number().min(0).max(1000),
});
export type BenchPayload = z.infer<typeof BenchPayload>;

/** What every system's handler does: record the start, optionally sleep, record the completion. */
export class Sink {
  started = 0;
  done = 0;
  latencies: number[] = [];
  /** Tenant labels in handler-completion order. */
  completions: string[] = [];
  firstStartAt = 0;
  private seen = new Set<number>();
  duplicates = 0;
  private target = Number.POSITIVE_INFINITY;
  private onTarget: (() => void) | null = null;

  reset() {
    this.started = 0;
    this.done = 0;
    this.latencies = [];
    this.completions = [];
    this.firstStartAt = 0;
    this.seen.clear();
    this.duplicates = 0;
    this.target = Number.POSITIVE_INFINITY;
    this.onTarget = null;
  }

  async handle(raw: unknown): Promise<void> {
    const startedAt = nowMs();
    const payload = BenchPayload.parse(raw);
    if (this.started === 0) this.firstStartAt = startedAt;
    this.started++;
    if (this.seen.has(payload.seq)) this.duplicates++;
    this.seen.add(payload.seq);
    this.latencies.push(startedAt - payload.t);
    if (payload.sleepMs > 0) await sleep(payload.sleepMs);
    this.completions.push(payload.tenant);
    this.done++;
    if (this.done >= this.target && this.onTarget) {
      const resolve = this.onTarget;
      this.onTarget = null;
      resolve();
    }
  }

  /** Resolves once `count` handler runs have completed (bounded by timeoutMs). */
  whenDone(count: number, timeoutMs: number, what: string): Promise<void> {
    if (this.done >= count) return Promise.resolve();
    this.target = count;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.onTarget = null;
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} (${this.done}/${count} done)`));
      }, timeoutMs);
      this.onTarget = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

export interface EnqueueItem {
  tenant: string;
  payload: BenchPayload;
}

export interface QueueSystem {
  readonly name: "ours" | "graphile_worker" | "pg_boss";
  readonly label: string;
  setup(): Promise<void>;
  /** Enqueues in order, in batches (one transaction per batch). */
  enqueueBatch(items: readonly EnqueueItem[]): Promise<void>;
  enqueueOne(item: EnqueueItem): Promise<void>;
  startWorker(concurrency: number): Promise<void>;
  stopWorker(): Promise<void>;
  /** Jobs not yet recorded as finished, as the queue's own tables say. */
  outstanding(): Promise<number>;
  /** Empties the queue's tables between runs. */
  reset(): Promise<void>;
  /** Extra per-run figures worth printing (e.g. claim round time). */
  diagnostics(): Promise<string>;
  teardown(): Promise<void>;
}

const BATCH = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// ---------------------------------------------------------------------------

export interface OursContext {
  appUrl: string;
  /** drizzle on the app login (RLS applies), for enqueueing. */
  db: Database;
  /** The owner's connection, for bookkeeping only (counting and emptying jobs). */
  owner: postgres.Sql;
  /** Tenant label → organization id. */
  tenants: ReadonlyMap<string, string>;
  pollMs: number;
}

export class OursSystem implements QueueSystem {
  readonly name = "ours" as const;
  readonly label = "ours (QueueRunner)";
  private runner: QueueRunner | null = null;
  private sql: postgres.Sql | null = null;
  private readonly metrics: WorkerMetrics = createWorkerMetrics();
  private readonly handler = defineHandler({
    type: "bench.job",
    payload: BenchPayload,
    run: (payload) => this.sink.handle(payload),
  });

  constructor(
    private readonly ctx: OursContext,
    private readonly sink: Sink,
  ) {}

  async setup() {}

  private tenantId(label: string): string {
    const id = this.ctx.tenants.get(label);
    if (!id) throw new Error(`no tenant row for ${label}`);
    return id;
  }

  async enqueueBatch(items: readonly EnqueueItem[]) {
    // Consecutive runs of one tenant go in one transaction (capped at BATCH jobs), keeping the order.
    const groups: EnqueueItem[][] = [];
    for (const item of items) {
      const last = groups.at(-1);
      if (last && last[0]!.tenant === item.tenant && last.length < BATCH) last.push(item);
      else groups.push([item]);
    }
    for (const group of groups) {
      const tenantId = this.tenantId(group[0]!.tenant);
      await withTenant(this.ctx.db, tenantId, (tx) =>
        enqueueJobs(
          tx,
          tenantId,
          group.map((g) => ({ type: "bench.job", payload: g.payload })),
        ),
      );
    }
  }

  async enqueueOne(item: EnqueueItem) {
    const tenantId = this.tenantId(item.tenant);
    await withTenant(this.ctx.db, tenantId, (tx) => enqueueJobs(tx, tenantId, [{ type: "bench.job", payload: item.payload }]));
  }

  async startWorker(concurrency: number) {
    this.metrics.claimSeconds.reset();
    this.sql = createQueuePool(this.ctx.appUrl, 10);
    this.runner = new QueueRunner({
      sql: this.sql,
      handlers: [this.handler],
      log: pino({ level: "silent" }),
      concurrency,
      leaseMs: 25_000,
      pollMs: this.ctx.pollMs,
      metrics: this.metrics,
    });
    await this.runner.start();
  }

  async stopWorker() {
    await this.runner?.stop(5_000);
    await this.sql?.end({ timeout: 5 });
    this.runner = null;
    this.sql = null;
  }

  async outstanding() {
    const [row] = await this.ctx.owner<{ n: number }[]>`select count(*)::int as n from jobs where state in ('pending', 'running')`;
    return row?.n ?? 0;
  }

  async reset() {
    await this.ctx.owner`delete from jobs where true`;
    await this.ctx.owner.unsafe("vacuum analyze jobs");
  }

  async diagnostics() {
    const metric = await this.metrics.claimSeconds.get();
    const sum = metric.values.find((v) => v.metricName?.endsWith("_sum"))?.value ?? 0;
    const count = metric.values.find((v) => v.metricName?.endsWith("_count"))?.value ?? 0;
    return count > 0 ? `${count} claim rounds, mean ${((sum / count) * 1000).toFixed(2)} ms` : "no claim rounds";
  }

  async teardown() {
    await this.stopWorker();
  }
}

// ---------------------------------------------------------------------------

const silentGraphileLogger = new GraphileLogger(() => () => {});

export class GraphileWorkerSystem implements QueueSystem {
  readonly name = "graphile_worker" as const;
  readonly label = "graphile-worker";
  private utils: WorkerUtils | null = null;
  private runner: GraphileRunner | null = null;
  private errors: string[] = [];

  constructor(
    private readonly ownerUrl: string,
    private readonly owner: postgres.Sql,
    private readonly sink: Sink,
    private readonly pollMs: number,
  ) {}

  async setup() {
    this.utils = await makeWorkerUtils({ connectionString: this.ownerUrl, logger: silentGraphileLogger });
    await this.utils.migrate();
  }

  private get workerUtils(): WorkerUtils {
    if (!this.utils) throw new Error("graphile-worker: setup() first");
    return this.utils;
  }

  async enqueueBatch(items: readonly EnqueueItem[]) {
    // graphile_worker.add_jobs(job_spec[]) is the library's documented bulk insert; one call per batch.
    for (const batch of chunks(items, BATCH)) {
      const specs = batch.map((item) => ({ identifier: "bench", payload: item.payload }));
      await this.workerUtils.withPgClient((client) =>
        client.query(
          `select count(*) from graphile_worker.add_jobs(
             array(select json_populate_record(null::graphile_worker.job_spec, x) from json_array_elements($1::json) as x))`,
          [JSON.stringify(specs)],
        ),
      );
    }
  }

  async enqueueOne(item: EnqueueItem) {
    await this.workerUtils.addJob("bench", item.payload);
  }

  async startWorker(concurrency: number) {
    this.runner = await runGraphile({
      connectionString: this.ownerUrl,
      concurrency,
      noHandleSignals: true,
      pollInterval: this.pollMs,
      logger: silentGraphileLogger,
      taskList: { bench: (payload) => this.sink.handle(payload) },
    });
    this.runner.promise.catch((error: unknown) => this.errors.push(String(error)));
  }

  async stopWorker() {
    await this.runner?.stop();
    this.runner = null;
  }

  async outstanding() {
    const [row] = await this.owner<{ n: number }[]>`select count(*)::int as n from graphile_worker._private_jobs`;
    return row?.n ?? 0;
  }

  async reset() {
    await this.owner`delete from graphile_worker._private_jobs where true`;
    await this.owner.unsafe("vacuum analyze graphile_worker._private_jobs");
  }

  async diagnostics() {
    const errors = this.errors.splice(0);
    return errors.length > 0 ? `${errors.length} graphile-worker errors: ${errors.slice(0, 3).join("; ")}` : "";
  }

  async teardown() {
    await this.stopWorker();
    await this.utils?.release();
    this.utils = null;
  }
}

// ---------------------------------------------------------------------------

const BOSS_QUEUE = "bench";

export class PgBossSystem implements QueueSystem {
  readonly name = "pg_boss" as const;
  readonly label = "pg-boss";
  private boss: PgBoss | null = null;
  private errors: string[] = [];

  constructor(
    private readonly ownerUrl: string,
    private readonly owner: postgres.Sql,
    private readonly sink: Sink,
    /** Seconds; 0.5 is pg-boss 10's minimum. */
    private readonly pollingIntervalSeconds: number,
    /** Jobs fetched per poll by each worker (pg-boss's `batchSize`). */
    private readonly batchSize: number,
  ) {}

  async setup() {
    this.boss = new PgBoss({ connectionString: this.ownerUrl, max: 10 });
    this.boss.on("error", (error) => this.errors.push(error.message));
    await this.boss.start();
    await this.boss.createQueue(BOSS_QUEUE);
  }

  private get pgBoss(): PgBoss {
    if (!this.boss) throw new Error("pg-boss: setup() first");
    return this.boss;
  }

  async enqueueBatch(items: readonly EnqueueItem[]) {
    for (const batch of chunks(items, BATCH)) {
      await this.pgBoss.insert(batch.map((item) => ({ name: BOSS_QUEUE, data: item.payload })));
    }
  }

  async enqueueOne(item: EnqueueItem) {
    await this.pgBoss.send(BOSS_QUEUE, item.payload);
  }

  /**
   * pg-boss at its documented best for throughput. pg-boss 10 has no
   * per-worker concurrency option (each work() call adds one polling worker)
   * and its worker loop sleeps out the polling interval after every fetch,
   * even a full one (src/worker.js), so one job per fetch caps a worker at
   * 2 jobs/s. Its documentation's lever is `batchSize`: each of the
   * `concurrency` workers fetches up to `batchSize` jobs per poll and runs
   * them one after another, so no more jobs run at once than in the other
   * systems.
   */
  async startWorker(concurrency: number) {
    for (let i = 0; i < concurrency; i++) {
      await this.pgBoss.work<BenchPayload>(
        BOSS_QUEUE,
        { batchSize: this.batchSize, pollingIntervalSeconds: this.pollingIntervalSeconds },
        async (jobs) => {
          for (const job of jobs) await this.sink.handle(job.data);
        },
      );
    }
  }

  async stopWorker() {
    if (!this.boss) return;
    await this.boss.offWork(BOSS_QUEUE);
    // offWork stops each worker's loop after its current fetch/handler; give that a poll interval.
    await waitUntil(() => this.sink.started === this.sink.done, 10_000, "pg-boss handlers to finish", 20);
    await sleep(this.pollingIntervalSeconds * 1000 + 100);
  }

  async outstanding() {
    return this.pgBoss.getQueueSize(BOSS_QUEUE, { before: "completed" });
  }

  async reset() {
    await this.owner`delete from pgboss.job where name = ${BOSS_QUEUE}`;
    await this.owner`delete from pgboss.archive where name = ${BOSS_QUEUE}`;
    await this.owner.unsafe("vacuum analyze pgboss.job");
  }

  async diagnostics() {
    const errors = this.errors.splice(0);
    return errors.length > 0 ? `${errors.length} pg-boss errors: ${errors.slice(0, 3).join("; ")}` : "";
  }

  async teardown() {
    if (!this.boss) return;
    await this.boss.stop({ graceful: false, close: true });
    this.boss = null;
  }
}
