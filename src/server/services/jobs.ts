import { and, asc, count, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import { jobs, JOB_STATES, type Job, type JobState } from "@/server/db/schema";
import type { Transaction } from "@/server/db/client";
import { withTenant } from "@/server/db/with-tenant";
import { CHANNEL_JOB_CANCEL, CHANNEL_JOB_EVENTS, CHANNEL_JOBS_AVAILABLE } from "@/server/queue/channels";
import { recordAudit } from "./audit";
import type { ServiceContext } from "./context";
import { conflict, notFound } from "./errors";
import { markDraftsFailed } from "@/server/campaigns/failed-drafts";

export type JobSummary = Pick<
  Job,
  "id" | "type" | "state" | "priority" | "attempts" | "maxAttempts" | "createdAt" | "startedAt" | "finishedAt" | "lastError" | "runAt"
>;

const summaryColumns = {
  id: jobs.id,
  type: jobs.type,
  state: jobs.state,
  priority: jobs.priority,
  attempts: jobs.attempts,
  maxAttempts: jobs.maxAttempts,
  createdAt: jobs.createdAt,
  startedAt: jobs.startedAt,
  finishedAt: jobs.finishedAt,
  lastError: jobs.lastError,
  runAt: jobs.runAt,
};

export async function listJobs(ctx: ServiceContext, input: { state?: JobState; limit: number; before?: Date }) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const rows = await tx
      .select(summaryColumns)
      .from(jobs)
      .where(
        and(
          eq(jobs.tenantId, ctx.tenantId),
          input.state ? eq(jobs.state, input.state) : undefined,
          input.before ? lt(jobs.createdAt, input.before) : undefined,
        ),
      )
      .orderBy(desc(jobs.createdAt))
      .limit(input.limit);
    const counts = await tx
      .select({ state: jobs.state, n: count() })
      .from(jobs)
      .where(eq(jobs.tenantId, ctx.tenantId))
      .groupBy(jobs.state);
    const byState = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
    for (const row of counts) byState[row.state] = row.n;
    return { jobs: rows, counts: byState };
  });
}

/** A pending job's place in its tenant's line: jobs of higher priority, or equal priority and due earlier, go first. */
export async function queuePosition(tx: Transaction, tenantId: string, priority: number, runAt: Date): Promise<number> {
  const [ahead] = await tx
    .select({ n: count() })
    .from(jobs)
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.state, "pending"), or(lt(jobs.priority, priority), and(eq(jobs.priority, priority), lt(jobs.runAt, runAt)))));
  return (ahead?.n ?? 0) + 1;
}

/** One job with everything the detail page shows, plus its place in the tenant's queue. */
export async function getJob(ctx: ServiceContext, jobId: string) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [job] = await tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.id, jobId), eq(jobs.tenantId, ctx.tenantId)));
    if (!job) throw notFound("That job does not exist in this workspace.");
    const position = job.state === "pending" ? await queuePosition(tx, ctx.tenantId, job.priority, job.runAt) : null;
    return { ...job, position };
  });
}

export async function cancelJob(ctx: ServiceContext, jobId: string) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [job] = await tx
      .select({ state: jobs.state, type: jobs.type })
      .from(jobs)
      .where(and(eq(jobs.id, jobId), eq(jobs.tenantId, ctx.tenantId)))
      .for("update");
    if (!job) throw notFound("That job does not exist in this workspace.");
    if (job.state !== "pending" && job.state !== "running") {
      throw conflict(`This job has already ${job.state === "cancelled" ? "been cancelled" : job.state}; there is nothing to cancel.`);
    }
    await stopJobs(tx, ctx.tenantId, [{ id: jobId, state: job.state }]);
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "job.cancelled", objectType: "job", objectId: jobId, details: { type: job.type } });
    return { jobId, state: job.state === "pending" ? ("cancelled" as const) : ("cancelling" as const) };
  });
}

