/**
 * The worker side of the queue: the statements that cross tenants. They run
 * on a queue pool, whose connections are the app login acting as
 * brandsmith_queue from the start (startup parameter `role`) — the only way
 * past the jobs table's tenant policy, and a role that can touch no other
 * table (drizzle/0002). One round trip per statement: state events are
 * NOTIFYed by the statement that changes the state.
 */
import postgres, { type Sql, type TransactionSql } from "postgres";
import type { Candidate, TenantLoad } from "@/domain/scheduling";
import type { JobErrorEntry } from "@/server/db/schema";
import { reconnectBackoff } from "@/server/db/client";
import { QUEUE_ROLE } from "@/server/db/roles";
import { CHANNEL_JOB_EVENTS, CHANNEL_JOBS_AVAILABLE, type JobEvent } from "./channels";

export interface ClaimedJob {
  id: string;
  tenantId: string;
  type: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  readyAt: Date;
  output: string;
  /** When its previous worker was lost, if it was taken back from one. */
  lostAt: Date | null;
}

/** A connection pool for the queue's own statements (the app login, as brandsmith_queue). */
export function createQueuePool(url: string, max = 4): Sql {
  return postgres(url, { max, backoff: reconnectBackoff, onnotice: () => {}, connection: { role: QUEUE_ROLE } as Record<string, string> });
}

/** For an app-role connection (web): runs `work` in a transaction that assumes the queue role. */
export async function asQueue<T>(sql: Sql, work: (tx: TransactionSql) => Promise<T>): Promise<T> {
  return sql.begin(async (tx) => {
    await tx.unsafe(`set local role ${QUEUE_ROLE}`);
    return work(tx);
  }) as Promise<T>;
}

/**
 * Up to `perTenant` runnable jobs of every tenant with work, plus the load
 * of those tenants, in one statement. Tenants with pending jobs are found by
 * a loose index scan, so a deep backlog costs one index probe per tenant.
 */
export async function loadCandidates(sql: Sql, perTenant: number, fairnessWindowMs: number) {
  const [row] = await sql<{ data: { candidates: { id: string; tenant_id: string; priority: number; runner_key: string | null; ready_ms: number; resumed: boolean }[]; load: { tenant_id: string; running: number; recent: number }[] } }[]>`
    with recursive tenants as (
      (select tenant_id from jobs where state = 'pending' order by tenant_id limit 1)
      union all
      select (select j.tenant_id from jobs j where j.state = 'pending' and j.tenant_id > tenants.tenant_id order by j.tenant_id limit 1)
      from tenants where tenants.tenant_id is not null
    ),
    candidates as (
      select c.id, c.tenant_id, c.priority, c.runner_key, extract(epoch from greatest(c.run_at, c.created_at)) * 1000 as ready_ms, c.resumed
      from tenants t
      cross join lateral (
        -- Jobs taken back from a lost worker first (few; their own index), then the backlog in order.
        (select id, tenant_id, priority, runner_key, run_at, created_at, true as resumed from jobs
         where jobs.tenant_id = t.tenant_id and state = 'pending' and lost_at is not null and run_at <= now()
         order by priority, run_at limit ${perTenant})
        union
        (select id, tenant_id, priority, runner_key, run_at, created_at, lost_at is not null as resumed from jobs
         where jobs.tenant_id = t.tenant_id and state = 'pending' and run_at <= now()
         order by priority, run_at, created_at limit ${perTenant})
      ) c
      where t.tenant_id is not null
    ),
    load as (
      select tenant_id,
             count(*) filter (where state = 'running')::int as running,
             count(*) filter (where started_at > now() - ${fairnessWindowMs} * interval '1 millisecond')::int as recent
      from jobs
      where tenant_id in (select distinct tenant_id from candidates)
        and (state = 'running' or started_at > now() - ${fairnessWindowMs} * interval '1 millisecond')
      group by tenant_id
    )
    select json_build_object(
      'candidates', coalesce((select json_agg(candidates) from candidates), '[]'::json),
      'load', coalesce((select json_agg(load) from load), '[]'::json)
    ) as data`;
  const data = row?.data ?? { candidates: [], load: [] };
  return {
    candidates: data.candidates.map(
      (c): Candidate => ({ id: c.id, tenantId: c.tenant_id, priority: c.priority, runnerKey: c.runner_key, readyAt: Number(c.ready_ms), resumed: c.resumed }),
    ),
    load: Object.fromEntries(data.load.map((r) => [r.tenant_id, { running: r.running, recentlyStarted: r.recent } satisfies TenantLoad])),
  };
}

