/**
 * The evaluation gate: before a new model version may go live, it and the
 * active version write the tenant's evaluation set (the briefs behind its
 * approved drafts, with the approved copy as references, topped up with
 * standard briefs about its products), as a batch job with progress. Both
 * are scored with compliance, the quality rubric and similarity to the
 * references; activation is refused when the candidate is worse beyond the
 * tolerance, unless an owner overrides with a written reason (audited).
 */
import { and, desc, eq, inArray, ne } from "drizzle-orm";
import { toComplianceProfile, type BrandProfile } from "@/domain/brand-profile";
import type { Brief } from "@/domain/campaign/brief";
import { checkCopy, EMPTY_PROFILE } from "@/domain/compliance";
import { complianceInput, contentFromModel, ModelEmail, type EmailContent } from "@/domain/email/content";
import { buildEmailPrompt } from "@/domain/campaign/prompt";
import type { ServingProvider } from "@/ai/serving";
import { similarity, standardBriefs, summarize, type DraftScores, type EvaluationPair } from "@/domain/evaluation";
import { checkQuality } from "@/domain/quality/rubric";
import type { Database, Transaction } from "@/server/db/client";
import { brandProfiles, campaigns, draftRevisions, drafts, evaluationSets, modelEvaluations, organization, products, tenantModels, type ModelEvaluation, type TenantModel } from "@/server/db/schema";
import { recordAudit } from "./audit";
import type { ServiceContext } from "./context";
import { badRequest } from "./errors";
import { withTenant } from "@/server/db/with-tenant";
import { tenantModelGateway } from "@/server/models/tenant-gateway";
import { enqueueJobs } from "@/server/queue/enqueue";
import { qualityCopy } from "./draft-quality";

/** EVAL_BRIEFS: how many briefs an evaluation writes (default 10). */
export function evaluationSize(): number {
  return Math.max(2, Math.min(50, Number(process.env.EVAL_BRIEFS ?? 10)));
}

/**
 * The evaluation set: the campaigns a person chose on the Models page, or by
 * default the briefs behind approved drafts (their final copy as
 * references), topped up with standard briefs about the tenant's products.
 */
export async function evaluationSet(tx: Transaction, tenantId: string, size = evaluationSize()): Promise<{ brief: Brief; reference: string | null }[]> {
  const [chosen] = await tx.select({ campaignIds: evaluationSets.campaignIds }).from(evaluationSets).where(eq(evaluationSets.tenantId, tenantId));
  if (chosen) return chosenBriefs(tx, tenantId, chosen.campaignIds);
  const approved = await tx
    .select({ brief: campaigns.brief, content: draftRevisions.content })
    .from(drafts)
    .innerJoin(campaigns, eq(campaigns.id, drafts.campaignId))
    .innerJoin(draftRevisions, and(eq(draftRevisions.draftId, drafts.id), eq(draftRevisions.number, drafts.revision), eq(draftRevisions.tenantId, tenantId)))
    .where(and(eq(drafts.tenantId, tenantId), inArray(drafts.status, ["approved", "exported"])))
    .orderBy(desc(drafts.updatedAt))
    .limit(size);
  const seen = new Set<string>();
  const set = approved
    .filter((a) => !seen.has(a.brief.name) && seen.add(a.brief.name))
    .map((a) => ({ brief: { ...a.brief, variants: 1 }, reference: referenceText(a.content) }));
  if (set.length >= size) return set.slice(0, size);
  const [[tenant], catalog, [profile]] = await Promise.all([
    tx.select({ name: organization.name }).from(organization).where(eq(organization.id, tenantId)),
    tx.select({ name: products.name, description: products.description }).from(products).where(eq(products.tenantId, tenantId)).limit(size),
    tx.select({ profile: brandProfiles.profile }).from(brandProfiles).where(eq(brandProfiles.tenantId, tenantId)).orderBy(desc(brandProfiles.version)).limit(1),
  ]);
  const named = [...catalog.map((p) => ({ name: p.name, facts: (p.description ?? "").slice(0, 300) })), ...(profile?.profile.productSpellings.map((p) => ({ name: p.name, facts: "" })) ?? [])];
  return [...set, ...standardBriefs(tenant?.name ?? "us", named, size - set.length).map((brief) => ({ brief, reference: null }))];
}