/** Runs a failed or cancelled job once more (one more attempt, history kept). */
export async function retryJob(ctx: ServiceContext, jobId: string) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [row] = await tx
      .update(jobs)
      .set({
        state: "pending",
        runAt: new Date(),
        finishedAt: null,
        cancelRequested: false,
        maxAttempts: sql`greatest(${jobs.maxAttempts}, ${jobs.attempts} + 1)`,
        updatedAt: new Date(),
      })
      .where(and(eq(jobs.id, jobId), eq(jobs.tenantId, ctx.tenantId), inArray(jobs.state, ["failed", "cancelled"])))
      .returning({ id: jobs.id, type: jobs.type });
    if (!row) {
      const [exists] = await tx.select({ state: jobs.state }).from(jobs).where(and(eq(jobs.id, jobId), eq(jobs.tenantId, ctx.tenantId)));
      if (!exists) throw notFound("That job does not exist in this workspace.");
      throw conflict(`Only failed or cancelled jobs can be retried; this one is ${exists.state}. Reload the page to see its current state.`);
    }
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "job.retried", objectType: "job", objectId: jobId, details: { type: row.type } });
    await notifyState(tx, jobId, ctx.tenantId, "pending");
    await tx.execute(sql`select pg_notify(${CHANNEL_JOBS_AVAILABLE}, '')`);
    return { jobId, state: "pending" as const };
  });
}

/** Sends every dead-lettered job (optionally of one type) back to the queue with fresh attempts. */
export async function redriveDeadLetters(ctx: ServiceContext, input: { type?: string }) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const rows = await tx
      .update(jobs)
      .set({ state: "pending", attempts: 0, runAt: new Date(), finishedAt: null, updatedAt: new Date() })
      .where(and(eq(jobs.tenantId, ctx.tenantId), eq(jobs.state, "failed"), input.type ? eq(jobs.type, input.type) : undefined))
      .returning({ id: jobs.id });
    if (rows.length > 0) {
      await recordAudit(tx, ctx.tenantId, ctx.actor.userId, {
        action: "job.redriven",
        objectType: "job",
        objectId: null,
        details: { count: rows.length, type: input.type ?? null },
      });
      await tx.execute(sql`select pg_notify(${CHANNEL_JOBS_AVAILABLE}, '')`);
    }
    return { redriven: rows.length };
  });
}

export async function jobTypes(ctx: ServiceContext): Promise<string[]> {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const rows = await tx.selectDistinct({ type: jobs.type }).from(jobs).where(eq(jobs.tenantId, ctx.tenantId)).orderBy(asc(jobs.type));
    return rows.map((r) => r.type);
  });
}

/**
 * Cancels jobs (locked by the caller): a waiting one at once, a running one
 * by asking its worker, which sees the NOTIFY (or its next heartbeat) and
 * aborts the handler.
 */
export async function stopJobs(tx: Transaction, tenantId: string, active: readonly { id: string; state: JobState }[]) {
  const waiting = active.filter((j) => j.state === "pending").map((j) => j.id);
  const running = active.filter((j) => j.state === "running").map((j) => j.id);
  if (waiting.length) {
    await tx.update(jobs).set({ state: "cancelled", finishedAt: new Date(), updatedAt: new Date() }).where(and(eq(jobs.tenantId, tenantId), inArray(jobs.id, waiting)));
    for (const id of waiting) await notifyState(tx, id, tenantId, "cancelled");
    // A variant whose job will now never run says so, with a retry, instead of "writing" forever.
    await markDraftsFailed(tx, tenantId, waiting, "cancelled", null);
  }
  if (running.length) {
    await tx.update(jobs).set({ cancelRequested: true, updatedAt: new Date() }).where(and(eq(jobs.tenantId, tenantId), inArray(jobs.id, running)));
    for (const id of running) await tx.execute(sql`select pg_notify(${CHANNEL_JOB_CANCEL}, ${id})`);
  }
  return { cancelled: waiting.length, stopping: running.length };
}

async function notifyState(tx: Parameters<Parameters<typeof withTenant>[2]>[0], jobId: string, tenantId: string, state: JobState) {
  await tx.execute(sql`select pg_notify(${CHANNEL_JOB_EVENTS}, ${JSON.stringify({ kind: "state", jobId, tenantId, state })})`);
}