/** Claims the picked jobs that nobody else claimed first (SKIP LOCKED), announcing each as running. */
export async function claimJobs(sql: Sql, ids: string[], workerId: string, leaseMs: number): Promise<ClaimedJob[]> {
  if (ids.length === 0) return [];
  const rows = await sql<
    { id: string; tenant_id: string; type: string; payload: unknown; attempts: number; max_attempts: number; ready_ms: number; output: string; lost_ms: number | null }[]
  >`
    with claimed as (
      update jobs set
        state = 'running', locked_by = ${workerId}, lease_expires_at = now() + ${leaseMs} * interval '1 millisecond',
        attempts = attempts + 1, started_at = coalesce(started_at, now()), cancel_requested = false, updated_at = now(), lost_at = null
      from (select id as picked, lost_at as was_lost_at from jobs where id = any(${ids}::uuid[]) and state = 'pending' for update skip locked) picked
      where jobs.id = picked.picked
      returning jobs.id, tenant_id, type, payload, attempts, max_attempts, extract(epoch from greatest(run_at, created_at)) * 1000 as ready_ms, output,
                extract(epoch from picked.was_lost_at) * 1000 as lost_ms
    ),
    announced as (
      select pg_notify(${CHANNEL_JOB_EVENTS}, json_build_object('kind', 'state', 'jobId', id, 'tenantId', tenant_id, 'state', 'running')::text) from claimed
    )
    select claimed.*, (select count(*) from announced) as announced from claimed`;
  return rows.map((r) => ({
    id: r.id,
    tenantId: r.tenant_id,
    type: r.type,
    payload: r.payload,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    readyAt: new Date(Number(r.ready_ms)),
    output: r.output,
    lostAt: r.lost_ms === null ? null : new Date(Number(r.lost_ms)),
  }));
}

export interface TakenBack {
  id: string;
  tenant_id: string;
  type: string;
  /** "pending", or "failed" when its worker was lost MAX_LOST_WORKERS times. */
  state: string;
}

export const LEASE_EXPIRED_MESSAGE = "The worker running this job stopped responding; its lease expired.";
export const WORKER_EXITED_MESSAGE = "The worker process running this job exited; it goes back to the queue.";

/**
 * Takes back jobs whose worker stopped renewing its lease (frozen, cut off,
 * or on a host that died): back to the queue (see takeBack for the rules).
 *
 * A job taken back keeps its run_at and priority, so it runs before work
 * queued after it instead of joining the back of its workspace's backlog.
 *
 * Not within one lease of the database starting: every lease ran out while
 * it was down, and the workers that hold them are alive and renew them as
 * soon as they reconnect; taking them back first would run them twice.
 */
export async function reclaimExpired(sql: Sql, leaseMs: number): Promise<TakenBack[]> {
  return takeBack(sql, LEASE_EXPIRED_MESSAGE, sql`
    state = 'running' and lease_expires_at < now()
    and now() > pg_postmaster_start_time() + ${leaseMs} * interval '1 millisecond'`, sql`lease_expires_at - ${leaseMs} * interval '1 millisecond'`);
}

/**
 * Takes back at once every job a worker held, for the supervisor when that
 * worker's process exited (a crash, SIGKILL, the OOM killer): no need to wait
 * for the lease. Same rules as reclaimExpired.
 */
export async function releaseWorkerJobs(sql: Sql, workerId: string): Promise<TakenBack[]> {
  return takeBack(sql, WORKER_EXITED_MESSAGE, sql`state = 'running' and locked_by = ${workerId}`, sql`now()`);
}

/** After this many lost workers a job is dead-lettered: it may be what brings its workers down. */
export const MAX_LOST_WORKERS = 3;

export const LOST_TOO_OFTEN_MESSAGE = `Its worker was lost ${MAX_LOST_WORKERS} times while running it (crashed, killed or stopped answering); it may be what brings the worker down. Check the worker logs, then retry it from the Queue page.`;