/** The chosen campaigns' briefs, each with the copy of its best approved draft as reference when there is one. */
async function chosenBriefs(tx: Transaction, tenantId: string, campaignIds: readonly string[]) {
  if (campaignIds.length === 0) return [];
  const [rows, approved] = await Promise.all([
    tx.select({ id: campaigns.id, brief: campaigns.brief }).from(campaigns).where(and(eq(campaigns.tenantId, tenantId), inArray(campaigns.id, [...campaignIds]))),
    tx
      .select({ campaignId: drafts.campaignId, content: draftRevisions.content })
      .from(drafts)
      .innerJoin(draftRevisions, and(eq(draftRevisions.draftId, drafts.id), eq(draftRevisions.number, drafts.revision), eq(draftRevisions.tenantId, tenantId)))
      .where(and(eq(drafts.tenantId, tenantId), inArray(drafts.campaignId, [...campaignIds]), inArray(drafts.status, ["approved", "exported"])))
      .orderBy(desc(drafts.score)),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r.brief]));
  return campaignIds.flatMap((id) => {
    const brief = byId.get(id);
    const reference = approved.find((a) => a.campaignId === id);
    return brief ? [{ brief: { ...brief, variants: 1 }, reference: reference ? referenceText(reference.content) : null }] : [];
  });
}

/** What the Models page shows of the set, and the campaigns a person may choose from. */
export async function describeEvaluationSet(ctx: Pick<ServiceContext, "db" | "tenantId">) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [[chosen], set, available] = await Promise.all([
      tx.select({ campaignIds: evaluationSets.campaignIds }).from(evaluationSets).where(eq(evaluationSets.tenantId, ctx.tenantId)),
      evaluationSet(tx, ctx.tenantId),
      tx.select({ id: campaigns.id, name: campaigns.name }).from(campaigns).where(eq(campaigns.tenantId, ctx.tenantId)).orderBy(desc(campaigns.createdAt)).limit(100),
    ]);
    return {
      custom: !!chosen,
      chosen: chosen?.campaignIds ?? [],
      briefs: set.map((item) => ({ name: item.brief.name, type: item.brief.type, products: item.brief.products.map((p) => p.name), hasReference: item.reference !== null })),
      available,
    };
  });
}

/** Chooses the campaigns the set is made of (null: back to the default). */
export async function saveEvaluationSet(ctx: ServiceContext, campaignIds: string[] | null) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    if (campaignIds === null) {
      await tx.delete(evaluationSets).where(eq(evaluationSets.tenantId, ctx.tenantId));
    } else {
      const found = campaignIds.length ? await tx.select({ id: campaigns.id }).from(campaigns).where(and(eq(campaigns.tenantId, ctx.tenantId), inArray(campaigns.id, campaignIds))) : [];
      if (found.length !== new Set(campaignIds).size) throw badRequest("One of those campaigns is not in this workspace. Reload the page.");
      await tx
        .insert(evaluationSets)
        .values({ tenantId: ctx.tenantId, campaignIds, updatedBy: ctx.actor.userId })
        .onConflictDoUpdate({ target: evaluationSets.tenantId, set: { campaignIds, updatedBy: ctx.actor.userId, updatedAt: new Date() } });
    }
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "evaluation_set.saved", objectType: "evaluation_set", objectId: ctx.tenantId, details: { campaigns: campaignIds?.length ?? "default" } });
  });
}

function referenceText(content: EmailContent): string {
  const copy = qualityCopy(content);
  return `${copy.subject}\n${copy.body}`;
}

/**
 * Queues an evaluation of a new version against the active one (inside the
 * caller's tenant transaction). Nothing to compare with for a first version.
 */
