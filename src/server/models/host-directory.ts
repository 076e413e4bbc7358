/**
 * The model hosts as every process sees them, through Postgres: each
 * process upserts one report per host after its health check (and when it
 * finds a host down), then reads everyone's reports back, combined by
 * domain/host-reports.ts. Routing by runner key and the queue's affinity
 * then work on the same view in every worker.
 */
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { inArray, lt, sql } from "drizzle-orm";
import type { HostDirectory, HostReport, SharedHostView } from "@/ai/ollama/hosts";
import { combineHostReports } from "@/domain/host-reports";
import type { Database } from "@/server/db/client";
import { modelHostReports } from "@/server/db/schema";

export interface PostgresHostDirectoryOptions {
  /** "ollama" or "openai": what the hosts are, for Settings. */
  engine?: string;
  /** This process's id in the reports; unique per process by default. */
  processId?: string;
  /** In-flight counts of a process that has not reported for this long no longer count. */
  staleMs?: number;
}

export class PostgresHostDirectory implements HostDirectory {
  readonly processId: string;
  private readonly engine: string;
  private readonly staleMs: number;
  private exchanges = 0;

  constructor(
    private readonly db: Database,
    options: PostgresHostDirectoryOptions = {},
  ) {
    this.processId = options.processId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.engine = options.engine ?? "ollama";
    this.staleMs = options.staleMs ?? 30_000;
  }

  async exchange(reports: HostReport[]): Promise<SharedHostView[]> {
    if (reports.length === 0) return [];
    const now = new Date();
    await this.db
      .insert(modelHostReports)
      .values(
        reports.map((r) => ({
          hostUrl: r.url,
          processId: this.processId,
          engine: this.engine,
          healthy: r.healthy,
          slots: r.slots,
          version: r.version,
          loaded: r.loaded,
          lastError: r.lastError,
          checkedAt: r.checkedAt === null ? null : new Date(r.checkedAt),
          inFlight: r.inFlight,
          requests: r.requests,
          reloads: r.reloads,
          updatedAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: [modelHostReports.hostUrl, modelHostReports.processId],
        set: {
          engine: sql`excluded.engine`,
          healthy: sql`excluded.healthy`,
          slots: sql`excluded.slots`,
          version: sql`excluded.version`,
          loaded: sql`excluded.loaded`,
          lastError: sql`excluded.last_error`,
          checkedAt: sql`excluded.checked_at`,
          inFlight: sql`excluded.in_flight`,
          requests: sql`excluded.requests`,
          reloads: sql`excluded.reloads`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
    // Reports of processes gone for a week only keep the table growing (each worker restart adds a set).
    if (this.exchanges++ % 100 === 0) await this.db.delete(modelHostReports).where(lt(modelHostReports.updatedAt, new Date(now.getTime() - 7 * 24 * 3_600_000)));
    const rows = await this.db
      .select()
      .from(modelHostReports)
      .where(
        inArray(
          modelHostReports.hostUrl,
          reports.map((r) => r.url),
        ),
      );
    return combineHostReports(
      rows.map((row) => ({ ...row, checkedAt: row.checkedAt?.getTime() ?? null, updatedAt: row.updatedAt.getTime() })),
      this.processId,
      now.getTime(),
      this.staleMs,
    );
  }
}
