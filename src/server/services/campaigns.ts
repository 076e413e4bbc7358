/** Campaigns: briefs, and the email variants generated from them. */
import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, inArray, max, sql } from "drizzle-orm";
import { Brief, sendDateProblem } from "@/domain/campaign/brief";
import { briefTooLong } from "@/domain/campaign/prompt";
import { campaigns, drafts, jobs, user, type CampaignStatus } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import type { Transaction } from "@/server/db/client";
import { markDraftsFailed } from "@/server/campaigns/failed-drafts";
import { writingRunnerKey } from "@/server/campaigns/writing-model";
import { getServingProvider, noModelServer } from "@/server/models/provider";
import { chooseProvider, providerStatus, type ProviderKind } from "@/server/models/selection";
import { enqueueJobs } from "@/server/queue/enqueue";
import { recordAudit } from "./audit";
import { queuePosition, stopJobs } from "./jobs";
import type { ServiceContext } from "./context";
import { badRequest, conflict, notFound } from "./errors";

export const GENERATE_JOB = "campaign.generate_variant";

/** Validates a brief with the messages the form shows; the first problem wins. */
export function parseBrief(input: unknown, today = new Date().toISOString().slice(0, 10)): Brief {
  const parsed = Brief.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badRequest(issue?.message ?? "The brief is not valid.");
  }
  const problem = sendDateProblem(parsed.data.sendDate, today) ?? briefTooLong(parsed.data);
  if (problem) throw badRequest(problem);
  return parsed.data;
}

export async function listCampaigns(ctx: ServiceContext, input: { status: CampaignStatus }) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const rows = await tx
      .select({
        id: campaigns.id,
        name: campaigns.name,
        type: campaigns.type,
        status: campaigns.status,
        createdAt: campaigns.createdAt,
        updatedAt: campaigns.updatedAt,
        createdByName: user.name,
      })
      .from(campaigns)
      .leftJoin(user, eq(user.id, campaigns.createdBy))
      .where(and(eq(campaigns.tenantId, ctx.tenantId), eq(campaigns.status, input.status)))
      .orderBy(desc(campaigns.updatedAt));
    const ids = rows.map((r) => r.id);
    const counts = ids.length
      ? await tx
          .select({ campaignId: drafts.campaignId, status: drafts.status, n: count() })
          .from(drafts)
          .where(and(eq(drafts.tenantId, ctx.tenantId), inArray(drafts.campaignId, ids)))
          .groupBy(drafts.campaignId, drafts.status)
      : [];
    return rows.map((r) => ({
      ...r,
      drafts: Object.fromEntries(counts.filter((c) => c.campaignId === r.id).map((c) => [c.status, c.n])) as Record<string, number>,
    }));
  });
}

export async function createCampaign(ctx: ServiceContext, input: unknown) {
  const brief = parseBrief(input);
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [row] = await tx.insert(campaigns).values({ tenantId: ctx.tenantId, name: brief.name, type: brief.type, brief, createdBy: ctx.actor.userId }).returning();
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "campaign.created", objectType: "campaign", objectId: row!.id, details: { name: brief.name, type: brief.type } });
    return { campaignId: row!.id };
  });
}

export async function updateBrief(ctx: ServiceContext, campaignId: string, input: unknown) {
  const brief = parseBrief(input);
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const campaign = await loadCampaign(tx, ctx.tenantId, campaignId);
    if (campaign.status === "archived") throw conflict("This campaign is archived. Restore it to change the brief.");
    await tx
      .update(campaigns)
      .set({ brief, name: brief.name, type: brief.type, updatedAt: new Date() })
      .where(and(eq(campaigns.id, campaignId), eq(campaigns.tenantId, ctx.tenantId)));
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "campaign.brief_updated", objectType: "campaign", objectId: campaignId, details: { name: brief.name } });
    return { campaignId };
  });
}

