/**
 * The worker side of the queue: the statements that cross tenants. Each runs
 * in a transaction that assumes the brandsmith_queue role (SET LOCAL ROLE),
 * the only way past the jobs table's tenant policy; see drizzle/0002.
 */
import type { Sql, TransactionSql } from "postgres";
import type { Candidate, TenantLoad } from "@/domain/scheduling";
import type { JobErrorEntry } from "@/server/db/schema";
import { QUEUE_ROLE } from "@/server/db/roles";
import { CHANNEL_JOB_EVENTS, type JobEvent } from "./channels";

export interface ClaimedJob {
  id: string;
  tenantId: string;
  type: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  readyAt: Date;
  output: string;
}

/**
 * A connection shared with drizzle returns timestamps as strings (drizzle
 * replaces postgres.js' date parsers); a plain connection returns Dates.
 */
function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

export async function asQueue<T>(sql: Sql, work: (tx: TransactionSql) => Promise<T>): Promise<T> {
  return sql.begin(async (tx) => {
    await tx.unsafe(`set local role ${QUEUE_ROLE}`);
    return work(tx);
  }) as Promise<T>;
}

/** Up to `perTenant` runnable jobs of every tenant with work, plus each tenant's load. */
export async function loadCandidates(tx: TransactionSql, perTenant: number, fairnessWindowMs: number) {
  const candidates = await tx<{ id: string; tenant_id: string; priority: number; runner_key: string | null; ready_at: Date | string }[]>`
    with tenants as (select distinct tenant_id from jobs where state = 'pending' and run_at <= now())
    select j.id, j.tenant_id, j.priority, j.runner_key, greatest(j.run_at, j.created_at) as ready_at
    from tenants t
    cross join lateral (
      select id, tenant_id, priority, runner_key, run_at, created_at from jobs
      where jobs.tenant_id = t.tenant_id and state = 'pending' and run_at <= now()
      order by priority, run_at, created_at
      limit ${perTenant}
    ) j`;
  if (candidates.length === 0) return { candidates: [] as Candidate[], load: {} as Record<string, TenantLoad> };
  const loadRows = await tx<{ tenant_id: string; running: number; recent: number }[]>`
    select tenant_id,
           count(*) filter (where state = 'running')::int as running,
           count(*) filter (where started_at > now() - ${fairnessWindowMs} * interval '1 millisecond')::int as recent
    from jobs
    where state = 'running' or started_at > now() - ${fairnessWindowMs} * interval '1 millisecond'
    group by tenant_id`;
  return {
    candidates: candidates.map((c) => ({
      id: c.id,
      tenantId: c.tenant_id,
      priority: c.priority,
      runnerKey: c.runner_key,
      readyAt: toDate(c.ready_at).getTime(),
    })),
    load: Object.fromEntries(loadRows.map((r) => [r.tenant_id, { running: r.running, recentlyStarted: r.recent }])),
  };
}

/** Claims the picked jobs that nobody else claimed first (SKIP LOCKED). */
export async function claimJobs(tx: TransactionSql, ids: string[], workerId: string, leaseMs: number): Promise<ClaimedJob[]> {
  if (ids.length === 0) return [];
  const rows = await tx<
    { id: string; tenant_id: string; type: string; payload: unknown; attempts: number; max_attempts: number; ready_at: Date | string; output: string }[]
  >`
    update jobs set
      state = 'running', locked_by = ${workerId}, lease_expires_at = now() + ${leaseMs} * interval '1 millisecond',
      attempts = attempts + 1, started_at = coalesce(started_at, now()), cancel_requested = false, updated_at = now()
    where id in (select id from jobs where id = any(${ids}::uuid[]) and state = 'pending' for update skip locked)
    returning id, tenant_id, type, payload, attempts, max_attempts, greatest(run_at, created_at) as ready_at, output`;
  return rows.map((r) => ({
    id: r.id,
    tenantId: r.tenant_id,
    type: r.type,
    payload: r.payload,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    readyAt: toDate(r.ready_at),
    output: r.output,
  }));
}

/** Returns jobs whose worker stopped renewing its lease to the queue (or to the dead letters when out of attempts). */
export async function reclaimExpired(sql: Sql): Promise<{ id: string; tenant_id: string; state: string }[]> {
  return asQueue(sql, (tx) => tx<{ id: string; tenant_id: string; state: string }[]>`
    update jobs set
      state = case when attempts >= max_attempts then 'failed' else 'pending' end,
      finished_at = case when attempts >= max_attempts then now() else null end,
      locked_by = null, lease_expires_at = null, run_at = now(), updated_at = now(),
      last_error = 'The worker running this job stopped responding; its lease expired.',
      errors = errors || jsonb_build_array(jsonb_build_object(
        'attempt', attempts, 'at', now(), 'message', 'The worker running this job stopped responding; its lease expired.', 'retryable', true))
    where state = 'running' and lease_expires_at < now()
    returning id, tenant_id, state`);
}

