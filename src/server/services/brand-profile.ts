import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { coverageGaps, guidesWithoutRules, profileConflicts } from "@/domain/brand-guide/coverage";
import { BrandProfile, EMPTY_BRAND_PROFILE, PROPOSABLE_FIELDS, toComplianceProfile, type ProfileExtraction } from "@/domain/brand-profile";
import { addItem, mergeReading, recordEdits, rejectItem } from "@/domain/profile-merge";
import { verifyExtraction, type GuideText } from "@/domain/profile-verification";
import { EMPTY_PROFILE, type ComplianceProfile } from "@/domain/compliance";
import type { Transaction } from "@/server/db/client";
import { brandChunks, brandGuides, brandProfiles, jobs, tenantModels } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { getServingProvider, noModelServer } from "@/server/models/provider";
import { chooseProvider } from "@/server/models/selection";
import { enqueueJobs } from "@/server/queue/enqueue";
import { recordAudit } from "./audit";
import type { ServiceContext } from "./context";
import { badRequest, conflict, notFound } from "./errors";
import { createTenantModelVersion } from "./tenant-models";

export async function currentProfile(ctx: Pick<ServiceContext, "db" | "tenantId">) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [row] = await tx.select().from(brandProfiles).where(eq(brandProfiles.tenantId, ctx.tenantId)).orderBy(desc(brandProfiles.version)).limit(1);
    return row ?? null;
  });
}

/** The rules Check copy applies: the current profile's, or none beyond the universal ones. */
export async function complianceProfileFor(ctx: Pick<ServiceContext, "db" | "tenantId">): Promise<ComplianceProfile> {
  const row = await currentProfile(ctx);
  return row ? toComplianceProfile(row.profile) : EMPTY_PROFILE;
}

