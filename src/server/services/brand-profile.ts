import { and, asc, desc, eq, sql } from "drizzle-orm";
import { BrandProfile, EMPTY_BRAND_PROFILE, toComplianceProfile } from "@/domain/brand-profile";
import { EMPTY_PROFILE, type ComplianceProfile } from "@/domain/compliance";
import type { Transaction } from "@/server/db/client";
import { brandChunks, brandGuides, brandProfiles, tenantModels } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { NO_MODEL_SERVER, getOllamaProvider } from "@/server/models/provider";
import { chooseProvider } from "@/server/models/selection";
import { enqueueJobs } from "@/server/queue/enqueue";
import { recordAudit } from "./audit";
import type { ServiceContext } from "./context";
import { badRequest, conflict } from "./errors";
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
  const row = await withTenant(ctx.db, ctx.tenantId, (tx) => insertProfileVersion(tx, ctx.tenantId, ctx.actor.userId, parsed.data, "edited"));
  return { profile: row, modelJobId: await rebuildModelFromProfile(ctx) };
}

/**
 * A new profile version means a new model version, when the workspace already
 * has a model and a model server is configured. Returns the build job, if any.
 */
export async function rebuildModelFromProfile(ctx: ServiceContext): Promise<string | null> {
  if (!getOllamaProvider()) return null;
  const [existing] = await withTenant(ctx.db, ctx.tenantId, (tx) =>
    tx.select({ base: tenantModels.base }).from(tenantModels).where(eq(tenantModels.tenantId, ctx.tenantId)).orderBy(desc(tenantModels.version)).limit(1),
  );
  if (!existing) return null;
  const { jobId } = await createTenantModelVersion(ctx, { base: existing.base });
  return jobId;
}

/** Queues extraction of a profile from the tenant's ready guides with the tenant's model. */
export async function extractProfile(ctx: ServiceContext) {
  const provider = await chooseProvider();
  if (provider === "ollama" && !getOllamaProvider()) throw badRequest(NO_MODEL_SERVER);
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
  if (!getOllamaProvider()) throw badRequest(NO_MODEL_SERVER);
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
