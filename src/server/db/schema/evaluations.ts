import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { EvaluationPair, EvaluationSummary } from "@/domain/evaluation";
import type { Brief } from "@/domain/campaign/brief";
import { user } from "./auth";
import { createdAt, tenantId } from "./columns";
import { jobs } from "./jobs";
import { tenantModels } from "./models";

export const EVALUATION_STATUSES = ["pending", "running", "done", "failed", "cancelled"] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/** A model version written against the active one on the tenant's evaluation set, before it may go live. */
export const modelEvaluations = pgTable(
  "model_evaluations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => tenantModels.id, { onDelete: "cascade" }),
    baselineId: uuid("baseline_id").references(() => tenantModels.id, { onDelete: "set null" }),
    jobId: uuid("job_id").references(() => jobs.id, { onDelete: "set null" }),
    status: text("status").$type<EvaluationStatus>().notNull().default("pending"),
    /** The briefs written (with approved copy as references where there is some). */
    briefs: jsonb("briefs").$type<{ brief: Brief; reference: string | null }[]>().notNull(),
    pairs: jsonb("pairs").$type<EvaluationPair[]>().notNull().default([]),
    summary: jsonb("summary").$type<EvaluationSummary>(),
    verdict: text("verdict").$type<EvaluationSummary["verdict"]>(),
    error: text("error"),
    done: integer("done").notNull().default(0),
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("model_evaluations_tenant_candidate_idx").on(t.tenantId, t.candidateId, t.createdAt.desc())],
);

export type ModelEvaluation = typeof modelEvaluations.$inferSelect;

/** A workspace's own choice of evaluation briefs (absent: its approved briefs, topped up with standard ones). */
export const evaluationSets = pgTable("evaluation_sets", {
  tenantId: tenantId().primaryKey(),
  /** The campaigns whose briefs make the set, in order. */
  campaignIds: jsonb("campaign_ids").$type<string[]>().notNull(),
  updatedBy: uuid("updated_by").references(() => user.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