/** Saves a profile as a new version (inside the caller's tenant transaction). */
export async function insertProfileVersion(tx: Transaction, tenantId: string, actorId: string | null, profile: BrandProfile, origin: "extracted" | "edited", extractedBy: string | null = null) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`brand_profiles:${tenantId}`}))`);
  const [latest] = await tx.select({ version: brandProfiles.version }).from(brandProfiles).where(eq(brandProfiles.tenantId, tenantId)).orderBy(desc(brandProfiles.version)).limit(1);
  const [row] = await tx
    .insert(brandProfiles)
    .values({ tenantId, version: (latest?.version ?? 0) + 1, profile, origin, extractedBy, createdBy: actorId })
    .returning();
  await recordAudit(tx, tenantId, actorId, { action: `brand_profile.${origin}`, objectType: "brand_profile", objectId: row!.id, details: { version: row!.version } });
  return row!;
}

export async function saveProfile(ctx: ServiceContext, input: unknown) {
  const parsed = BrandProfile.safeParse(input);
  if (!parsed.success) throw badRequest(parsed.error.issues[0]?.message ?? "The profile is not valid.");
  const row = await withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const previous = await latestProfile(tx, ctx.tenantId);
    // Items read from a guide that the person removed stay removed when the guides are read again.
    return insertProfileVersion(tx, ctx.tenantId, ctx.actor.userId, recordEdits(previous, parsed.data), "edited");
  });
  return { profile: row, modelJobId: await rebuildModelFromProfile(ctx) };
}

async function latestProfile(tx: Transaction, tenantId: string): Promise<BrandProfile | null> {
  const [row] = await tx.select({ profile: brandProfiles.profile }).from(brandProfiles).where(eq(brandProfiles.tenantId, tenantId)).orderBy(desc(brandProfiles.version)).limit(1);
  return row?.profile ?? null;
}

/**
 * Saves what a reader (the builtin one or a model) found: every item checked
 * against the guide text, merged with what people decided before.
 */
export async function saveExtraction(ctx: Pick<ServiceContext, "db" | "tenantId">, actorId: string | null, extraction: ProfileExtraction, extractedBy: string) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const passages = await guideTexts(tx, ctx.tenantId);
    const read = verifyExtraction(extraction, passages);
    const previous = await latestProfile(tx, ctx.tenantId);
    const row = await insertProfileVersion(tx, ctx.tenantId, actorId, mergeReading(previous, read), "extracted", extractedBy);
    return { row, pending: row.profile.pending?.length ?? 0 };
  });
}

/** Every passage of the tenant's ready guides, in reading order: what items are verified against. */
async function guideTexts(tx: Transaction, tenantId: string): Promise<GuideText[]> {
  return tx
    .select({ guideId: brandChunks.guideId, documentName: brandGuides.filename, section: brandChunks.section, page: brandChunks.page, text: brandChunks.text })
    .from(brandChunks)
    .innerJoin(brandGuides, eq(brandGuides.id, brandChunks.guideId))
    .where(eq(brandChunks.tenantId, tenantId))
    .orderBy(asc(brandGuides.createdAt), asc(brandChunks.ordinal));
}

/**
 * The profile page's view: the current profile, plus what the guides say
 * that it does not cover, terms the guides disagree on, and guides that gave
 * no rules at all.
 */
export async function profileView(ctx: Pick<ServiceContext, "db" | "tenantId">) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [[row], passages, guides, [reading]] = await Promise.all([
      tx.select().from(brandProfiles).where(eq(brandProfiles.tenantId, ctx.tenantId)).orderBy(desc(brandProfiles.version)).limit(1),
      guideTexts(tx, ctx.tenantId),
      tx.select({ id: brandGuides.id, filename: brandGuides.filename }).from(brandGuides).where(and(eq(brandGuides.tenantId, ctx.tenantId), eq(brandGuides.status, "ready"))),
      // A reading still under way (after an upload, a removal, or a click): the page follows it.
      tx
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.tenantId, ctx.tenantId), eq(jobs.type, "brand.extract_profile"), inArray(jobs.state, ["pending", "running"])))
        .orderBy(desc(jobs.createdAt))
        .limit(1),
    ]);
    const readingJobId = reading?.id ?? null;
    if (!row) return { profile: null, gaps: [], conflicts: [], guidesWithoutRules: [], readingJobId };
    return { profile: row, gaps: coverageGaps(passages, row.profile), conflicts: profileConflicts(row.profile), guidesWithoutRules: guidesWithoutRules(guides, row.profile), readingJobId };
  });
}

export const ProfileDecision = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("accept"), id: z.string().min(1).max(600) }),
  z.object({ decision: z.literal("reject"), id: z.string().min(1).max(600) }),
  z.object({
    decision: z.literal("add"),
    /** An uncovered passage's suggestion, possibly edited before adding. */
    item: z.object({ field: z.enum(PROPOSABLE_FIELDS), value: z.string().trim().min(1, "Say what the rule is.").max(500), replacement: z.string().trim().max(80).nullable().optional(), gapId: z.string().max(600).optional() }),
  }),
  z.object({ decision: z.literal("dismiss"), id: z.string().min(1).max(600) }),
]);

/** Accepts or rejects a proposal, adds an uncovered passage's rule, or dismisses it; a new profile version, audited with the person. */
export async function decideProfileItem(ctx: ServiceContext, input: z.infer<typeof ProfileDecision>) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const previous = await latestProfile(tx, ctx.tenantId);
    if (!previous) throw conflict("There is no profile yet. Extract it from your guides first.");
    const by = { name: ctx.actor.name || ctx.actor.email, at: new Date().toISOString() };
    let next: BrandProfile;
    if (input.decision === "accept") {
      const item = previous.pending?.find((p) => p.id === input.id);
      if (!item) throw notFound("That proposal was already decided. Reload the page.");
      next = addItem(previous, item, by);
    } else if (input.decision === "add") {
      const passages = await guideTexts(tx, ctx.tenantId);
      const gap = input.item.gapId ? coverageGaps(passages, previous).find((g) => g.id === input.item.gapId) : undefined;
      const source = gap ? { guideId: gap.guideId, documentName: gap.documentName, section: gap.section || undefined, page: gap.page ?? undefined, quote: gap.quote, verified: true } : null;
      next = addItem(previous, { field: input.item.field, value: input.item.value, replacement: input.item.replacement ?? null, source }, by);
    } else {
      next = rejectItem(previous, input.id);
    }
    const row = await insertProfileVersion(tx, ctx.tenantId, ctx.actor.userId, next, "edited");
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, {
      action: `brand_profile.item_${input.decision === "add" ? "added" : input.decision === "accept" ? "accepted" : input.decision === "reject" ? "rejected" : "dismissed"}`,
      objectType: "brand_profile",
      objectId: row.id,
      details: input.decision === "add" ? { field: input.item.field, value: input.item.value } : { id: input.id },
    });
    return row;
  });
}

/**
 * Queues a new reading after the guides changed, so the profile follows them
 * (people's decisions kept). It reads the way the profile was last read: the
 * builtin reader, unless the workspace extracted with its model.
 */
export async function queueProfileReading(tx: Transaction, tenantId: string, userId: string | null) {
  if (!userId) return;
  const [latest] = await tx
    .select({ extractedBy: brandProfiles.extractedBy })
    .from(brandProfiles)
    .where(and(eq(brandProfiles.tenantId, tenantId), eq(brandProfiles.origin, "extracted")))
    .orderBy(desc(brandProfiles.version))
    .limit(1);
  const provider = latest?.extractedBy && latest.extractedBy !== "builtin" && getServingProvider() ? "ollama" : "builtin";
  await enqueueJobs(tx, tenantId, [{ type: "brand.extract_profile", payload: { userId, provider, automatic: true }, priority: "batch", createdBy: userId, maxAttempts: 3 }]);
}

/**
 * A new profile version means a new model version, when the workspace already
 * has a model and a model server is configured. Returns the build job, if any.
 */
export async function rebuildModelFromProfile(ctx: ServiceContext): Promise<string | null> {
  if (!getServingProvider()) return null;
  const [existing] = await withTenant(ctx.db, ctx.tenantId, (tx) =>
    tx.select({ base: tenantModels.base }).from(tenantModels).where(eq(tenantModels.tenantId, ctx.tenantId)).orderBy(desc(tenantModels.version)).limit(1),
  );
  if (!existing) return null;
  const { jobId } = await createTenantModelVersion(ctx, { base: existing.base });
  return jobId;
}

/** Queues extraction of a profile from the tenant's ready guides with the chosen provider (the builtin reader when no model server is reachable). */
export async function extractProfile(ctx: ServiceContext) {
  const provider = await chooseProvider();
  if (provider === "ollama" && !getServingProvider()) throw badRequest(noModelServer());
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [ready] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(brandGuides)
      .where(and(eq(brandGuides.tenantId, ctx.tenantId), eq(brandGuides.status, "ready")));
    if (!ready?.n) throw conflict("Upload a brand guide and wait until it is Ready, then extract the profile.");
    const [job] = await enqueueJobs(tx, ctx.tenantId, [{ type: "brand.extract_profile", payload: { userId: ctx.actor.userId, provider }, priority: "interactive", createdBy: ctx.actor.userId, maxAttempts: 3 }]);
    return { jobId: job!.id };
  });
}

/** The passages extraction reads: the guides' chunks in order, up to a character budget. */
export async function passagesForExtraction(tx: Transaction, tenantId: string, budget = 12_000) {
  const rows = await tx
    .select({ guideId: brandChunks.guideId, documentName: brandGuides.filename, section: brandChunks.section, page: brandChunks.page, text: brandChunks.text })
    .from(brandChunks)
    .innerJoin(brandGuides, eq(brandGuides.id, brandChunks.guideId))
    .where(eq(brandChunks.tenantId, tenantId))
    .orderBy(asc(brandGuides.createdAt), asc(brandChunks.ordinal));
  const out: typeof rows = [];
  let used = 0;
  for (const row of rows) {
    if (used + row.text.length > budget) break;
    out.push(row);
    used += row.text.length;
  }
  return out;
}

export { EMPTY_BRAND_PROFILE };

/** Asks the tenant's active model how well some copy matches the brand voice: a separate, model-judged score. */
export async function judgeVoice(ctx: ServiceContext, copy: { subject?: string; preheader?: string; body: string }) {
  if (!getServingProvider()) throw badRequest(noModelServer());
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [model] = await tx
      .select({ id: tenantModels.id, runnerKey: tenantModels.runnerKey })
      .from(tenantModels)
      .where(and(eq(tenantModels.tenantId, ctx.tenantId), eq(tenantModels.active, true), eq(tenantModels.status, "ready")));
    if (!model) throw conflict("No model version is active. Build and activate one on the Models page to get a voice score.");
    const [job] = await enqueueJobs(tx, ctx.tenantId, [
      { type: "brand.judge_voice", payload: { tenantModelId: model.id, ...copy }, priority: "interactive", runnerKey: model.runnerKey, createdBy: ctx.actor.userId, maxAttempts: 2 },
    ]);
    return { jobId: job!.id };
  });
}