/** Renews leases; answers which of the jobs were asked to cancel. */
export async function renewLeases(sql: Sql, ids: string[], workerId: string, leaseMs: number): Promise<{ id: string; cancel_requested: boolean }[]> {
  if (ids.length === 0) return [];
  return asQueue(sql, (tx) => tx<{ id: string; cancel_requested: boolean }[]>`
    update jobs set lease_expires_at = now() + ${leaseMs} * interval '1 millisecond'
    where id = any(${ids}::uuid[]) and locked_by = ${workerId} and state = 'running'
    returning id, cancel_requested`);
}

export type Outcome =
  | { kind: "succeeded"; result: unknown }
  | { kind: "cancelled" }
  | { kind: "retry"; error: JobErrorEntry; runAt: Date }
  | { kind: "failed"; error: JobErrorEntry }
  | { kind: "released" };

/**
 * Records how an attempt ended, only if this worker still holds the job: a
 * worker that lost its lease cannot overwrite the attempt that replaced it.
 */
export async function finishJob(sql: Sql, jobId: string, workerId: string, outcome: Outcome, output: string | null): Promise<boolean> {
  const rows = await asQueue(sql, (tx) => {
    const appended = output ?? null;
    switch (outcome.kind) {
      case "succeeded":
        return tx`update jobs set state = 'succeeded', result = ${tx.json(outcome.result as never)}, finished_at = now(), updated_at = now(),
                    locked_by = null, lease_expires_at = null, output = output || coalesce(${appended}::text, '')
                  where id = ${jobId} and locked_by = ${workerId} and state = 'running' returning id`;
      case "cancelled":
        return tx`update jobs set state = 'cancelled', finished_at = now(), updated_at = now(), locked_by = null, lease_expires_at = null,
                    output = output || coalesce(${appended}::text, '')
                  where id = ${jobId} and locked_by = ${workerId} and state = 'running' returning id`;
      case "retry":
        return tx`update jobs set state = 'pending', run_at = ${outcome.runAt.toISOString()}::timestamptz, updated_at = now(), locked_by = null, lease_expires_at = null,
                    last_error = ${outcome.error.message}, errors = errors || ${tx.json([outcome.error] as never)}::jsonb, output = ''
                  where id = ${jobId} and locked_by = ${workerId} and state = 'running' returning id`;
      case "failed":
        return tx`update jobs set state = 'failed', finished_at = now(), updated_at = now(), locked_by = null, lease_expires_at = null,
                    last_error = ${outcome.error.message}, errors = errors || ${tx.json([outcome.error] as never)}::jsonb,
                    output = output || coalesce(${appended}::text, '')
                  where id = ${jobId} and locked_by = ${workerId} and state = 'running' returning id`;
      case "released":
        // Shutdown handed the job back before it finished: this attempt does not count.
        return tx`update jobs set state = 'pending', run_at = now(), updated_at = now(), locked_by = null, lease_expires_at = null,
                    attempts = greatest(attempts - 1, 0), output = ''
                  where id = ${jobId} and locked_by = ${workerId} and state = 'running' returning id`;
    }
  });
  return rows.length > 0;
}

export async function saveProgress(sql: Sql, jobId: string, workerId: string, progress: { percent?: number; message?: string }) {
  await asQueue(sql, (tx) => tx`update jobs set progress = ${tx.json(progress)}, updated_at = now() where id = ${jobId} and locked_by = ${workerId}`);
}

export async function appendOutput(sql: Sql, jobId: string, workerId: string, text: string) {
  await asQueue(sql, (tx) => tx`update jobs set output = output || ${text} where id = ${jobId} and locked_by = ${workerId}`);
}

export async function publish(sql: Sql, event: JobEvent) {
  await sql`select pg_notify(${CHANNEL_JOB_EVENTS}, ${JSON.stringify(event)})`;
}

/** Jobs per state across all tenants, for the metrics endpoint. */
export async function queueDepth(sql: Sql): Promise<Record<string, number>> {
  const rows = await asQueue(sql, (tx) => tx<{ state: string; n: number }[]>`select state, count(*)::int as n from jobs group by state`);
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}
