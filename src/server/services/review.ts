/**
 * The review workflow's use-cases: decisions through the state machine
 * (domain/review.ts) with optimistic concurrency, each with its audit row,
 * notifications, and — on approval — a training example and the signed
 * `draft.approved` webhook, all in the same transaction.
 */
import { and, asc, count, desc, eq, gte, lte, ne, sql } from "drizzle-orm";
import { buildEmailPrompt } from "@/domain/campaign/prompt";
import { modelEmailFromContent } from "@/domain/email/content";
import { decide, policyProblem, type ReviewAction, type ReviewPolicy } from "@/domain/review";
import type { Transaction } from "@/server/db/client";
import { auditEvents, campaigns, draftRevisions, drafts, organization, reviewDecisions, reviewPolicies, trainingExamples, user, type DraftStatus } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { queueBuiltinTraining } from "@/server/models/builtin";
import { lockReviewState, policyFor } from "@/server/review/state";
import { recordAudit } from "./audit";
import type { ServiceContext } from "./context";
import { ServiceError, badRequest } from "./errors";
import { membersWithRoles, notify } from "./notifications";
import { queueWebhookEvent } from "./webhooks";

type Decision = Extract<ReviewAction, "submit" | "approve" | "request_changes" | "reject">;

const MESSAGES: Record<string, (who: string, what: string) => string> = {
  "draft.submitted": (who, what) => `${who} submitted ${what} for review`,
  "draft.changes_requested": (who, what) => `${who} requested changes to ${what}`,
  "draft.approved": (who, what) => `${who} approved ${what}`,
  "draft.approval_recorded": (who, what) => `${who} approved ${what}; it needs another approval`,
  "draft.rejected": (who, what) => `${who} rejected ${what}`,
};

/**
 * Applies a decision (or a submission) if the draft is still at `version`.
 * Refusals from the state machine become service errors with its message.
 */
export async function actOnDraft(ctx: ServiceContext, draftId: string, input: { action: Decision; version: number; reason?: string }) {
  return withTenant(ctx.db, ctx.tenantId, (tx) => applyDecision(tx, ctx, draftId, input));
}

async function applyDecision(tx: Transaction, ctx: ServiceContext, draftId: string, input: { action: Decision; version: number; reason?: string }) {
  const { draft, state } = await lockReviewState(tx, ctx.tenantId, draftId);
  const policy = await policyFor(tx, ctx.tenantId);
  const result = decide(state, { action: input.action, actor: { userId: ctx.actor.userId, role: ctx.actor.role }, version: input.version, reason: input.reason }, policy);
  if (!result.ok) throw new ServiceError(result.code, result.message);
  const reason = input.reason?.trim() || null;
  const round = input.action === "submit" ? draft.round + 1 : draft.round;
  const updated = await tx
    .update(drafts)
    .set({ status: result.next.status, version: result.next.version, round, updatedAt: new Date() })
    .where(and(eq(drafts.id, draftId), eq(drafts.tenantId, ctx.tenantId), eq(drafts.version, input.version)))
    .returning({ id: drafts.id });
  if (updated.length === 0) throw new ServiceError("CONFLICT", "This draft changed since you opened it. Reload to see the latest version, then decide again.");
  if (input.action !== "submit") {
    await tx.insert(reviewDecisions).values({ tenantId: ctx.tenantId, draftId, round, revision: draft.revision, decision: input.action, reason, reviewerId: ctx.actor.userId });
  }
  await recordAudit(tx, ctx.tenantId, ctx.actor.userId, {
    action: result.event,
    objectType: "draft",
    objectId: draftId,
    details: { from: draft.status, to: result.next.status, revision: draft.revision, round, reason, approvals: result.next.approvals.length },
  });

  const [campaign] = await tx.select({ name: campaigns.name, brief: campaigns.brief }).from(campaigns).where(and(eq(campaigns.id, draft.campaignId), eq(campaigns.tenantId, ctx.tenantId)));
  const what = `"${campaign?.name ?? "a campaign"}" variant ${draft.variant}`;
  const message = MESSAGES[result.event]!(ctx.actor.name, what) + (reason ? `: ${reason}` : "");
  if (input.action === "submit") {
    await notify(tx, ctx.tenantId, { userIds: await membersWithRoles(tx, ctx.tenantId, ["owner", "admin", "reviewer"]), actorId: ctx.actor.userId, kind: "submitted", draftId, message });
  } else if (result.event !== "draft.approval_recorded") {
    const kind = input.action === "approve" ? "approved" : input.action === "reject" ? "rejected" : "changes_requested";
    await notify(tx, ctx.tenantId, { userIds: [draft.createdBy, draft.lastEditedBy], actorId: ctx.actor.userId, kind, draftId, message });
  }
  if (result.event === "draft.approved") await onApproved(tx, ctx.tenantId, draftId, draft.revision, campaign?.brief ?? null, result.next.approvals);
  return { status: result.next.status, version: result.next.version, approvals: result.next.approvals.length, requiredApprovals: policy.requiredApprovals };
}

