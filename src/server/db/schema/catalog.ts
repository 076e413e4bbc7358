import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, numeric, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Evaluation } from "@/domain/recommend/evaluate";
import type { ImportKind, Mapping, RowError } from "@/domain/catalog/rows";
import type { SegmentRules } from "@/domain/catalog/segments";
import { user } from "./auth";
import { bytea, createdAt, tenantId, tsvector } from "./columns";
import { jobs } from "./jobs";

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const products = pgTable(
  "products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    sku: text("sku").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    price: numeric("price", { precision: 12, scale: 2, mode: "number" }),
    currency: text("currency").notNull().default(""),
    url: text("url").notNull().default(""),
    imageUrl: text("image_url").notNull().default(""),
    category: text("category").notNull().default(""),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    inStock: boolean("in_stock").notNull().default(true),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('english', name || ' ' || description || ' ' || category)`),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("products_tenant_sku_idx").on(t.tenantId, t.sku), index("products_tenant_category_idx").on(t.tenantId, t.category), index("products_search_idx").using("gin", t.search)],
);

export const customers = pgTable(
  "customers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    externalId: text("external_id").notNull(),
    email: text("email").notNull().default(""),
    name: text("name").notNull().default(""),
    attributes: jsonb("attributes").$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("customers_tenant_external_idx").on(t.tenantId, t.externalId), index("customers_attributes_idx").using("gin", t.attributes)],
);

export const customerEvents = pgTable(
  "customer_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    customerId: uuid("customer_id")
      .notNull()
      .references(() => customers.id, { onDelete: "cascade" }),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    kind: text("kind").$type<"view" | "cart" | "purchase">().notNull(),
    occurredAt: ts("occurred_at").notNull(),
    quantity: integer("quantity").notNull().default(1),
  },
  (t) => [
    index("customer_events_tenant_customer_idx").on(t.tenantId, t.customerId, t.occurredAt),
    index("customer_events_tenant_product_idx").on(t.tenantId, t.productId),
    // Re-importing the same events file changes nothing.
    uniqueIndex("customer_events_dedupe_idx").on(t.tenantId, t.customerId, t.productId, t.kind, t.occurredAt),
  ],
);

export const IMPORT_STATUSES = ["uploaded", "importing", "done", "failed"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface ImportStats {
  rows: number;
  valid: number;
  invalid: number;
  inserted: number;
  updated: number;
}

export const catalogImports = pgTable(
  "catalog_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    kind: text("kind").$type<ImportKind>().notNull(),
    filename: text("filename").notNull(),
    size: integer("size").notNull(),
    delimiter: text("delimiter").notNull(),
    header: jsonb("header").$type<string[]>().notNull(),
    mapping: jsonb("mapping").$type<Mapping>(),
    /** "all": nothing is imported unless every row is valid; "valid": the valid rows are, the rest reported. */
    mode: text("mode").$type<"all" | "valid">(),
    status: text("status").$type<ImportStatus>().notNull().default("uploaded"),
    stats: jsonb("stats").$type<ImportStats>(),
    /** The first errors (all of them up to a limit); the report lists these. */
    errors: jsonb("errors").$type<RowError[]>().notNull().default(sql`'[]'::jsonb`),
    message: text("message"),
    /** The uploaded CSV, when the database keeps files (no STORAGE_URL); otherwise null and file_key says where. */
    file: bytea("file"),
    fileKey: text("file_key"),
    jobId: uuid("job_id").references(() => jobs.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    finishedAt: ts("finished_at"),
  },
  (t) => [index("catalog_imports_tenant_created_idx").on(t.tenantId, t.createdAt.desc())],
);

export const segments = pgTable(
  "segments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    rules: jsonb("rules").$type<SegmentRules>().notNull(),
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [index("segments_tenant_idx").on(t.tenantId, t.name)],
);

/** Every training run with its offline evaluation; the newest successful one serves recommendations. */
export const recommenderRuns = pgTable(
  "recommender_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    status: text("status").$type<"training" | "ready" | "failed">().notNull().default("training"),
    products: integer("products").notNull().default(0),
    customers: integer("customers").notNull().default(0),
    events: integer("events").notNull().default(0),
    evaluation: jsonb("evaluation").$type<Evaluation>(),
    trainMs: real("train_ms"),
    /** The trained model (neighbour lists, popularity) as gzipped JSON, with the product ids by index. */
    model: bytea("model"),
    error: text("error"),
    jobId: uuid("job_id").references(() => jobs.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    finishedAt: ts("finished_at"),
  },
  (t) => [index("recommender_runs_tenant_created_idx").on(t.tenantId, t.createdAt.desc())],
);

export type Product = typeof products.$inferSelect;
export type Segment = typeof segments.$inferSelect;