export async function setCampaignStatus(ctx: ServiceContext, campaignId: string, status: CampaignStatus) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    await loadCampaign(tx, ctx.tenantId, campaignId);
    await tx
      .update(campaigns)
      .set({ status, updatedAt: new Date() })
      .where(and(eq(campaigns.id, campaignId), eq(campaigns.tenantId, ctx.tenantId)));
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: status === "archived" ? "campaign.archived" : "campaign.restored", objectType: "campaign", objectId: campaignId });
    return { campaignId, status };
  });
}

/** A campaign with its brief and every variant, each with the state of the job writing it. */
export async function getCampaign(ctx: ServiceContext, campaignId: string) {
  // The provider is asked outside the transaction: it may wait on the model server's health check.
  const [writer, data] = await Promise.all([
    providerStatus(),
    withTenant(ctx.db, ctx.tenantId, async (tx) => {
      const campaign = await loadCampaign(tx, ctx.tenantId, campaignId);
      const rows = await tx
        .select({
          id: drafts.id,
          variant: drafts.variant,
          status: drafts.status,
          failure: drafts.failure,
          revision: drafts.revision,
          score: drafts.score,
          qualityScore: drafts.qualityScore,
          updatedAt: drafts.updatedAt,
          jobId: drafts.jobId,
          jobState: jobs.state,
          jobError: jobs.lastError,
          jobProgress: jobs.progress,
          jobAttempts: jobs.attempts,
          jobMaxAttempts: jobs.maxAttempts,
          jobPriority: jobs.priority,
          jobRunAt: jobs.runAt,
          subject: sql<string | null>`(select content->>'subject' from draft_revisions r where r.draft_id = ${drafts.id} and r.number = ${drafts.revision})`,
          provider: sql<"ollama" | "builtin" | null>`${drafts.generation}->>'provider'`,
        })
        .from(drafts)
        .leftJoin(jobs, eq(jobs.id, drafts.jobId))
        .where(and(eq(drafts.tenantId, ctx.tenantId), eq(drafts.campaignId, campaignId)))
        .orderBy(asc(drafts.variant));
      const variants = await Promise.all(
        rows.map(async ({ jobPriority, jobRunAt, ...row }) => ({
          ...row,
          position: row.jobState === "pending" && jobPriority !== null && jobRunAt ? await queuePosition(tx, ctx.tenantId, jobPriority, jobRunAt) : null,
        })),
      );
      return { campaign, variants };
    }),
  ]);
  return { ...data, writer };
}

/** Queues one interactive job per new variant; the page follows them live. */
/** The provider for new generation jobs; refuses when the deployment insists on a model server it does not have. */
export async function writerForNewJobs(): Promise<ProviderKind> {
  const provider = await chooseProvider();
  if (provider === "ollama" && !getServingProvider()) throw badRequest(noModelServer());
  return provider;
}

export async function generateVariants(ctx: ServiceContext, campaignId: string, input: { variants?: number } = {}) {
  const provider = await writerForNewJobs();
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const campaign = await loadCampaign(tx, ctx.tenantId, campaignId);
    if (campaign.status === "archived") throw conflict("This campaign is archived. Restore it to generate drafts.");
    const howMany = input.variants ?? campaign.brief.variants;
    if (!Number.isInteger(howMany) || howMany < 1 || howMany > 10) throw badRequest("Ask for 1 to 10 variants at a time.");
    // Serialise generation requests of one campaign so variant numbers never collide.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`campaign-variants:${campaignId}`}))`);
    const [[last], runnerKey] = await Promise.all([
      tx
        .select({ n: max(drafts.variant) })
        .from(drafts)
        .where(and(eq(drafts.tenantId, ctx.tenantId), eq(drafts.campaignId, campaignId))),
      writingRunnerKey(tx, ctx.tenantId),
    ]);
    const first = (last?.n ?? 0) + 1;
    // Ids first, so each job names its draft and each draft its job, in one insert each.
    const created = Array.from({ length: howMany }, (_, i) => ({ id: randomUUID(), variant: first + i }));
    const queued = await enqueueJobs(
      tx,
      ctx.tenantId,
      created.map((d) => ({
        type: GENERATE_JOB,
        payload: { draftId: d.id, userId: ctx.actor.userId, provider },
        priority: "interactive" as const,
        runnerKey: provider === "ollama" ? runnerKey : null,
        maxAttempts: 4,
        createdBy: ctx.actor.userId,
      })),
    );
    await Promise.all([
      tx
        .insert(drafts)
        .values(created.map((d, i) => ({ id: d.id, tenantId: ctx.tenantId, campaignId, variant: d.variant, jobId: queued[i]!.id, createdBy: ctx.actor.userId }))),
      tx.update(campaigns).set({ updatedAt: new Date() }).where(and(eq(campaigns.id, campaignId), eq(campaigns.tenantId, ctx.tenantId))),
      recordAudit(tx, ctx.tenantId, ctx.actor.userId, {
        action: "campaign.generation_requested",
        objectType: "campaign",
        objectId: campaignId,
        details: { variants: howMany, provider },
      }),
    ]);
    return { draftIds: created.map((d) => d.id), jobIds: queued.map((j) => j.id) };
  });
}