/** Approved work teaches the next model version, and is announced to the workspace's webhooks. */
async function onApproved(tx: Transaction, tenantId: string, draftId: string, revision: number, brief: Parameters<typeof buildEmailPrompt>[0]["brief"] | null, approvers: readonly string[]) {
  const [current] = await tx
    .select()
    .from(draftRevisions)
    .where(and(eq(draftRevisions.tenantId, tenantId), eq(draftRevisions.draftId, draftId), eq(draftRevisions.number, revision)));
  const [tenant] = await tx.select({ name: organization.name }).from(organization).where(eq(organization.id, tenantId));
  if (!current) return;
  if (brief) {
    const prompt = buildEmailPrompt({ companyName: tenant?.name ?? "", brief, variant: 1, passages: [], profileInstructions: null }).messages.at(-1)!.content;
    await tx
      .insert(trainingExamples)
      .values({ tenantId, draftId, prompt, answer: JSON.stringify(modelEmailFromContent(current.content)), score: current.score })
      .onConflictDoUpdate({ target: [trainingExamples.tenantId, trainingExamples.draftId], set: { prompt, answer: JSON.stringify(modelEmailFromContent(current.content)), score: current.score } });
  }
  await queueBuiltinTraining(tx, tenantId);
  await queueWebhookEvent(tx, tenantId, "draft.approved", {
    draftId,
    revision,
    score: current.score,
    approvedBy: approvers,
    subject: current.content.subject,
    preheader: current.content.preheader,
    content: current.content,
  });
}

/** Approves each draft that meets `minScore`, one transaction each; reports what happened to every one. */
export async function bulkApprove(ctx: ServiceContext, input: { drafts: { draftId: string; version: number }[]; minScore: number }) {
  if (input.drafts.length === 0) throw badRequest("Select drafts to approve.");
  if (input.drafts.length > 50) throw badRequest("Approve at most 50 drafts at once.");
  const results: { draftId: string; ok: boolean; message: string }[] = [];
  for (const item of input.drafts) {
    try {
      await withTenant(ctx.db, ctx.tenantId, async (tx) => {
        const [row] = await tx.select({ score: drafts.score }).from(drafts).where(and(eq(drafts.id, item.draftId), eq(drafts.tenantId, ctx.tenantId)));
        if ((row?.score ?? 0) < input.minScore) throw badRequest(`Its score is below ${input.minScore}.`);
        return applyDecision(tx, ctx, item.draftId, { action: "approve", version: item.version });
      });
      results.push({ draftId: item.draftId, ok: true, message: "Approved" });
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      results.push({ draftId: item.draftId, ok: false, message: error.message });
    }
  }
  return { results, approved: results.filter((r) => r.ok).length };
}

export interface QueueFilters {
  status?: DraftStatus;
  campaignId?: string;
  authorId?: string;
  minScore?: number;
  maxScore?: number;
  olderThanDays?: number;
  sort?: "oldest" | "newest" | "score_asc" | "score_desc";
  /** Only drafts this person may decide now (not theirs, not approved by them yet). */
  mine?: boolean;
}

