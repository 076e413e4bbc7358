/**
 * A variant whose job ended without writing it leaves the `generating`
 * state: it becomes `failed`, with the reason in words and a retry on the
 * campaign page (services/campaigns.ts retryVariant), instead of waiting
 * forever. Keyed by the job: a draft that a newer job is writing, or that
 * was written meanwhile, is left as it is.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { draftFailureReason, type GenerationEnd } from "@/domain/campaign/draft-failure";
import type { Database, Transaction } from "@/server/db/client";
import { drafts } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";

/** Inside the caller's tenant transaction; returns the ids of the drafts it marked. */
export async function markDraftsFailed(tx: Transaction, tenantId: string, jobIds: readonly string[], end: GenerationEnd, error: string | null): Promise<string[]> {
  if (jobIds.length === 0) return [];
  const marked = await tx
    .update(drafts)
    .set({ status: "failed", failure: draftFailureReason(end, error), updatedAt: new Date(), version: sql`${drafts.version} + 1` })
    .where(and(eq(drafts.tenantId, tenantId), inArray(drafts.jobId, [...jobIds]), eq(drafts.status, "generating")))
    .returning({ id: drafts.id });
  return marked.map((d) => d.id);
}

/**
 * For the queue, once a job has ended failed or cancelled (a handler's
 * onEnded): marks the draft that job was writing, if any.
 */
export async function markDraftFailedForJob(db: Database, ended: { tenantId: string; jobId: string; state: GenerationEnd; error: string | null }): Promise<boolean> {
  const marked = await withTenant(db, ended.tenantId, (tx) => markDraftsFailed(tx, ended.tenantId, [ended.jobId], ended.state, ended.error));
  return marked.length > 0;
}