/**
 * A lost worker is not the job's fault, so losing it spends no attempt (the
 * attempt is given back, as for a release); but a job whose worker is lost
 * MAX_LOST_WORKERS times goes to the dead letters, so a job that crashes
 * every worker that runs it cannot loop forever. Each loss is an entry in
 * `errors` marked `lost`.
 */
async function takeBack(sql: Sql, message: string, which: postgres.Fragment, lostAt: postgres.Fragment): Promise<TakenBack[]> {
  return sql<TakenBack[]>`
    with losing as (
      select id, (select count(*) from jsonb_array_elements(errors) e where (e->>'lost')::boolean) + 1 >= ${MAX_LOST_WORKERS} as dead
      from jobs where ${which}
      for update
    ),
    taken as (
      update jobs set
        state = case when losing.dead then 'failed' else 'pending' end,
        finished_at = case when losing.dead then now() else null end,
        lost_at = case when losing.dead then null else ${lostAt} end,
        attempts = case when losing.dead then attempts else greatest(attempts - 1, 0) end,
        -- The next attempt writes its answer from the start, as a retry does (finishJob).
        output = case when losing.dead then output else '' end,
        locked_by = null, lease_expires_at = null, updated_at = now(),
        last_error = case when losing.dead then ${LOST_TOO_OFTEN_MESSAGE} else ${message} end,
        errors = errors || jsonb_build_array(jsonb_build_object('attempt', attempts, 'at', now(), 'message', ${message}::text, 'retryable', true, 'lost', true))
      from losing
      where jobs.id = losing.id
      returning jobs.id, jobs.tenant_id, jobs.type, jobs.state
    ),
    announced as (
      select pg_notify(${CHANNEL_JOB_EVENTS}, json_build_object('kind', 'state', 'jobId', id, 'tenantId', tenant_id, 'state', state, 'error', ${message}::text)::text) from taken
    ),
    woken as (
      select pg_notify(${CHANNEL_JOBS_AVAILABLE}, '') from taken where state = 'pending' limit 1
    )
    select taken.*, (select count(*) from announced) + (select count(*) from woken) as announced from taken`;
}

/** Renews leases; answers which of the jobs were asked to cancel. */
export async function renewLeases(sql: Sql, ids: string[], workerId: string, leaseMs: number): Promise<{ id: string; cancel_requested: boolean }[]> {
  if (ids.length === 0) return [];
  return sql<{ id: string; cancel_requested: boolean }[]>`
    update jobs set lease_expires_at = now() + ${leaseMs} * interval '1 millisecond'
    where id = any(${ids}::uuid[]) and locked_by = ${workerId} and state = 'running'
    returning id, cancel_requested`;
}

export type Outcome =
  | { kind: "succeeded"; result: unknown }
  | { kind: "cancelled" }
  | { kind: "retry"; error: JobErrorEntry; runAt: Date }
  | { kind: "failed"; error: JobErrorEntry }
  | { kind: "released" }
  /** Back to the queue until `runAt` without spending an attempt (e.g. the model server is down). */
  | { kind: "deferred"; runAt: Date };

const OUTCOME_STATE = { succeeded: "succeeded", cancelled: "cancelled", retry: "pending", failed: "failed", released: "pending", deferred: "pending" } as const;

/**
 * Records how an attempt ended, only if this worker still holds the job (a
 * worker that lost its lease cannot overwrite the attempt that replaced it),
 * and announces the new state. Returns whether it was recorded.
 */
