/** Running real queue workers inside a test, and enqueueing as a tenant would. */
import postgres from "postgres";
import pino from "pino";
import { inject } from "vitest";
import { getDb } from "@/server/db/client";
import { withTenant } from "@/server/db/with-tenant";
import { enqueueJobs, type JobSpec } from "@/server/queue/enqueue";
import { createQueuePool } from "@/server/queue/store";
import type { JobHandler } from "../../workers/registry";
import { QueueRunner, type RunnerOptions } from "../../workers/queue/runner";
import { uniqueSlug } from "./actors";

export const silentLog = pino({ level: process.env.QUEUE_TEST_LOGS ? "info" : "silent" });

export async function startRunner(handlers: JobHandler[], options: Partial<RunnerOptions> = {}) {
  const sql = createQueuePool(inject("databaseUrl"), 4);
  const runner = new QueueRunner({ sql, handlers, log: silentLog, pollMs: 200, leaseMs: 2_000, retryBaseMs: 50, ...options });
  await runner.start();
  return {
    runner,
    async stop(drainMs = 5_000) {
      await runner.stop(drainMs);
      await sql.end({ timeout: 5 });
    },
  };
}

/** A bare tenant row (no members): enough for the queue, which keys jobs by tenant. */
export async function createTenantRow(): Promise<string> {
  const owner = postgres(inject("ownerDatabaseUrl"), { max: 1, onnotice: () => {} });
  try {
    const slug = uniqueSlug("q");
    const [row] = await owner<{ id: string }[]>`insert into organization (name, slug) values (${slug}, ${slug}) returning id`;
    return row!.id;
  } finally {
    await owner.end();
  }
}

export async function enqueue(tenantId: string, specs: JobSpec[]) {
  return withTenant(getDb(), tenantId, (tx) => enqueueJobs(tx, tenantId, specs));
}

/** Reads jobs across tenants with the owner login (the test's view, not the app's). */
export async function ownerQuery<T extends object>(query: (sql: postgres.Sql) => Promise<T[]>): Promise<T[]> {
  const owner = postgres(inject("ownerDatabaseUrl"), { max: 1, onnotice: () => {} });
  try {
    return await query(owner);
  } finally {
    await owner.end();
  }
}

export async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 15_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function jobStates(ids: string[]) {
  return ownerQuery((sql) => sql<{ id: string; state: string; attempts: number; errors: { message: string; at: string }[]; run_at: Date; started_at: Date | null; finished_at: Date | null; locked_by: string | null; lost_at: Date | null }[]>`
    select id, state, attempts, errors, run_at, started_at, finished_at, locked_by, lost_at from jobs where id = any(${ids}::uuid[])`);
}

export async function allFinished(ids: string[]) {
  const rows = await jobStates(ids);
  return rows.length === ids.length && rows.every((r) => ["succeeded", "failed", "cancelled"].includes(r.state)) ? rows : null;
}

