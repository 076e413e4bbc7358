import { customType, timestamp, uuid } from "drizzle-orm/pg-core";
import { organization } from "./auth";

/**
 * The tenant column every tenant-owned table carries. Row-level security in
 * drizzle/ keys on it; see drizzle/0001_tenant_isolation.sql.
 */
export const tenantId = () =>
  uuid("tenant_id")
    .notNull()
    .references(() => organization.id, { onDelete: "cascade" });

export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/** Raw bytes (uploaded files, logos, stored models). */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/** A full-text search vector, usually a generated column. */
export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
