import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { drafts } from "./campaigns";
import { createdAt, tenantId } from "./columns";
import { jobs } from "./jobs";

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** The workspace's review rules (one row per tenant; absent = 1 approval, no minimum score). */
export const reviewPolicies = pgTable("review_policies", {
  tenantId: tenantId().primaryKey(),
  requiredApprovals: integer("required_approvals").notNull().default(1),
  minScore: integer("min_score"),
  /** The lowest quality-rubric score a draft may be approved with (null: no minimum). */
  minQuality: integer("min_quality"),
  updatedBy: uuid("updated_by").references(() => user.id, { onDelete: "set null" }),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

export type ReviewDecisionKind = "approve" | "request_changes" | "reject";

/** Every decision a reviewer made, with the revision and review round it applied to. */
export const reviewDecisions = pgTable(
  "review_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    draftId: uuid("draft_id")
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    round: integer("round").notNull(),
    revision: integer("revision").notNull(),
    decision: text("decision").$type<ReviewDecisionKind>().notNull(),
    reason: text("reason"),
    reviewerId: uuid("reviewer_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("review_decisions_tenant_draft_idx").on(t.tenantId, t.draftId, t.round)],
);

/** Comments on a draft, threaded (parentId), anchored to a block or to the whole draft. */
export const draftComments = pgTable(
  "draft_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    draftId: uuid("draft_id")
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id"),
    /** The block it is about (index in the revision it was written on), or null for the whole draft. */
    blockIndex: integer("block_index"),
    revision: integer("revision").notNull(),
    body: text("body").notNull(),
    authorId: uuid("author_id").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("draft_comments_tenant_draft_idx").on(t.tenantId, t.draftId, t.createdAt)],
);

export type NotificationKind = "submitted" | "changes_requested" | "approved" | "rejected" | "mentioned" | "commented";

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind").$type<NotificationKind>().notNull(),
    draftId: uuid("draft_id").references(() => drafts.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => user.id, { onDelete: "set null" }),
    message: text("message").notNull(),
    readAt: ts("read_at"),
    createdAt: createdAt(),
  },
  (t) => [index("notifications_tenant_user_idx").on(t.tenantId, t.userId, t.createdAt.desc())],
);

/** Where approved work is announced: signed (HMAC-SHA256) POSTs, delivered by the queue. */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    url: text("url").notNull(),
    secret: text("secret").notNull(),
    description: text("description").notNull().default(""),
    active: boolean("active").notNull().default(true),
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_endpoints_tenant_idx").on(t.tenantId)],
);

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    event: text("event").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    status: text("status").$type<"pending" | "delivered" | "failed">().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    responseCode: integer("response_code"),
    error: text("error"),
    jobId: uuid("job_id").references(() => jobs.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    deliveredAt: ts("delivered_at"),
  },
  (t) => [index("webhook_deliveries_tenant_endpoint_idx").on(t.tenantId, t.endpointId, t.createdAt.desc())],
);

/** Approved drafts (with the reviewers' final edits), the tenant's best examples for its next model version. */
export const trainingExamples = pgTable(
  "training_examples",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    draftId: uuid("draft_id")
      .notNull()
      .references(() => drafts.id, { onDelete: "cascade" }),
    prompt: text("prompt").notNull(),
    answer: text("answer").notNull(),
    score: integer("score").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("training_examples_tenant_draft_idx").on(t.tenantId, t.draftId), index("training_examples_tenant_score_idx").on(t.tenantId, t.score.desc())],
);

