/** Drafts: their revisions, the editor's saves and previews, block rewrites, and submission for review. */
import { and, desc, eq } from "drizzle-orm";
import { checkCopy } from "@/domain/compliance";
import type { ComplianceProfile, ComplianceReport } from "@/domain/compliance/types";
import { EmailBlock, EmailContent, complianceInput } from "@/domain/email/content";
import { renderEmail } from "@/domain/email/render";
import { campaigns, draftRevisions, drafts, user, type Draft, type RevisionOrigin } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import type { Transaction } from "@/server/db/client";
import { writingRunnerKey } from "@/server/campaigns/writing-model";
import { enqueueJobs } from "@/server/queue/enqueue";
import { DECIDERS, DEFAULT_POLICY, EDITABLE, WRITERS, decide } from "@/domain/review";
import { lockReviewState } from "@/server/review/state";
import { recordAudit } from "./audit";
import { brandKitForRender } from "./brand-kit";
import { complianceProfileFor } from "./brand-profile";
import { draftQuality } from "./draft-quality";
import type { QualityReport } from "@/domain/quality/rubric";
import type { ServiceContext } from "./context";
import { ServiceError, badRequest, conflict, notFound } from "./errors";
import { writerForNewJobs } from "./campaigns";
import { actOnDraft } from "./review";

export const REWRITE_JOB = "draft.rewrite_block";
export const REWRITE_STYLES = ["shorter", "longer", "more_formal", "more_playful"] as const;
export type RewriteStyle = (typeof REWRITE_STYLES)[number];

export async function getDraft(ctx: ServiceContext, draftId: string) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [row] = await tx
      .select({ draft: drafts, campaign: { id: campaigns.id, name: campaigns.name, type: campaigns.type, brief: campaigns.brief } })
      .from(drafts)
      .innerJoin(campaigns, eq(campaigns.id, drafts.campaignId))
      .where(and(eq(drafts.id, draftId), eq(drafts.tenantId, ctx.tenantId)));
    if (!row) throw notFound("That draft does not exist in this workspace.");
    const revisions = await tx
      .select({
        id: draftRevisions.id,
        number: draftRevisions.number,
        origin: draftRevisions.origin,
        score: draftRevisions.score,
        note: draftRevisions.note,
        createdAt: draftRevisions.createdAt,
        authorName: user.name,
      })
      .from(draftRevisions)
      .leftJoin(user, eq(user.id, draftRevisions.createdBy))
      .where(and(eq(draftRevisions.tenantId, ctx.tenantId), eq(draftRevisions.draftId, draftId)))
      .orderBy(desc(draftRevisions.number));
    const [current] = row.draft.revision
      ? await tx
          .select()
          .from(draftRevisions)
          .where(and(eq(draftRevisions.tenantId, ctx.tenantId), eq(draftRevisions.draftId, draftId), eq(draftRevisions.number, row.draft.revision)))
      : [];
    return {
      draft: row.draft,
      campaign: row.campaign,
      revisions,
      current: current ?? null,
      editable: EDITABLE.includes(row.draft.status) && ctx.actor.role !== "reviewer",
      viewer: { userId: ctx.actor.userId, email: ctx.actor.email, role: ctx.actor.role, canDecide: DECIDERS.includes(ctx.actor.role), canExport: WRITERS.includes(ctx.actor.role) },
    };
  });
}

/** Renders content for the editor's live preview (light and dark) with its compliance report; nothing is saved. */
export async function previewDraft(ctx: ServiceContext, input: unknown, draftId?: string) {
  const parsed = EmailContent.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false as const, problem: issue ? `${describePath(issue.path)}: ${issue.message}` : "The draft is not complete." };
  }
  const [kit, profile] = await Promise.all([withTenant(ctx.db, ctx.tenantId, (tx) => brandKitForRender(tx, ctx.tenantId)), complianceProfileFor(ctx)]);
  const [light, dark] = await Promise.all([renderEmail(parsed.data, kit), renderEmail(parsed.data, kit, { scheme: "dark" })]);
  // The checked text goes back with the report, so the page can mark each finding's words in it.
  const checked = complianceInput(parsed.data, kit.footer);
  // With the draft known, the quality rubric runs too (it needs the brief and the other variants).
  const quality = draftId
    ? await withTenant(ctx.db, ctx.tenantId, async (tx) => {
        const [draft] = await tx.select({ id: drafts.id, campaignId: drafts.campaignId }).from(drafts).where(and(eq(drafts.id, draftId), eq(drafts.tenantId, ctx.tenantId)));
        return draft ? draftQuality(tx, ctx.tenantId, draft, parsed.data, kit.footer) : null;
      })
    : null;
  return { ok: true as const, html: light.html, darkHtml: dark.html, text: light.text, compliance: checkCopy(checked, profile), quality, checked };
}

