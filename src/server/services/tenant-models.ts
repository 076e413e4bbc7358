import { and, desc, eq, sql } from "drizzle-orm";
import { allowedBaseModels, baseModel, createRequest, DEFAULT_SAMPLING, defaultSystemPrompt, modelfile, ollamaModelName, runnerKey, type TenantModelSpec } from "@/ai/tenant-model";
import { systemPromptFromProfile } from "@/domain/brand-profile";
import { versionOnHosts } from "@/domain/model-hosts";
import { brandProfiles, generations, organization, tenantModels } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { adapterExists } from "@/server/models/adapter-store";
import { NO_MODEL_SERVER, getOllamaProvider, getServingProvider, noModelServer, recentHosts } from "@/server/models/provider";
import { enqueueJobs } from "@/server/queue/enqueue";
import { providerStatus } from "@/server/models/selection";
import { recordAudit } from "./audit";
import { bestTrainingExamples } from "./review";
import type { ServiceContext } from "./context";
import { badRequest, conflict, forbidden, notFound } from "./errors";
import { latestEvaluations } from "./model-evaluations";

export function listBaseModels() {
  const { bases, defaultBase } = allowedBaseModels();
  return bases.map((b) => ({ name: b.name, label: b.label, default: b.name === defaultBase }));
}

/** Versions, newest first, with usage from the generations they served and where each is, per model host. */
export async function listTenantModels(ctx: ServiceContext) {
  // Asked outside the transaction: it may wait on a health check.
  const hosts = (await recentHosts()).map((h) => ({ url: h.url, healthy: h.healthy, installed: h.installed }));
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const versions = await tx.select().from(tenantModels).where(eq(tenantModels.tenantId, ctx.tenantId)).orderBy(desc(tenantModels.version));
    const usage = await tx
      .select({
        tenantModelId: generations.tenantModelId,
        generations: sql<number>`count(*)::int`,
        tokens: sql<number>`coalesce(sum(${generations.promptTokens} + ${generations.completionTokens}), 0)::int`,
        medianMs: sql<number | null>`percentile_cont(0.5) within group (order by ${generations.totalMs})`,
        medianTtftMs: sql<number | null>`percentile_cont(0.5) within group (order by ${generations.ttftMs})`,
      })
      .from(generations)
      .where(eq(generations.tenantId, ctx.tenantId))
      .groupBy(generations.tenantModelId);
    const byModel = new Map(usage.map((u) => [u.tenantModelId, u]));
    const evaluations = await latestEvaluations(tx, ctx.tenantId);
    return versions.map((v) => {
      const evaluation = evaluations.get(v.id);
      return {
        ...v,
        modelfile: modelfile(v.spec),
        hosts: versionOnHosts(v, hosts),
        usage: byModel.get(v.id) ?? { generations: 0, tokens: 0, medianMs: null, medianTtftMs: null },
        evaluation: evaluation
          ? { id: evaluation.id, status: evaluation.status, verdict: evaluation.verdict, summary: evaluation.summary, done: evaluation.done, total: evaluation.briefs.length, jobId: evaluation.jobId, error: evaluation.error, pairs: evaluation.pairs, baselineId: evaluation.baselineId }
          : null,
      };
    });
  });
}