export async function queueEvaluation(tx: Transaction, tenantId: string, candidate: Pick<TenantModel, "id" | "runnerKey">, userId: string | null) {
  const [active] = await tx
    .select({ id: tenantModels.id })
    .from(tenantModels)
    .where(and(eq(tenantModels.tenantId, tenantId), eq(tenantModels.active, true), eq(tenantModels.status, "ready"), ne(tenantModels.id, candidate.id)));
  if (!active) return null;
  const briefs = await evaluationSet(tx, tenantId);
  // An empty set cannot measure anything: the evaluation says how to fill it, and the version waits.
  if (briefs.length === 0) {
    const [evaluation] = await tx
      .insert(modelEvaluations)
      .values({ tenantId, candidateId: candidate.id, baselineId: active.id, briefs, status: "failed", error: "The evaluation set is empty. Choose campaigns for it on the Models page, or reset it to the default (your approved briefs and standard ones)." , createdBy: userId })
      .returning();
    return { evaluationId: evaluation!.id, jobId: null };
  }
  const [evaluation] = await tx.insert(modelEvaluations).values({ tenantId, candidateId: candidate.id, baselineId: active.id, briefs, createdBy: userId }).returning();
  const [job] = await enqueueJobs(tx, tenantId, [{ type: "model.evaluate", payload: { evaluationId: evaluation!.id }, priority: "batch", runnerKey: candidate.runnerKey, createdBy: userId, maxAttempts: 3 }]);
  await tx.update(modelEvaluations).set({ jobId: job!.id }).where(and(eq(modelEvaluations.id, evaluation!.id), eq(modelEvaluations.tenantId, tenantId)));
  return { evaluationId: evaluation!.id, jobId: job!.id };
}

/** The latest evaluation of each version (for the Models page). */
export async function latestEvaluations(tx: Transaction, tenantId: string): Promise<Map<string, ModelEvaluation>> {
  const rows = await tx.select().from(modelEvaluations).where(eq(modelEvaluations.tenantId, tenantId)).orderBy(desc(modelEvaluations.createdAt));
  const latest = new Map<string, ModelEvaluation>();
  for (const row of rows) if (!latest.has(row.candidateId)) latest.set(row.candidateId, row);
  return latest;
}

export type Writer = (model: TenantModel, brief: Brief, signal: AbortSignal) => Promise<ModelEmail>;

/**
 * Writing through the model server the way a campaign does (the same prompt,
 * structured output), with a fixed seed so both versions write under the
 * same conditions and a re-run reads the same.
 */
export function gatewayWriter(server: ServingProvider, tenantId: string, companyName: string): Writer {
  const gateway = tenantModelGateway(server, tenantId);
  return async (model, brief, signal) => {
    const { messages } = buildEmailPrompt({ companyName, brief, variant: 1, passages: [], profileInstructions: null });
    const result = await gateway.structured({ model: model.ollamaName, schema: ModelEmail, messages, options: { temperature: 0.8, seed: 7919 }, signal, timeoutMs: 5 * 60_000 });
    return result.value;
  };
}

/**
 * Runs an evaluation: every brief written by the candidate and the baseline
 * (resuming after the briefs already done), scored, saved pair by pair.
 */
