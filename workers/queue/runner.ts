/**
 * The claim-and-run loop of one worker process: woken by NOTIFY (with a slow
 * poll as a backstop), asks the scheduling policy what to start, claims it
 * with SKIP LOCKED under a lease it renews by heartbeat, runs the handler
 * with an AbortSignal, and records the outcome (retry with backoff, dead
 * letter, cancel). On stop it claims nothing more and finishes or releases
 * what it holds.
 */
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { Sql } from "postgres";
import { retryDelayMs, schedule, type ModelHost, type SchedulingOptions } from "@/domain/scheduling";
import type { JobErrorEntry } from "@/server/db/schema";
import { databaseUnreachable, isConnectionError } from "@/server/db/unavailable";
import { CHANNEL_JOB_CANCEL, CHANNEL_JOBS_AVAILABLE, MAX_EVENT_TEXT } from "@/server/queue/channels";
import { DeferJobError, NonRetryableError } from "@/server/queue/errors";
import {
  appendOutput,
  claimJobs,
  finishJob,
  finishSucceeded,
  loadCandidates,
  publish,
  LEASE_EXPIRED_MESSAGE,
  reclaimExpired,
  renewLeases,
  saveProgress,
  type ClaimedJob,
  type Outcome,
} from "@/server/queue/store";
import type { JobContext, JobEnded, JobHandler } from "../registry";
import type { WorkerMetrics } from "./metrics";

export interface RunnerOptions {
  /** A queue pool (createQueuePool): connections acting as brandsmith_queue. */
  sql: Sql;
  handlers: readonly JobHandler[];
  log: Logger;
  concurrency?: number;
  workerId?: string;
  /** A job whose worker stops renewing is reclaimed after this (plus one poll). */
  leaseMs?: number;
  pollMs?: number;
  fairnessWindowMs?: number;
  /** Extra jobs per tenant the policy sees beyond the free slots (for affinity). */
  candidateWindow?: number;
  retryBaseMs?: number;
  scheduling?: Partial<SchedulingOptions>;
  /** Model hosts and their loaded runners, once a model gateway reports them. */
  hosts?: () => readonly ModelHost[];
  /** Where the model gateway sends a runner's requests (see SchedulingInput.home). */
  home?: (runnerKey: string) => string | null;
  metrics?: WorkerMetrics;
  random?: () => number;
}

interface Running {
  job: ClaimedJob;
  controller: AbortController;
  cancelRequested: boolean;
  released: boolean;
  emitted: number;
  /** Output not yet written and announced, coalesced while a write is in flight (kept if a write fails). */
  tokens: { offset: number; text: string } | null;
  lastTokenPublish: number;
  /** The handler is done: output still unwritten goes with the outcome. */
  settled: boolean;
  events: Promise<unknown>;
  done: Promise<void>;
}

export class QueueRunner {
  readonly workerId: string;
  private readonly sql: Sql;
  private readonly log: Logger;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly handlers: Map<string, JobHandler>;
  private readonly inFlight = new Map<string, Running>();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly unlisteners: (() => Promise<void>)[] = [];
  private unlistenJobs: (() => Promise<void>) | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private stopping = false;
  private filling: Promise<void> | null = null;
  private refill = false;

  constructor(private readonly options: RunnerOptions) {
    this.sql = options.sql;
    this.log = options.log;
    this.concurrency = Math.max(1, options.concurrency ?? 4);
    this.leaseMs = options.leaseMs ?? 25_000;
    this.pollMs = options.pollMs ?? 5_000;
    this.workerId = options.workerId ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
    this.handlers = new Map(options.handlers.map((h) => [h.type, h]));
  }

  get activeJobs(): number {
    return this.inFlight.size;
  }