export async function finishJob(sql: Sql, jobId: string, workerId: string, outcome: Outcome, output: string | null): Promise<boolean> {
  const state = OUTCOME_STATE[outcome.kind];
  const error = outcome.kind === "retry" || outcome.kind === "failed" ? outcome.error : null;
  const terminal = state !== "pending";
  const rows = await sql`
    with finished as (
      update jobs set
        state = ${state},
        result = ${outcome.kind === "succeeded" ? sql.json((outcome.result ?? null) as never) : null},
        -- Retries and deferrals wait until runAt; a job released by a stopping worker keeps its place.
        run_at = case when ${outcome.kind === "retry" || outcome.kind === "deferred"} then ${outcome.kind === "retry" || outcome.kind === "deferred" ? outcome.runAt.toISOString() : null}::timestamptz else run_at end,
        finished_at = case when ${terminal} then now() else null end,
        attempts = case when ${outcome.kind === "released" || outcome.kind === "deferred"} then greatest(attempts - 1, 0) else attempts end,
        -- Given back by a stopping worker: it goes first when a worker is free again (see lost_at).
        lost_at = case when ${outcome.kind === "released"} then now() else null end,
        last_error = coalesce(${error?.message ?? null}::text, last_error),
        errors = case when ${error !== null} then errors || ${sql.json((error ? [error] : []) as never)}::jsonb else errors end,
        output = case when ${state} = 'pending' then '' else output || coalesce(${output}::text, '') end,
        locked_by = null, lease_expires_at = null, updated_at = now()
      where id = ${jobId} and locked_by = ${workerId} and state = 'running'
      returning id, tenant_id, state
    )
    select pg_notify(${CHANNEL_JOB_EVENTS}, json_build_object('kind', 'state', 'jobId', id, 'tenantId', tenant_id, 'state', state, 'error', ${error?.message ?? null}::text)::text)
    from finished`;
  return rows.length > 0;
}

/**
 * Records many successful attempts in one statement (the common case under
 * load). Same guard as finishJob: only jobs this worker still holds. Returns
 * the ids it recorded.
 */
export async function finishSucceeded(sql: Sql, workerId: string, items: { id: string; result: unknown; output: string | null }[]): Promise<Set<string>> {
  if (items.length === 0) return new Set();
  const rows = await sql<{ id: string }[]>`
    with input as (
      select * from unnest(${items.map((i) => i.id)}::uuid[], ${items.map((i) => JSON.stringify(i.result ?? null))}::jsonb[], ${items.map((i) => i.output ?? "")}::text[])
        as v(id, result, output)
    ),
    finished as (
      update jobs set state = 'succeeded', result = input.result, finished_at = now(), updated_at = now(),
             locked_by = null, lease_expires_at = null, output = jobs.output || input.output
      from input
      where jobs.id = input.id and jobs.locked_by = ${workerId} and jobs.state = 'running'
      returning jobs.id, jobs.tenant_id
    ),
    announced as (
      select pg_notify(${CHANNEL_JOB_EVENTS}, json_build_object('kind', 'state', 'jobId', id, 'tenantId', tenant_id, 'state', 'succeeded', 'error', null)::text) from finished
    )
    select finished.id, (select count(*) from announced) as announced from finished`;
  return new Set(rows.map((r) => r.id));
}

export async function saveProgress(sql: Sql, jobId: string, workerId: string, progress: { percent?: number; message?: string }) {
  await sql`update jobs set progress = ${sql.json(progress)}, updated_at = now() where id = ${jobId} and locked_by = ${workerId}`;
}

/**
 * Appends streamed text to the job's output and announces it, in one
 * statement: whatever a watcher was told is already in the output a later
 * snapshot reads, so a stream that subscribes, then reads the snapshot,
 * misses nothing between the two (see jobEventStream). A worker that lost
 * the job writes and announces nothing.
 */
export async function appendOutput(sql: Sql, jobId: string, workerId: string, offset: number, text: string) {
  await sql`
    with appended as (
      update jobs set output = output || ${text}
      where id = ${jobId} and locked_by = ${workerId} and state = 'running'
      returning id, tenant_id
    )
    select pg_notify(${CHANNEL_JOB_EVENTS}, json_build_object('kind', 'token', 'jobId', id, 'tenantId', tenant_id, 'offset', ${offset}::int, 'text', ${text}::text)::text)
    from appended`;
}

export async function publish(sql: Sql, event: JobEvent) {
  await sql`select pg_notify(${CHANNEL_JOB_EVENTS}, ${JSON.stringify(event)})`;
}

/** Jobs per state across all tenants, for the metrics endpoint (app connection). */
export async function queueDepth(sql: Sql): Promise<Record<string, number>> {
  const rows = await asQueue(sql, (tx) => tx<{ state: string; n: number }[]>`select state, count(*)::int as n from jobs group by state`);
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}