export async function createTenantModelVersion(
  ctx: ServiceContext,
  input: { base?: string; system?: string; temperature?: number; adapter?: { digest: string; filename: string }; reason?: string },
) {
  if (!getServingProvider()) throw badRequest(noModelServer());
  const { bases, defaultBase } = allowedBaseModels();
  const base = input.base ?? defaultBase;
  if (!baseModel(base)) throw badRequest(`"${base}" is not an allowed base model. Choose one of: ${bases.map((b) => b.name).join(", ")}.`);
  if (input.temperature !== undefined && (input.temperature < 0 || input.temperature > 1.5)) {
    throw badRequest("Use a temperature between 0 (steady) and 1.5 (adventurous).");
  }
  if (input.adapter && !(await adapterExists(ctx.tenantId, input.adapter.digest))) {
    throw badRequest("That adapter was not uploaded to this workspace (or was removed). Upload the adapter file again.");
  }
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [tenant] = await tx.select({ name: organization.name, slug: organization.slug }).from(organization).where(eq(organization.id, ctx.tenantId));
    if (!tenant) throw notFound("This workspace no longer exists.");
    // Serialise version numbers per tenant.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`tenant_models:${ctx.tenantId}`}))`);
    const [latest] = await tx
      .select({ version: tenantModels.version, system: tenantModels.spec })
      .from(tenantModels)
      .where(eq(tenantModels.tenantId, ctx.tenantId))
      .orderBy(desc(tenantModels.version))
      .limit(1);
    const version = (latest?.version ?? 0) + 1;
    // The brand profile writes the system prompt; without one, the previous version's (or a default) stays.
    const [profile] = await tx
      .select({ profile: brandProfiles.profile })
      .from(brandProfiles)
      .where(eq(brandProfiles.tenantId, ctx.tenantId))
      .orderBy(desc(brandProfiles.version))
      .limit(1);
    const spec: TenantModelSpec = {
      tenantSlug: tenant.slug,
      version,
      base,
      system:
        input.system?.trim() ||
        (profile ? systemPromptFromProfile(tenant.name, profile.profile) : null) ||
        latest?.system.system ||
        defaultSystemPrompt(tenant.name),
      sampling: { ...DEFAULT_SAMPLING, ...(input.temperature !== undefined ? { temperature: input.temperature } : {}) },
      // The best approved drafts (with the reviewers' final edits) as few-shot messages.
      examples: await bestTrainingExamples(tx, ctx.tenantId),
      adapter: input.adapter ? { digest: input.adapter.digest, filename: input.adapter.filename } : null,
    };
    createRequest(spec);
    const [row] = await tx
      .insert(tenantModels)
      .values({
        tenantId: ctx.tenantId,
        version,
        base,
        ollamaName: ollamaModelName(tenant.slug, version),
        spec,
        runnerKey: runnerKey(spec),
        status: "pending",
        createdBy: ctx.actor.userId,
      })
      .returning();
    const [job] = await enqueueJobs(tx, ctx.tenantId, [
      { type: "model.create", payload: { tenantModelId: row!.id }, priority: "interactive", runnerKey: row!.runnerKey, createdBy: ctx.actor.userId },
    ]);
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, {
      action: "model.version_created",
      objectType: "tenant_model",
      objectId: row!.id,
      details: { version, base },
    });
    return { model: row!, jobId: job!.id };
  });
}

/** Makes a ready version the one generation uses; activating an older one is a rollback. */
/**
 * Makes a ready version the one generation uses. A newer version must have
 * passed its evaluation against the active one; an owner may activate it
 * anyway with a written reason (audited). Going back to an earlier version
 * (a rollback) is always allowed.
 */
export async function activateTenantModel(ctx: ServiceContext, input: { tenantModelId: string; overrideReason?: string }) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [target] = await tx
      .select()
      .from(tenantModels)
      .where(and(eq(tenantModels.id, input.tenantModelId), eq(tenantModels.tenantId, ctx.tenantId)))
      .for("update");
    if (!target) throw notFound("That model version does not exist in this workspace.");
    if (target.status !== "ready") throw conflict(`Version ${target.version} is ${target.status}, not ready; wait for it to build, or build a new one.`);
    if (target.active) return target;
    const [current] = await tx.select({ version: tenantModels.version }).from(tenantModels).where(and(eq(tenantModels.tenantId, ctx.tenantId), eq(tenantModels.active, true)));
    const evaluation = (await latestEvaluations(tx, ctx.tenantId)).get(target.id);
    const rollback = !!current && current.version > target.version;
    const reason = input.overrideReason?.trim() ?? "";
    if (!rollback && evaluation && (evaluation.status !== "done" || evaluation.verdict === "worse")) {
      const why =
        evaluation.status === "pending" || evaluation.status === "running"
          ? `Version ${target.version} is still being evaluated against the active version (${evaluation.done} of ${evaluation.briefs.length} briefs).`
          : evaluation.status === "done"
            ? `Version ${target.version} writes worse than the active version: ${evaluation.summary?.reasons.join("; ")}.`
            : `The evaluation of version ${target.version} did not finish (${evaluation.error ?? evaluation.status}).`;
      if (!reason) throw conflict(`${why} Keep the active version, or have an owner activate it anyway with a reason.`);
      if (ctx.actor.role !== "owner") throw forbidden(`${why} Only an owner can activate it anyway.`);
      if (reason.length < 10) throw badRequest("Write a reason of at least a few words: it goes into the audit log.");
    }
    const [previous] = await tx
      .update(tenantModels)
      .set({ active: false })
      .where(and(eq(tenantModels.tenantId, ctx.tenantId), eq(tenantModels.active, true)))
      .returning({ version: tenantModels.version });
    const [row] = await tx
      .update(tenantModels)
      .set({ active: true, activatedAt: new Date() })
      .where(and(eq(tenantModels.id, target.id), eq(tenantModels.tenantId, ctx.tenantId)))
      .returning();
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, {
      action: previous && previous.version > target.version ? "model.rolled_back" : reason && evaluation?.verdict !== "not_worse" ? "model.activated_over_evaluation" : "model.activated",
      objectType: "tenant_model",
      objectId: target.id,
      details: { version: target.version, from: previous?.version ?? null, ...(reason && evaluation?.verdict !== "not_worse" ? { reason, evaluation: evaluation?.id ?? null } : {}) },
    });
    return row!;
  });
}

