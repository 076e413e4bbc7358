import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { createdAt, tenantId } from "./columns";

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const JOB_STATES = ["pending", "running", "succeeded", "failed", "cancelled"] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobErrorEntry {
  attempt: number;
  at: string;
  message: string;
  retryable: boolean;
}

/**
 * The job queue (ARCHITECTURE §4). Tenant rows like any other: RLS scopes a
 * tenant's reads and writes; the worker pool crosses tenants only as the
 * brandsmith_queue role (see drizzle/0002_job_queue.sql).
 */
export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    type: text("type").notNull(),
    payload: jsonb("payload").$type<unknown>().notNull(),
    state: text("state").$type<JobState>().notNull().default("pending"),
    /** 0 = interactive (a person is waiting), 1 = batch. Lower runs first. */
    priority: smallint("priority").notNull().default(1),
    /** The model runner the job needs (host-independent part of ARCHITECTURE §5.2), for affinity. */
    runnerKey: text("runner_key"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    runAt: ts("run_at").notNull().defaultNow(),
    lockedBy: text("locked_by"),
    leaseExpiresAt: ts("lease_expires_at"),
    /**
     * When the worker running it was lost (crashed, frozen, cut off) or gave
     * it back on shutdown; cleared when it is claimed again. Such a job goes
     * first in its class (it had its turn), and this measures how long it
     * waited to restart (queue_job_recovery_seconds).
     */
    lostAt: ts("lost_at"),
    cancelRequested: boolean("cancel_requested").notNull().default(false),
    progress: jsonb("progress").$type<{ percent?: number; message?: string } | null>(),
    /** Streamed model output so far, flushed by the worker a few times a second. */
    output: text("output").notNull().default(""),
    result: jsonb("result").$type<unknown>(),
    lastError: text("last_error"),
    errors: jsonb("errors").$type<JobErrorEntry[]>().notNull().default(sql`'[]'::jsonb`),
    idempotencyKey: text("idempotency_key"),
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    startedAt: ts("started_at"),
    finishedAt: ts("finished_at"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("jobs_tenant_state_created_idx").on(t.tenantId, t.state, t.createdAt.desc()),
    index("jobs_pending_idx").on(t.tenantId, t.priority, t.runAt).where(sql`state = 'pending'`),
    // Jobs taken back from a lost worker, found without scanning a tenant's backlog (they are few and go first).
    index("jobs_resumed_idx").on(t.tenantId, t.priority, t.runAt).where(sql`state = 'pending' and lost_at is not null`),
    index("jobs_running_lease_idx").on(t.leaseExpiresAt).where(sql`state = 'running'`),
    // Fair share looks at each tenant's recent starts.
    index("jobs_started_idx").on(t.startedAt).where(sql`started_at is not null`),
    uniqueIndex("jobs_tenant_idempotency_idx").on(t.tenantId, t.idempotencyKey).where(sql`idempotency_key is not null`),
  ],
);

export type Job = typeof jobs.$inferSelect;
