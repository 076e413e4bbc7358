/**
 * Which model writes a tenant's copy: its active model version when one is
 * ready (it carries the brand profile in its system prompt), otherwise the
 * deployment's base model with the profile sent as instructions.
 */
import { and, desc, eq } from "drizzle-orm";
import { allowedBaseModels, createRequest } from "@/ai/tenant-model";
import type { CreateModelRequest } from "@/ai/ollama/provider";
import { systemPromptFromProfile, type BrandProfile } from "@/domain/brand-profile";
import type { Transaction } from "@/server/db/client";
import { brandProfiles, organization, tenantModels } from "@/server/db/schema";

export interface WritingModel {
  name: string;
  runnerKey: string;
  tenantModelId: string | null;
  version: number | null;
  /** How to create the model when a host lacks it (tenant versions only). */
  createRequest: CreateModelRequest | null;
  /** The brand profile as a system message, when the model does not carry it. */
  profileInstructions: string | null;
  companyName: string;
  /** The current brand profile (its rules are checked on every draft), or null before there is one. */
  profile: BrandProfile | null;
}

export async function writingModelFor(tx: Transaction, tenantId: string): Promise<WritingModel> {
  // Independent reads, pipelined on the transaction's connection.
  const [[model], [tenant], [latest]] = await Promise.all([
    tx
      .select()
      .from(tenantModels)
      .where(and(eq(tenantModels.tenantId, tenantId), eq(tenantModels.active, true), eq(tenantModels.status, "ready"))),
    tx.select({ name: organization.name }).from(organization).where(eq(organization.id, tenantId)),
    tx.select().from(brandProfiles).where(eq(brandProfiles.tenantId, tenantId)).orderBy(desc(brandProfiles.version)).limit(1),
  ]);
  const companyName = tenant?.name ?? "the company";
  const profile = latest?.profile ?? null;
  if (model) {
    return {
      name: model.ollamaName,
      runnerKey: model.runnerKey,
      tenantModelId: model.id,
      version: model.version,
      createRequest: createRequest(model.spec),
      profileInstructions: null,
      companyName,
      profile,
    };
  }
  const base = allowedBaseModels().defaultBase;
  return {
    name: base,
    runnerKey: `${base}|-`,
    tenantModelId: null,
    version: null,
    createRequest: null,
    profileInstructions: profile ? systemPromptFromProfile(companyName, profile) : `You write marketing copy for ${companyName}. Never invent prices, product features, statistics or claims that you were not given.`,
    companyName,
    profile,
  };
}

/** Just the runner key the writing model needs, for the queue's affinity (one query). */
export async function writingRunnerKey(tx: Transaction, tenantId: string): Promise<string> {
  const [model] = await tx
    .select({ runnerKey: tenantModels.runnerKey })
    .from(tenantModels)
    .where(and(eq(tenantModels.tenantId, tenantId), eq(tenantModels.active, true), eq(tenantModels.status, "ready")));
  if (model) return model.runnerKey;
  return `${allowedBaseModels().defaultBase}|-`;
}
