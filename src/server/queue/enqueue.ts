import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "@/server/db/client";
import { jobs, type Job } from "@/server/db/schema";

export const PRIORITY = { interactive: 0, batch: 1 } as const;

export interface JobSpec {
  type: string;
  payload: unknown;
  priority?: keyof typeof PRIORITY;
  /** The model runner the job will use, for affinity (ARCHITECTURE §5.2). */
  runnerKey?: string | null;
  maxAttempts?: number;
  runAt?: Date;
  /** Enqueueing the same key twice in a tenant yields the first job. */
  idempotencyKey?: string;
  createdBy?: string | null;
}

/**
 * Adds jobs inside the caller's tenant transaction (withTenant), so a job
 * exists exactly when the change that asked for it commits. Workers are woken
 * by the NOTIFY a trigger on jobs sends (drizzle/0005), delivered at commit.
 */
export async function enqueueJobs(tx: Transaction, tenantId: string, specs: readonly JobSpec[]): Promise<Job[]> {
  if (specs.length === 0) return [];
  const inserted = await tx
    .insert(jobs)
    .values(
      specs.map((spec) => ({
        tenantId,
        type: spec.type,
        payload: spec.payload ?? {},
        priority: PRIORITY[spec.priority ?? "batch"],
        runnerKey: spec.runnerKey ?? null,
        maxAttempts: spec.maxAttempts ?? 5,
        runAt: spec.runAt ?? new Date(),
        idempotencyKey: spec.idempotencyKey ?? null,
        createdBy: spec.createdBy ?? null,
      })),
    )
    .onConflictDoNothing()
    .returning();
  const keys = specs.map((s) => s.idempotencyKey).filter((k): k is string => !!k && !inserted.some((j) => j.idempotencyKey === k));
  if (keys.length === 0) return inserted;
  const existing = await tx
    .select()
    .from(jobs)
    .where(and(eq(jobs.tenantId, tenantId), inArray(jobs.idempotencyKey, keys)));
  return [...inserted, ...existing];
}