/** The review queue: drafts with their campaign, author, score and age, filtered; with counts per status. */
export async function reviewQueue(ctx: ServiceContext, filters: QueueFilters) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const status = filters.status ?? "in_review";
    const me = ctx.actor.userId;
    // Drafts I may not approve (separation of duties) are not "mine" to review: any revision I saved counts.
    const editedByMe = sql<boolean>`exists (select 1 from draft_revisions r where r.draft_id = ${drafts.id} and r.origin <> 'generated' and r.created_by = ${me})`;
    const approvedByMe = sql<boolean>`exists (select 1 from review_decisions d where d.draft_id = ${drafts.id} and d.round = ${drafts.round} and d.decision = 'approve' and d.reviewer_id = ${me})`;
    const conditions = [
      eq(drafts.tenantId, ctx.tenantId),
      eq(drafts.status, status),
      filters.campaignId ? eq(drafts.campaignId, filters.campaignId) : undefined,
      filters.authorId ? eq(drafts.createdBy, filters.authorId) : undefined,
      filters.minScore !== undefined ? gte(drafts.score, filters.minScore) : undefined,
      filters.maxScore !== undefined ? lte(drafts.score, filters.maxScore) : undefined,
      filters.olderThanDays ? lte(drafts.updatedAt, new Date(Date.now() - filters.olderThanDays * 86_400_000)) : undefined,
      filters.mine ? and(sql`${drafts.createdBy} is distinct from ${me}`, sql`${drafts.lastEditedBy} is distinct from ${me}`, sql`not ${editedByMe}`, sql`not ${approvedByMe}`) : undefined,
    ];
    const order = {
      oldest: [asc(drafts.updatedAt)],
      newest: [desc(drafts.updatedAt)],
      score_asc: [asc(drafts.score), asc(drafts.updatedAt)],
      score_desc: [desc(drafts.score), asc(drafts.updatedAt)],
    }[filters.sort ?? "oldest"];
    const author = sql<string | null>`(select name from "user" u where u.id = ${drafts.createdBy})`;
    const [rows, counts, authors, campaignList] = await Promise.all([
      tx
        .select({
          id: drafts.id,
          variant: drafts.variant,
          status: drafts.status,
          score: drafts.score,
          qualityScore: drafts.qualityScore,
          version: drafts.version,
          revision: drafts.revision,
          updatedAt: drafts.updatedAt,
          campaignId: drafts.campaignId,
          campaignName: campaigns.name,
          authorId: drafts.createdBy,
          authorName: author,
          subject: sql<string | null>`(select content->>'subject' from draft_revisions r where r.draft_id = ${drafts.id} and r.number = ${drafts.revision})`,
          approvals: sql<number>`(select count(distinct reviewer_id)::int from review_decisions d where d.draft_id = ${drafts.id} and d.round = ${drafts.round} and d.decision = 'approve')`,
          approvedByMe,
        })
        .from(drafts)
        .innerJoin(campaigns, eq(campaigns.id, drafts.campaignId))
        .where(and(...conditions))
        .orderBy(...order)
        .limit(200),
      tx
        .select({ status: drafts.status, n: count() })
        .from(drafts)
        .where(and(eq(drafts.tenantId, ctx.tenantId), ne(drafts.status, "generating")))
        .groupBy(drafts.status),
      tx
        .selectDistinct({ id: user.id, name: user.name })
        .from(drafts)
        .innerJoin(user, eq(user.id, drafts.createdBy))
        .where(eq(drafts.tenantId, ctx.tenantId)),
      tx.select({ id: campaigns.id, name: campaigns.name }).from(campaigns).where(eq(campaigns.tenantId, ctx.tenantId)).orderBy(asc(campaigns.name)),
    ]);
    const policy = await policyFor(tx, ctx.tenantId);
    return { drafts: rows, counts: Object.fromEntries(counts.map((c) => [c.status, c.n])) as Partial<Record<DraftStatus, number>>, authors, campaigns: campaignList, policy };
  });
}

/** Decisions and the audit trail of one draft, oldest first. */
export async function draftHistory(ctx: ServiceContext, draftId: string) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [decisions, trail, policy] = await Promise.all([
      tx
        .select({ id: reviewDecisions.id, decision: reviewDecisions.decision, reason: reviewDecisions.reason, round: reviewDecisions.round, revision: reviewDecisions.revision, createdAt: reviewDecisions.createdAt, reviewerName: user.name })
        .from(reviewDecisions)
        .leftJoin(user, eq(user.id, reviewDecisions.reviewerId))
        .where(and(eq(reviewDecisions.tenantId, ctx.tenantId), eq(reviewDecisions.draftId, draftId)))
        .orderBy(asc(reviewDecisions.createdAt)),
      tx
        .select({ id: auditEvents.id, action: auditEvents.action, details: auditEvents.details, createdAt: auditEvents.createdAt, actorName: user.name })
        .from(auditEvents)
        .leftJoin(user, eq(user.id, auditEvents.actorId))
        .where(and(eq(auditEvents.tenantId, ctx.tenantId), eq(auditEvents.objectType, "draft"), eq(auditEvents.objectId, draftId)))
        .orderBy(asc(auditEvents.createdAt)),
      policyFor(tx, ctx.tenantId),
    ]);
    return { decisions, trail, policy };
  });
}

export async function getReviewPolicy(ctx: ServiceContext) {
  return withTenant(ctx.db, ctx.tenantId, (tx) => policyFor(tx, ctx.tenantId));
}

export async function saveReviewPolicy(ctx: ServiceContext, policy: ReviewPolicy) {
  const problem = policyProblem(policy);
  if (problem) throw badRequest(problem);
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    await tx
      .insert(reviewPolicies)
      .values({ tenantId: ctx.tenantId, ...policy, updatedBy: ctx.actor.userId })
      .onConflictDoUpdate({ target: reviewPolicies.tenantId, set: { ...policy, updatedBy: ctx.actor.userId, updatedAt: new Date() } });
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "review_policy.saved", objectType: "review_policy", objectId: ctx.tenantId, details: { ...policy } });
    return policy;
  });
}

/** The approved examples a new model version learns from: the best-scored, newest first. */
export async function bestTrainingExamples(tx: Transaction, tenantId: string, limit = 3) {
  return tx
    .select({ prompt: trainingExamples.prompt, answer: trainingExamples.answer })
    .from(trainingExamples)
    .where(eq(trainingExamples.tenantId, tenantId))
    .orderBy(desc(trainingExamples.score), desc(trainingExamples.createdAt))
    .limit(limit);
}