export async function runEvaluation(db: Database, tenantId: string, evaluationId: string, write: Writer, options: { signal: AbortSignal; progress?: (done: number, total: number) => Promise<void> }) {
  const { evaluation, candidate, baseline, profile, workspace } = await withTenant(db, tenantId, async (tx) => {
    const [evaluation] = await tx.select().from(modelEvaluations).where(and(eq(modelEvaluations.id, evaluationId), eq(modelEvaluations.tenantId, tenantId)));
    if (!evaluation) throw new Error("The evaluation was deleted.");
    const models = await tx.select().from(tenantModels).where(and(eq(tenantModels.tenantId, tenantId), inArray(tenantModels.id, [evaluation.candidateId, evaluation.baselineId ?? evaluation.candidateId])));
    const scoring = await scoringContext(tx, tenantId);
    await tx.update(modelEvaluations).set({ status: "running" }).where(and(eq(modelEvaluations.id, evaluationId), eq(modelEvaluations.tenantId, tenantId)));
    return {
      evaluation,
      candidate: models.find((m) => m.id === evaluation.candidateId),
      baseline: models.find((m) => m.id === evaluation.baselineId),
      ...scoring,
    };
  });
  if (!candidate || !baseline) throw new Error("One of the two versions was deleted; build the version again to evaluate it.");
  const score = evaluationScorer(profile, workspace);
  const pairs: EvaluationPair[] = [...evaluation.pairs];
  for (const item of evaluation.briefs.slice(pairs.length)) {
    options.signal.throwIfAborted();
    const [c, b] = [await write(candidate, item.brief, options.signal), await write(baseline, item.brief, options.signal)];
    pairs.push({ brief: item.brief.name, candidate: score(c, item), baseline: score(b, item) });
    await withTenant(db, tenantId, (tx) => tx.update(modelEvaluations).set({ pairs, done: pairs.length }).where(and(eq(modelEvaluations.id, evaluationId), eq(modelEvaluations.tenantId, tenantId))));
    await options.progress?.(pairs.length, evaluation.briefs.length);
  }
  const summary = summarize(pairs);
  await withTenant(db, tenantId, (tx) =>
    tx
      .update(modelEvaluations)
      .set({ status: "done", summary, verdict: summary.verdict, finishedAt: new Date() })
      .where(and(eq(modelEvaluations.id, evaluationId), eq(modelEvaluations.tenantId, tenantId))),
  );
  return summary;
}

export type EvaluationItem = { brief: Brief; reference: string | null };
export type ScoredDraft = DraftScores & { subject: string; body: string };

/**
 * How every evaluation scores a draft, whichever provider wrote it: the
 * draft as a campaign would store it (disclaimers and product names
 * applied), compliance against the profile, the quality rubric, and
 * similarity to the approved reference.
 */
export function evaluationScorer(profile: BrandProfile | null, workspace: { name: string; slug: string }): (email: ModelEmail, item: EvaluationItem) => ScoredDraft {
  const rules = profile ? toComplianceProfile(profile) : EMPTY_PROFILE;
  return (email, item) => {
    const content = contentFromModel(email, item.brief, rules.disclaimers.map((d) => d.text), rules.productSpellings.map((p) => p.canonical));
    const compliance = checkCopy(complianceInput(content), rules);
    const copy = qualityCopy(content);
    const quality = checkQuality(copy, {
      brief: item.brief,
      workspace,
      allowedFacts: rules.disclaimers.map((d) => d.text),
      voice: profile ? { traits: profile.voiceTraits.map((t) => t.trait), preferredTerms: profile.preferredTerms.map((t) => t.term), avoidTones: [] } : undefined,
    });
    const errors = [...compliance.findings, ...quality.findings].filter((f) => f.severity === "error").length;
    return {
      compliance: compliance.score,
      quality: quality.score,
      sendable: errors === 0,
      similarity: item.reference ? similarity(`${copy.subject}\n${copy.body}`, item.reference) : null,
      subject: copy.subject,
      body: copy.body,
    };
  };
}

/** What scoring needs besides the drafts: the latest profile and the workspace's own names. */
export async function scoringContext(tx: Transaction, tenantId: string) {
  const [[latest], [tenant]] = await Promise.all([
    tx.select({ profile: brandProfiles.profile }).from(brandProfiles).where(eq(brandProfiles.tenantId, tenantId)).orderBy(desc(brandProfiles.version)).limit(1),
    tx.select({ name: organization.name, slug: organization.slug }).from(organization).where(eq(organization.id, tenantId)),
  ]);
  return { profile: latest?.profile ?? null, workspace: { name: tenant?.name ?? "", slug: tenant?.slug ?? "" } };
}
