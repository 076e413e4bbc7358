import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Brief } from "@/domain/campaign/brief";
import type { RetrievedPassage } from "@/domain/campaign/prompt";
import type { ComplianceReport } from "@/domain/compliance/types";
import type { QualityReport } from "@/domain/quality/rubric";
import type { EmailContent } from "@/domain/email/content";
import type { DraftStatus } from "@/domain/review";
import { user } from "./auth";
import { bytea, createdAt, tenantId } from "./columns";
import { jobs } from "./jobs";
import { tenantModels } from "./models";

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** The tenant's brand kit: how its emails look. One row per tenant. */
export const brandKits = pgTable("brand_kits", {
  tenantId: tenantId().primaryKey(),
  primaryColor: text("primary_color").notNull(),
  textColor: text("text_color").notNull(),
  backgroundColor: text("background_color").notNull(),
  fontStack: text("font_stack").notNull(),
  footer: text("footer").notNull().default(""),
  /** The logo's bytes when the database keeps files; with STORAGE_URL, logo_key says where they are. */
  logo: bytea("logo"),
  logoKey: text("logo_key"),
  logoType: text("logo_type"),
  /** sha256 of the logo: its public URL carries it, so a new logo is a new URL. */
  logoSha: text("logo_sha"),
  updatedBy: uuid("updated_by").references(() => user.id, { onDelete: "set null" }),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

export const CAMPAIGN_STATUSES = ["active", "archived"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    type: text("type").$type<Brief["type"]>().notNull(),
    brief: jsonb("brief").$type<Brief>().notNull(),
    status: text("status").$type<CampaignStatus>().notNull().default("active"),
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [index("campaigns_tenant_status_created_idx").on(t.tenantId, t.status, t.createdAt.desc())],
);

/**
 * Where a draft is. "generating" until its job writes the first revision
 * (the job's own state says whether it waits or runs), "failed" when the job
 * ended without writing it (until a retry); the review states follow
 * ARCHITECTURE §7.
 */
export { DRAFT_STATUSES, type DraftStatus } from "@/domain/review";

/** What the model run that wrote a draft reports, for the "Why this?" panel. */
export interface DraftGeneration {
  /** "builtin" drafts were written by the builtin model (ARCHITECTURE §5.4), and say so everywhere. */
  provider: "ollama" | "builtin";
  model: string;
  tenantModelVersion: number | null;
  host: string;
  promptTokens: number;
  completionTokens: number;
  ttftMs: number;
  totalMs: number;
  loadMs: number;
  evalMs: number;
  repaired: boolean;
  angle: string;
  passages: RetrievedPassage[];
}

export const drafts = pgTable(
  "drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    variant: integer("variant").notNull(),
    kind: text("kind").$type<"email">().notNull().default("email"),
    status: text("status").$type<DraftStatus>().notNull().default("generating"),
    /** The job that writes (or last rewrote from scratch) this draft. */
    jobId: uuid("job_id").references(() => jobs.id, { onDelete: "set null" }),
    tenantModelId: uuid("tenant_model_id").references(() => tenantModels.id, { onDelete: "set null" }),
    generation: jsonb("generation").$type<DraftGeneration>(),
    /** Why the variant could not be written, in words (status "failed"); the job keeps the server's own. */
    failure: text("failure"),
    /** The newest revision's number (0 while generating). */
    revision: integer("revision").notNull().default(0),
    /** Bumped by every change: optimistic concurrency for edits and decisions. */
    version: integer("version").notNull().default(0),
    /** Review rounds: each submission starts one; approvals count within a round. */
    round: integer("round").notNull().default(0),
    exportedAt: ts("exported_at"),
    score: integer("score"),
    qualityScore: integer("quality_score"),
    lastEditedBy: uuid("last_edited_by").references(() => user.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("drafts_tenant_campaign_idx").on(t.tenantId, t.campaignId, t.variant),
    index("drafts_tenant_status_idx").on(t.tenantId, t.status, t.updatedAt.desc()),
    uniqueIndex("drafts_job_idx").on(t.jobId).where(sql`job_id is not null`),
  ],
);

export const REVISION_ORIGINS = ["generated", "edited"] as const;
export type RevisionOrigin = (typeof REVISION_ORIGINS)[number];

/** Immutable: every save of a draft is a new revision, with its compliance report. */
export const draftRevisions = pgTable(
  "draft_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    draftId: uuid("draft_id")
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    content: jsonb("content").$type<EmailContent>().notNull(),
    compliance: jsonb("compliance").$type<ComplianceReport>().notNull(),
    score: integer("score").notNull(),
    /** The quality rubric's report (null for revisions saved before the rubric existed). */
    quality: jsonb("quality").$type<QualityReport>(),
    qualityScore: integer("quality_score"),
    origin: text("origin").$type<RevisionOrigin>().notNull(),
    note: text("note"),
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("draft_revisions_draft_number_idx").on(t.tenantId, t.draftId, t.number)],
);

export type Campaign = typeof campaigns.$inferSelect;
export type Draft = typeof drafts.$inferSelect;
export type DraftRevision = typeof draftRevisions.$inferSelect;
