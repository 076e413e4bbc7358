import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { LanguageModelData } from "@/ai/builtin/language-model";
import type { TenantModelSpec } from "@/ai/tenant-model";
import type { EvaluationPair, EvaluationSummary } from "@/domain/evaluation";
import { user } from "./auth";
import { createdAt, tenantId } from "./columns";
import { jobs } from "./jobs";

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const MODEL_STATUSES = ["pending", "creating", "ready", "failed"] as const;
export type TenantModelStatus = (typeof MODEL_STATUSES)[number];

/** One version of a tenant's model (ARCHITECTURE §5.2). Ollama is where it runs; its lifecycle lives here. */
export const tenantModels = pgTable(
  "tenant_models",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    version: integer("version").notNull(),
    base: text("base").notNull(),
    ollamaName: text("ollama_name").notNull(),
    spec: jsonb("spec").$type<TenantModelSpec>().notNull(),
    runnerKey: text("runner_key").notNull(),
    status: text("status").$type<TenantModelStatus>().notNull().default("pending"),
    /** Per model host: "ready" or the error that host gave. */
    hostStatus: jsonb("host_status").$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    active: boolean("active").notNull().default(false),
    error: text("error"),
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    readyAt: ts("ready_at"),
    activatedAt: ts("activated_at"),
  },
  (t) => [
    uniqueIndex("tenant_models_tenant_version_idx").on(t.tenantId, t.version),
    uniqueIndex("tenant_models_one_active_idx").on(t.tenantId).where(sql`active`),
  ],
);

/** Every model call the product makes, with Ollama's own counts and durations. Keyed by job: a retried job writes one row. */
export const generations = pgTable(
  "generations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    jobId: uuid("job_id").references(() => jobs.id, { onDelete: "set null" }),
    tenantModelId: uuid("tenant_model_id").references(() => tenantModels.id, { onDelete: "set null" }),
    kind: text("kind").notNull(),
    modelName: text("model_name").notNull(),
    host: text("host").notNull(),
    prompt: text("prompt").notNull(),
    output: text("output").notNull(),
    promptTokens: integer("prompt_tokens").notNull(),
    completionTokens: integer("completion_tokens").notNull(),
    totalMs: real("total_ms").notNull(),
    loadMs: real("load_ms").notNull(),
    evalMs: real("eval_ms").notNull(),
    ttftMs: real("ttft_ms").notNull(),
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("generations_tenant_created_idx").on(t.tenantId, t.createdAt.desc()),
    index("generations_tenant_model_idx").on(t.tenantId, t.tenantModelId),
    uniqueIndex("generations_job_idx").on(t.jobId).where(sql`job_id is not null`),
  ],
);

export type TenantModel = typeof tenantModels.$inferSelect;

/** The tenant's builtin model (ARCHITECTURE §5.4): trained in process on its own corpus; the newest version is kept. */
export const builtinModels = pgTable("builtin_models", {
  tenantId: tenantId().primaryKey(),
  version: integer("version").notNull(),
  model: jsonb("model").$type<LanguageModelData>().notNull(),
  /** Sentences from approved drafts: the tenant's proven voice. */
  voiceLines: jsonb("voice_lines").$type<string[]>().notNull(),
  documents: integer("documents").notNull(),
  tokens: integer("tokens").notNull(),
  trainMs: real("train_ms").notNull(),
  trainedAt: ts("trained_at").notNull().defaultNow(),
  /** The version this one replaced: rollback is one click. */
  previous: jsonb("previous").$type<BuiltinSnapshot>(),
  /** A retrained version the evaluation held back (it wrote worse); an owner may use it anyway. */
  heldBack: jsonb("held_back").$type<BuiltinSnapshot>(),
  /** The last retrain's comparison with the version it would replace. */
  evaluation: jsonb("evaluation").$type<BuiltinEvaluation>(),
});

/** One trained version of the builtin model, as stored beside the active one. */
export interface BuiltinSnapshot {
  version: number;
  model: LanguageModelData;
  voiceLines: string[];
  documents: number;
  tokens: number;
  trainMs: number;
  trainedAt: string;
}

export interface BuiltinEvaluation {
  candidateVersion: number;
  baselineVersion: number;
  summary: EvaluationSummary;
  pairs: EvaluationPair[];
  /** activated: not worse, live at once; held_back: worse, the baseline stays; overridden: an owner used it anyway. */
  outcome: "activated" | "held_back" | "overridden";
  evaluatedAt: string;
  ms: number;
}

export type BuiltinModel = typeof builtinModels.$inferSelect;
