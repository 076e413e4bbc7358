import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** A runner a host had loaded at its last health check: the model /api/ps named, and its runner key when the reporting process knew it. */
export interface LoadedRunner {
  model: string;
  runnerKey: string | null;
}

/**
 * What each worker or web process saw of each model host at its last health
 * check, and what it has sent there: the host routing shared by every
 * process (server/models/host-directory.ts, domain/host-ring.ts). A host's
 * view is the freshest report's health and loaded runners plus the
 * in-flight requests of every process that reported recently; requests and
 * reloads add up to the hit rate on Settings → Model server. Not tenant
 * data: a host serves every tenant, so no tenant_id and no row-level
 * security.
 */
export const modelHostReports = pgTable(
  "model_host_reports",
  {
    hostUrl: text("host_url").notNull(),
    /** The reporting process (hostname, pid and a random part). */
    processId: text("process_id").notNull(),
    /** "ollama" or "openai". */
    engine: text("engine").notNull().default("ollama"),
    healthy: boolean("healthy").notNull(),
    slots: integer("slots").notNull(),
    version: text("version"),
    loaded: jsonb("loaded").$type<LoadedRunner[]>().notNull().default([]),
    lastError: text("last_error"),
    checkedAt: ts("checked_at"),
    inFlight: integer("in_flight").notNull().default(0),
    /** Generations this process sent to the host, and how many of them found their runner not loaded there. */
    requests: bigint("requests", { mode: "number" }).notNull().default(0),
    reloads: bigint("reloads", { mode: "number" }).notNull().default(0),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.hostUrl, t.processId] }), index("model_host_reports_updated_at_idx").on(t.updatedAt)],
);
