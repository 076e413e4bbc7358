import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, real, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { BrandProfile } from "@/domain/brand-profile";
import type { GuideKind } from "@/domain/brand-guide/detect";
import { user } from "./auth";
import { bytea, createdAt, tenantId, tsvector } from "./columns";


export const GUIDE_STATUSES = ["pending", "processing", "ready", "failed"] as const;
export type GuideStatus = (typeof GUIDE_STATUSES)[number];

/** An uploaded brand guide; its original bytes live in brand_guide_files (or the file storage it names). */
export const brandGuides = pgTable(
  "brand_guides",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    filename: text("filename").notNull(),
    kind: text("kind").$type<GuideKind>().notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    status: text("status").$type<GuideStatus>().notNull().default("pending"),
    error: text("error"),
    pages: integer("pages"),
    chunks: integer("chunks"),
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("brand_guides_tenant_sha_idx").on(t.tenantId, t.sha256), index("brand_guides_tenant_created_idx").on(t.tenantId, t.createdAt.desc())],
);

export const brandGuideFiles = pgTable(
  "brand_guide_files",
  {
    guideId: uuid("guide_id")
      .primaryKey()
      .references(() => brandGuides.id, { onDelete: "cascade" }),
    tenantId: tenantId(),
    /** The bytes, when the database keeps files (no STORAGE_URL); otherwise null and storage_key says where. */
    data: bytea("data"),
    storageKey: text("storage_key"),
  },
  (t) => [index("brand_guide_files_tenant_idx").on(t.tenantId)],
);

/** Retrievable, citable passages of a guide, with full-text search. */
export const brandChunks = pgTable(
  "brand_chunks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    guideId: uuid("guide_id")
      .notNull()
      .references(() => brandGuides.id, { onDelete: "cascade" }),
    ordinal: integer("ordinal").notNull(),
    section: text("section").notNull(),
    page: integer("page"),
    text: text("text").notNull(),
    /** From the model server's embedding model, when one is configured (BRANDSMITH_EMBED_MODEL). */
    embedding: real("embedding").array(),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('english', coalesce(section, '') || ' ' || text)`),
  },
  (t) => [
    index("brand_chunks_tenant_guide_idx").on(t.tenantId, t.guideId, t.ordinal),
    index("brand_chunks_search_idx").using("gin", t.search),
  ],
);

/** Versions of the brand profile: every extraction and every save is a new row. */
export const brandProfiles = pgTable(
  "brand_profiles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    version: integer("version").notNull(),
    profile: jsonb("profile").$type<BrandProfile>().notNull(),
    origin: text("origin").$type<"extracted" | "edited">().notNull(),
    /** Who extracted it: a model name, "builtin" for the builtin model, null for edits. */
    extractedBy: text("extracted_by"),
    createdBy: uuid("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("brand_profiles_tenant_version_idx").on(t.tenantId, t.version)],
);