export async function deleteTenantModel(ctx: ServiceContext, input: { tenantModelId: string }) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [target] = await tx
      .select()
      .from(tenantModels)
      .where(and(eq(tenantModels.id, input.tenantModelId), eq(tenantModels.tenantId, ctx.tenantId)));
    if (!target) throw notFound("That model version does not exist in this workspace.");
    if (target.active) throw conflict(`v${target.version} is the active version. Activate another version first.`);
    await tx.delete(tenantModels).where(and(eq(tenantModels.id, target.id), eq(tenantModels.tenantId, ctx.tenantId)));
    // Removing it from the model servers can wait and retry; the version is gone from the app now.
    await enqueueJobs(tx, ctx.tenantId, [{ type: "model.delete", payload: { ollamaName: target.ollamaName }, createdBy: ctx.actor.userId }]);
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, {
      action: "model.version_deleted",
      objectType: "tenant_model",
      objectId: target.id,
      details: { version: target.version },
    });
    return { deleted: target.id };
  });
}

/** Runs a prompt through a version (the active one by default) as an interactive job the page can follow live. */
export async function tryTenantModel(ctx: ServiceContext, input: { prompt: string; tenantModelId?: string }) {
  const prompt = input.prompt.trim();
  if (!prompt) throw badRequest("Write a prompt to try the model with.");
  if (!getServingProvider()) throw badRequest(noModelServer());
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [target] = await tx
      .select()
      .from(tenantModels)
      .where(
        and(
          eq(tenantModels.tenantId, ctx.tenantId),
          input.tenantModelId ? eq(tenantModels.id, input.tenantModelId) : eq(tenantModels.active, true),
        ),
      );
    if (!target) throw notFound(input.tenantModelId ? "That model version does not exist in this workspace." : "No version is active yet. Build one and activate it first.");
    if (target.status !== "ready") throw conflict(`Version ${target.version} is ${target.status}; try it once it is ready.`);
    const [job] = await enqueueJobs(tx, ctx.tenantId, [
      {
        type: "model.try",
        payload: { tenantModelId: target.id, prompt, userId: ctx.actor.userId },
        priority: "interactive",
        runnerKey: target.runnerKey,
        maxAttempts: 3,
        createdBy: ctx.actor.userId,
      },
    ]);
    return { jobId: job!.id, version: target.version };
  });
}

/** Pulls a base model onto every model host, as a job whose progress the page shows. */
export async function pullBaseModel(ctx: ServiceContext, input: { base: string }) {
  if (!getServingProvider()) throw badRequest(noModelServer());
  if (!baseModel(input.base)) throw badRequest(`"${input.base}" is not an allowed base model.`);
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [job] = await enqueueJobs(tx, ctx.tenantId, [
      { type: "model.pull_base", payload: { base: input.base }, priority: "interactive", createdBy: ctx.actor.userId, maxAttempts: 3 },
    ]);
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "model.base_pull", objectType: "model_server", objectId: null, details: { base: input.base } });
    return { jobId: job!.id };
  });
}

/** Whether a model server is configured, without asking it anything (cheap enough for every page). */
export function modelServerConfigured() {
  const server = getServingProvider();
  // The engine decides the adapter format the Models page asks for.
  return server ? { configured: true as const, message: null, engine: server.engine } : { configured: false as const, message: noModelServer(), engine: null };
}

/** Reachability, version, available and loaded models of each configured host. */
export async function modelServerStatus() {
  // The Ollama hosts; multi-LoRA engines have their own status (servingEnginesStatus).
  const provider = getOllamaProvider();
  const writer = await providerStatus();
  if (!provider) return { configured: false as const, message: NO_MODEL_SERVER, hosts: [], bases: listBaseModels(), writer };
  const hosts = await provider.refresh();
  const withModels = await Promise.all(
    hosts.map(async (host) => ({
      ...host,
      models: host.healthy ? await provider.listModels(host.url).catch(() => []) : [],
    })),
  );
  return { configured: true as const, message: null, hosts: withModels, bases: listBaseModels(), writer };
}
