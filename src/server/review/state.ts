/** Loading a draft's review state (and the workspace's policy) inside a tenant transaction. */
import { and, eq, isNotNull, ne } from "drizzle-orm";
import { DEFAULT_POLICY, type ReviewPolicy, type ReviewState } from "@/domain/review";
import type { Transaction } from "@/server/db/client";
import { draftRevisions, drafts, reviewDecisions, reviewPolicies } from "@/server/db/schema";
import { notFound } from "@/server/services/errors";

export async function policyFor(tx: Transaction, tenantId: string): Promise<ReviewPolicy> {
  const [row] = await tx.select().from(reviewPolicies).where(eq(reviewPolicies.tenantId, tenantId));
  return row ? { requiredApprovals: row.requiredApprovals, minScore: row.minScore, minQuality: row.minQuality } : DEFAULT_POLICY;
}

/** The draft row (locked for update) and its state for the state machine. */
export async function lockReviewState(tx: Transaction, tenantId: string, draftId: string) {
  const [draft] = await tx
    .select()
    .from(drafts)
    .where(and(eq(drafts.id, draftId), eq(drafts.tenantId, tenantId)))
    .for("update");
  if (!draft) throw notFound("That draft does not exist in this workspace.");
  const [approvals, editors] = await Promise.all([
    tx
      .selectDistinct({ reviewerId: reviewDecisions.reviewerId })
      .from(reviewDecisions)
      .where(and(eq(reviewDecisions.tenantId, tenantId), eq(reviewDecisions.draftId, draftId), eq(reviewDecisions.round, draft.round), eq(reviewDecisions.decision, "approve"))),
    // Everyone who saved a revision, in any round (a deleted account's edits have no one to exclude).
    tx
      .selectDistinct({ editorId: draftRevisions.createdBy })
      .from(draftRevisions)
      .where(and(eq(draftRevisions.tenantId, tenantId), eq(draftRevisions.draftId, draftId), ne(draftRevisions.origin, "generated"), isNotNull(draftRevisions.createdBy))),
  ]);
  const state: ReviewState = {
    status: draft.status,
    version: draft.version,
    authorId: draft.createdBy,
    editorIds: [...new Set([...editors.flatMap((e) => (e.editorId ? [e.editorId] : [])), ...(draft.lastEditedBy ? [draft.lastEditedBy] : [])])],
    approvals: approvals.flatMap((a) => (a.reviewerId ? [a.reviewerId] : [])),
    score: draft.score,
    qualityScore: draft.qualityScore,
  };
  return { draft, state };
}