  async start(): Promise<void> {
    // postgres.js reconnects a LISTEN connection that drops and subscribes again; notifications sent
    // meanwhile are lost, so every (re)subscription looks for work at once.
    // The driver may call back more than once per reconnection: one count per second at most.
    let subscribedAt = 0;
    const onListen = () => {
      const first = subscribedAt === 0;
      const recent = Date.now() - subscribedAt < 1_000;
      subscribedAt = Date.now();
      if (first || recent) return;
      this.options.metrics?.databaseReconnects.inc();
      this.log.info("database connection back: listening again");
      this.wake();
    };
    const jobs = await this.sql.listen(CHANNEL_JOBS_AVAILABLE, () => this.wake(), onListen);
    const cancels = await this.sql.listen(CHANNEL_JOB_CANCEL, (jobId) => this.cancelLocal(jobId));
    this.unlistenJobs = jobs.unlisten;
    this.unlisteners.push(cancels.unlisten);
    this.pollTimer = this.every(this.pollMs, () => this.poll());
    // Heartbeats and cancellations keep going while a stop drains in-flight jobs.
    this.every(Math.max(200, Math.floor(this.leaseMs / 3)), () => this.heartbeat());
    await this.poll();
  }

  /** Stop claiming; give in-flight jobs `drainMs` to finish, then release them back to the queue. */
  async stop(drainMs = 20_000): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    await this.unlistenJobs?.().catch(() => undefined);
    // A claim round already under way may still hand over jobs: they are in flight like the rest.
    await this.filling;
    const running = [...this.inFlight.values()];
    const drained = await Promise.race([
      Promise.all(running.map((r) => r.done)).then(() => true),
      delay(drainMs).then(() => false),
    ]);
    if (!drained) {
      for (const r of this.inFlight.values()) {
        r.released = true;
        r.controller.abort(new Error("The worker is shutting down; the job goes back to the queue."));
      }
      await Promise.race([Promise.all([...this.inFlight.values()].map((r) => r.done)), delay(5_000)]);
      for (const r of this.inFlight.values()) await finishJob(this.sql, r.job.id, this.workerId, { kind: "released" }, null).catch(() => false);
    }
    for (const timer of this.timers) clearInterval(timer);
    await Promise.all(this.unlisteners.map((unlisten) => unlisten().catch(() => undefined)));
  }

  wake(): void {
    if (this.stopping) return;
    if (this.filling) {
      this.refill = true;
      return;
    }
    this.filling = this.fill().finally(() => {
      this.filling = null;
    });
  }

  /** Successes finishing together are recorded in one statement. */
  private pendingFinishes: { id: string; result: unknown; output: string | null; resolve: (ok: boolean) => void; reject: (e: unknown) => void }[] = [];

  private finishBatched(id: string, result: unknown, output: string | null): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.pendingFinishes.push({ id, result, output, resolve, reject });
      if (this.pendingFinishes.length === 1) setImmediate(() => void this.flushFinishes());
    });
  }

  private async flushFinishes() {
    const batch = this.pendingFinishes;
    this.pendingFinishes = [];
    try {
      const recorded = await finishSucceeded(this.sql, this.workerId, batch);
      for (const item of batch) item.resolve(recorded.has(item.id));
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }

  private recheck: NodeJS.Timeout | null = null;

  private recheckSoon() {
    if (this.recheck || this.stopping) return;
    this.recheck = setTimeout(() => {
      this.recheck = null;
      this.wake();
    }, 500);
    this.recheck.unref();
  }

  private every(ms: number, task: () => Promise<void>): NodeJS.Timeout {
    const timer = setInterval(() => void task().catch((error: unknown) => this.log.error({ err: error }, "queue timer failed")), ms);
    timer.unref();
    this.timers.push(timer);
    return timer;
  }

  private async poll() {
    const reclaimed = await reclaimExpired(this.sql, this.leaseMs);
    for (const job of reclaimed) this.log.warn({ jobId: job.id, state: job.state }, "reclaimed a job whose lease expired");
    if (reclaimed.length > 0) this.options.metrics?.takenBack.inc({ how: "reclaimed" }, reclaimed.length);
    // Dead-lettered (its workers keep getting lost): what waited on it (a draft being written) hears that it ended.
    for (const job of reclaimed.filter((j) => j.state === "failed")) {
      await this.ended(job.type, { jobId: job.id, tenantId: job.tenant_id, state: "failed", error: LEASE_EXPIRED_MESSAGE });
    }
    this.wake();
  }

  /** Tells the job's handler that it ended failed or cancelled; its errors are logged, never thrown. */
  private async ended(type: string, ended: JobEnded) {
    try {
      await this.handlers.get(type)?.onEnded?.(ended);
    } catch (error) {
      this.log.error({ err: error, jobId: ended.jobId, jobType: type }, "the job's end hook failed");
    }
  }

  private async fill() {
    try {
      do {
        this.refill = false;
        while (!this.stopping) {
          const free = this.concurrency - this.inFlight.size;
          if (free <= 0) break;
          const { claimed, exhausted } = await this.claim(free);
          for (const job of claimed) this.run(job);
          if (exhausted) break;
        }
      } while (this.refill && !this.stopping);
    } catch (error) {
      this.log.error({ err: error }, "claiming jobs failed; retrying at the next poll");
    }
  }

  private async claim(free: number): Promise<{ claimed: ClaimedJob[]; exhausted: boolean }> {
    const started = performance.now();
    const result = await (async () => {
      // Look past each tenant's head of line so affinity has jobs to choose from.
      const perTenant = free + (this.options.candidateWindow ?? 16);
      const { candidates, load } = await loadCandidates(this.sql, perTenant, this.options.fairnessWindowMs ?? 30_000);
      if (candidates.length === 0) return { claimed: [], exhausted: true };
      const picks = schedule({
        candidates,
        load,
        hosts: this.options.hosts?.() ?? [],
        home: this.options.home,
        slots: free,
        now: Date.now(),
        options: this.options.scheduling,
      });
      const claimed = await claimJobs(
        this.sql,
        picks.map((p) => p.jobId),
        this.workerId,
        this.leaseMs,
      );
      // Jobs the policy held back (caps, a runner load waiting for company): look again shortly.
      if (picks.length < free && candidates.length > picks.length) this.recheckSoon();
      // Fewer picks than free slots: nothing else is eligible now. Lost races (claimed < picks): look again.
      return { claimed, exhausted: picks.length < free && claimed.length === picks.length };
    })();
    this.options.metrics?.claimSeconds.observe((performance.now() - started) / 1000);
    return result;
  }

  private run(job: ClaimedJob) {
    const running: Running = {
      job,
      controller: new AbortController(),
      cancelRequested: false,
      released: false,
      emitted: 0,
      tokens: null,
      lastTokenPublish: 0,
      settled: false,
      events: Promise.resolve(),
      done: Promise.resolve(),
    };
    this.inFlight.set(job.id, running);
    this.options.metrics?.waitSeconds.observe({ type: job.type }, Math.max(0, Date.now() - job.readyAt.getTime()) / 1000);
    if (job.lostAt) this.options.metrics?.recoverySeconds.observe(Math.max(0, Date.now() - job.lostAt.getTime()) / 1000);
    running.done = this.execute(running).finally(() => {
      this.inFlight.delete(job.id);
      this.wake();
    });
  }

  private async execute(running: Running) {
    const { job } = running;
    const log = this.log.child({ jobId: job.id, jobType: job.type, tenantId: job.tenantId, attempt: job.attempts });
    const started = performance.now();
    log.debug("job started");

    let outcome: Outcome;
    try {
      const handler = this.handlers.get(job.type);
      if (!handler) throw new NonRetryableError(`No handler for job type "${job.type}" in this worker. Deploy a worker that knows it, then redrive.`);
      const parsed = handler.payload.safeParse(job.payload);
      if (!parsed.success) throw new NonRetryableError(`Invalid payload: ${parsed.error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`).join("; ")}`);
      const result = await handler.run(parsed.data, this.contextFor(running, log));
      outcome = running.cancelRequested ? { kind: "cancelled" } : { kind: "succeeded", result: result ?? null };
    } catch (error) {
      outcome = await this.failureOutcome(running, error);
    }

    running.settled = true;
    await running.events.catch(() => undefined);
    // Output whose write failed (the database was away) goes with the outcome.
    const rest = running.tokens?.text ?? "";
    running.tokens = null;
    const recorded = await this.record(running, outcome, rest || null, log);
    const seconds = (performance.now() - started) / 1000;
    this.options.metrics?.runSeconds.observe({ type: job.type, outcome: outcome.kind }, seconds);
    this.options.metrics?.outcomes.inc({ type: job.type, outcome: outcome.kind });
    if (outcome.kind === "retry" || outcome.kind === "deferred") {
      if (outcome.kind === "retry") this.options.metrics?.retries.inc({ type: job.type });
      // Wake when the retry is due instead of at the next poll.
      setTimeout(() => this.wake(), Math.max(0, outcome.runAt.getTime() - Date.now()) + 5).unref();
    }
    if (!recorded) {
      log.warn({ outcome: outcome.kind }, "job outcome not recorded: this worker no longer holds the job");
      return;
    }
    if (outcome.kind === "failed" || outcome.kind === "cancelled") {
      await this.ended(job.type, { jobId: job.id, tenantId: job.tenantId, state: outcome.kind, error: outcome.kind === "failed" ? outcome.error.message : null });
    }
    const error = outcome.kind === "retry" || outcome.kind === "failed" ? outcome.error.message : null;
    log.info({ outcome: outcome.kind, ms: Math.round(seconds * 1000), error }, "job finished");
  }

  /**
   * Records the outcome. While the database is unreachable the result is kept
   * and written when it is back (the lease is renewed then too, and nobody
   * takes the job back within a lease of the database starting, see
   * reclaimExpired); a worker that is stopping gives up after its drain.
   */
  private async record(running: Running, outcome: Outcome, output: string | null, log: Logger): Promise<boolean> {
    const { job } = running;
    for (let attempt = 0; ; attempt++) {
      try {
        return await (outcome.kind === "succeeded" ? this.finishBatched(job.id, outcome.result, output) : finishJob(this.sql, job.id, this.workerId, outcome, output));
      } catch (error) {
        // Only the database was called here, so any connection error is the database's.
        if (!isConnectionError(error) || (this.stopping && attempt >= 3)) {
          log.error({ err: error }, "could not record the job's outcome; its lease will expire and it will run again");
          return false;
        }
        if (attempt === 0) log.warn({ err: error, outcome: outcome.kind }, "the database is unreachable: keeping the job's outcome until it is back");
        await delay(Math.min(5_000, 250 * 2 ** attempt));
      }
    }
  }

  private async failureOutcome(running: Running, error: unknown): Promise<Outcome> {
    const { job } = running;
    if (running.cancelRequested) return { kind: "cancelled" };
    if (running.released) return { kind: "released" };
    if (error instanceof DeferJobError) return { kind: "deferred", runAt: new Date(Date.now() + error.delayMs) };
    // Not the job's fault: it goes back without spending an attempt and runs when the database is back.
    // (A model server or webhook endpoint that refuses the connection is the job's business: retried as usual.)
    if (await databaseUnreachable(error, () => this.sql`select 1`)) return { kind: "deferred", runAt: new Date(Date.now() + 2_000) };
    const message = error instanceof Error ? error.message : String(error);
    // Errors may also say so themselves (ModelError.retryable): a 400 from the model server will not improve.
    const retryable = !(error instanceof NonRetryableError) && (error as { retryable?: unknown }).retryable !== false;
    const entry: JobErrorEntry = { attempt: job.attempts, at: new Date().toISOString(), message, retryable };
    if (!retryable || job.attempts >= job.maxAttempts) return { kind: "failed", error: entry };
    const wait = retryDelayMs(job.attempts, this.options.random ?? Math.random, this.options.retryBaseMs ?? 1_000);
    return { kind: "retry", error: entry, runAt: new Date(Date.now() + wait) };
  }

  private contextFor(running: Running, log: Logger): JobContext {
    const { job } = running;
    return {
      jobId: job.id,
      tenantId: job.tenantId,
      workerId: this.workerId,
      attempt: job.attempts,
      maxAttempts: job.maxAttempts,
      signal: running.controller.signal,
      log,
      progress: async (update) => {
        await saveProgress(this.sql, job.id, this.workerId, update);
        this.emitEvent(running, { kind: "progress", jobId: job.id, tenantId: job.tenantId, ...update });
      },
      emit: (text) => {
        if (!text) return;
        if (running.tokens) {
          // A publish is queued or in flight: this text joins the next event instead of adding a round trip.
          running.tokens.text += text;
        } else {
          running.tokens = { offset: running.emitted, text };
          this.publishTokens(running);
        }
        running.emitted += text.length;
      },
    };
  }

  /**
   * Writes and publishes the job's pending output (appendOutput), one event
   * per MAX_EVENT_TEXT, at most every TOKEN_EVENT_MS: tokens arriving in
   * between gather in `running.tokens` and go out together. The first token
   * goes at once; a fast model costs at most ~25 statements a second per job
   * instead of one per token (each NOTIFY is a commit on the shared
   * notification queue). A failed write keeps its text for the next one, so
   * the stored output never has a gap.
   */
  private publishTokens(running: Running) {
    const { job } = running;
    running.events = running.events
      .then(async () => {
        const wait = running.lastTokenPublish + TOKEN_EVENT_MS - performance.now();
        if (wait > 0) await delay(wait);
        running.lastTokenPublish = performance.now();
        const pending = running.tokens;
        if (!pending) return;
        let written = 0;
        try {
          while (written < pending.text.length) {
            let end = Math.min(pending.text.length, written + MAX_EVENT_TEXT);
            // Never split a surrogate pair (an emoji) between two writes: each half would be stored as U+FFFD.
            if (end < pending.text.length && /[\uD800-\uDBFF]/.test(pending.text[end - 1]!)) end -= 1;
            const text = pending.text.slice(written, end);
            await appendOutput(this.sql, job.id, this.workerId, pending.offset + written, text);
            written += text.length;
          }
          // Tokens that arrived during the write were added to `pending` and are written above.
          running.tokens = null;
        } catch (error) {
          if (!isConnectionError(error)) {
            // Text the database refuses (it will refuse it at the end too): drop it and keep streaming the rest.
            this.log.warn({ err: error, jobId: job.id }, "output the database refused was dropped");
            running.tokens = null;
            return;
          }
          running.tokens = { offset: pending.offset + written, text: pending.text.slice(written) };
          this.log.warn({ err: error, jobId: job.id }, "output not written yet: keeping it for the next write");
          // Try again shortly; once the handler is done, its outcome carries the text instead.
          setTimeout(() => {
            if (!running.settled && running.tokens) this.publishTokens(running);
          }, 1_000).unref();
        }
      })
      .catch((error: unknown) => this.log.warn({ err: error }, "event not published"));
  }

  /** Events of one job are published in order. */
  private emitEvent(running: Running, event: Parameters<typeof publish>[1]) {
    running.events = running.events.then(() => publish(this.sql, event)).catch((error: unknown) => this.log.warn({ err: error }, "event not published"));
  }

  private async heartbeat() {
    const ids = [...this.inFlight.keys()];
    if (ids.length === 0) return;
    const renewed = await renewLeases(this.sql, ids, this.workerId, this.leaseMs);
    const held = new Set(renewed.map((r) => r.id));
    for (const row of renewed) if (row.cancel_requested) this.cancelLocal(row.id);
    for (const id of ids) {
      if (held.has(id)) continue;
      const running = this.inFlight.get(id);
      if (!running) continue;
      this.log.warn({ jobId: id }, "lost the lease on a job (reclaimed elsewhere); abandoning it");
      running.controller.abort(new Error("This worker lost the job's lease."));
    }
  }

  private cancelLocal(jobId: string) {
    const running = this.inFlight.get(jobId);
    if (!running || running.cancelRequested) return;
    running.cancelRequested = true;
    running.controller.abort(new Error("The job was cancelled."));
    this.log.info({ jobId }, "cancelling a running job");
  }
}

/** The shortest gap between two token events of one job: fluent to read, light on the database. */
const TOKEN_EVENT_MS = 40;

function delay(ms: number) {
  return new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
}