/** Runs a failed (or cancelled) variant again with a fresh job; the rest of the batch is untouched. */
export async function retryVariant(ctx: ServiceContext, draftId: string) {
  const provider = await writerForNewJobs();
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [row] = await tx
      .select({ draft: drafts, jobState: jobs.state })
      .from(drafts)
      .leftJoin(jobs, eq(jobs.id, drafts.jobId))
      .where(and(eq(drafts.id, draftId), eq(drafts.tenantId, ctx.tenantId)))
      .for("update", { of: drafts });
    if (!row) throw notFound("That draft does not exist in this workspace.");
    if (row.draft.status !== "generating" && row.draft.status !== "failed") throw conflict("This variant is already written.");
    if (row.jobState === "pending" || row.jobState === "running") throw conflict("This variant is still being written.");
    const [job] = await enqueueJobs(tx, ctx.tenantId, [
      {
        type: GENERATE_JOB,
        payload: { draftId, userId: ctx.actor.userId, provider },
        priority: "interactive",
        runnerKey: provider === "ollama" ? await writingRunnerKey(tx, ctx.tenantId) : null,
        maxAttempts: 4,
        createdBy: ctx.actor.userId,
      },
    ]);
    await tx
      .update(drafts)
      .set({ jobId: job!.id, status: "generating", failure: null, version: sql`${drafts.version} + 1`, updatedAt: new Date() })
      .where(and(eq(drafts.id, draftId), eq(drafts.tenantId, ctx.tenantId)));
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "draft.generation_retried", objectType: "draft", objectId: draftId });
    return { jobId: job!.id };
  });
}

/**
 * Stops the campaign's batch: variants still waiting are cancelled, variants
 * being written are told to stop (their worker aborts the model call). Each
 * can be tried again on its own; finished variants are untouched.
 */
export async function cancelGeneration(ctx: ServiceContext, campaignId: string) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    await loadCampaign(tx, ctx.tenantId, campaignId);
    const active = await tx
      .select({ jobId: jobs.id, state: jobs.state })
      .from(drafts)
      .innerJoin(jobs, eq(jobs.id, drafts.jobId))
      .where(and(eq(drafts.tenantId, ctx.tenantId), eq(drafts.campaignId, campaignId), eq(drafts.status, "generating"), inArray(jobs.state, ["pending", "running"])))
      .for("update", { of: jobs });
    const stopped = await stopJobs(tx, ctx.tenantId, active.map((j) => ({ id: j.jobId, state: j.state })));
    // Waiting variants are cancelled now; running ones when their worker stops (their job's onEnded).
    await markDraftsFailed(tx, ctx.tenantId, active.filter((j) => j.state === "pending").map((j) => j.jobId), "cancelled", null);
    if (active.length) await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "campaign.generation_cancelled", objectType: "campaign", objectId: campaignId, details: stopped });
    return stopped;
  });
}

export async function loadCampaign(tx: Transaction, tenantId: string, campaignId: string) {
  const [campaign] = await tx
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.tenantId, tenantId)));
  if (!campaign) throw notFound("That campaign does not exist in this workspace.");
  return campaign;
}