/** Saves the editor's content as a new immutable revision, if nobody saved since `baseRevision`. */
export async function saveRevision(ctx: ServiceContext, draftId: string, input: { content: unknown; baseRevision: number; note?: string }) {
  const parsed = EmailContent.safeParse(input.content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badRequest(issue ? `${describePath(issue.path)}: ${issue.message}` : "The draft is not complete.");
  }
  const profile = await complianceProfileFor(ctx);
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const { draft, state } = await lockReviewState(tx, ctx.tenantId, draftId);
    const allowed = decide(state, { action: "edit", actor: { userId: ctx.actor.userId, role: ctx.actor.role }, version: state.version }, DEFAULT_POLICY);
    if (!allowed.ok) throw new ServiceError(allowed.code, allowed.message);
    if (draft.revision !== input.baseRevision) {
      throw conflict(`This draft changed since you opened it (it is at revision ${draft.revision}). Reload to see the newer revision; copy your edits first if you need them.`);
    }
    const kit = await brandKitForRender(tx, ctx.tenantId);
    const revision = await insertRevision(tx, ctx.tenantId, draft, parsed.data, profile, kit.footer, { origin: "edited", note: input.note?.trim() || null, actorId: ctx.actor.userId });
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "draft.edited", objectType: "draft", objectId: draftId, details: { revision: revision.number, score: revision.score } });
    return { revision: revision.number, score: revision.score, version: draft.version + 1 };
  });
}

/**
 * Writes a revision and points the draft at it (inside the caller's tenant
 * transaction, with the draft row locked).
 */
export async function insertRevision(
  tx: Transaction,
  tenantId: string,
  draft: Pick<Draft, "id" | "revision" | "version" | "status" | "campaignId">,
  content: EmailContent,
  profile: ComplianceProfile,
  footer: string,
  meta: { origin: RevisionOrigin; note: string | null; actorId: string | null; draftChanges?: Partial<Draft>; compliance?: ComplianceReport },
): Promise<{ number: number; score: number; compliance: ComplianceReport; quality: QualityReport }> {
  const compliance = meta.compliance ?? checkCopy(complianceInput(content, footer), profile);
  const quality = await draftQuality(tx, tenantId, draft, content, footer);
  const number = draft.revision + 1;
  // Both statements go out together (pipelined on the transaction's connection).
  await Promise.all([
    tx
      .insert(draftRevisions)
      .values({ tenantId, draftId: draft.id, number, content, compliance, score: compliance.score, quality, qualityScore: quality.score, origin: meta.origin, note: meta.note, createdBy: meta.actorId }),
    tx
    .update(drafts)
    .set({
      ...meta.draftChanges,
      revision: number,
      version: draft.version + 1,
      score: compliance.score,
      qualityScore: quality.score,
      lastEditedBy: meta.actorId,
      updatedAt: new Date(),
    })
    .where(and(eq(drafts.id, draft.id), eq(drafts.tenantId, tenantId))),
  ]);
  return { number, score: compliance.score, compliance, quality };
}

/** Asks the tenant's model for another take on one block; the editor applies the answer, the author saves. */
export async function rewriteBlock(ctx: ServiceContext, draftId: string, input: { block: unknown; style: RewriteStyle }) {
  const provider = await writerForNewJobs();
  const block = EmailBlock.safeParse(input.block);
  if (!block.success) throw badRequest("Fill in the block before asking for a rewrite.");
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    // A rewrite is an edit in the making: the same rules decide whether it may start.
    const { state } = await lockReviewState(tx, ctx.tenantId, draftId);
    const allowed = decide(state, { action: "edit", actor: { userId: ctx.actor.userId, role: ctx.actor.role }, version: state.version }, DEFAULT_POLICY);
    if (!allowed.ok) throw new ServiceError(allowed.code, allowed.message);
    const [job] = await enqueueJobs(tx, ctx.tenantId, [
      {
        type: REWRITE_JOB,
        payload: { draftId, block: block.data, style: input.style, userId: ctx.actor.userId, provider },
        priority: "interactive",
        runnerKey: provider === "ollama" ? await writingRunnerKey(tx, ctx.tenantId) : null,
        maxAttempts: 3,
        createdBy: ctx.actor.userId,
      },
    ]);
    return { jobId: job!.id };
  });
}

/** Hands the draft to reviewers (the review workflow decides from here). */
export async function submitForReview(ctx: ServiceContext, draftId: string, input: { version: number }) {
  return actOnDraft(ctx, draftId, { action: "submit", version: input.version });
}

export async function revisionContent(ctx: ServiceContext, draftId: string, number: number) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [revision] = await tx
      .select()
      .from(draftRevisions)
      .where(and(eq(draftRevisions.tenantId, ctx.tenantId), eq(draftRevisions.draftId, draftId), eq(draftRevisions.number, number)));
    if (!revision) throw notFound("That revision does not exist.");
    return revision;
  });
}

function describePath(path: readonly PropertyKey[]): string {
  const [first, index, field] = path;
  if (first === "blocks" && typeof index === "number") return `Block ${index + 1}${field === "items" ? " (list)" : ""}`;
  if (first === "cta") return "Button";
  if (typeof first === "string") return first.charAt(0).toUpperCase() + first.slice(1);
  return "Draft";
}
