import { and, desc, eq, gte, lt } from "drizzle-orm";
import { toCsv } from "@/domain/csv";
import { withTenant } from "@/server/db/with-tenant";
import type { Transaction } from "@/server/db/client";
import { auditEvents, user } from "@/server/db/schema";
import type { ServiceContext } from "./context";

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  details?: Record<string, unknown>;
}

/** Writes one audit row inside the caller's tenant transaction. */
export async function recordAudit(tx: Transaction, tenantId: string, actorId: string | null, entry: AuditEntry) {
  await tx.insert(auditEvents).values({
    tenantId,
    actorId,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    details: entry.details ?? {},
  });
}

export async function listRecentActivity(ctx: ServiceContext, options: { limit: number; before?: Date }) {
  return withTenant(ctx.db, ctx.tenantId, (tx) =>
    tx
      .select({
        id: auditEvents.id,
        action: auditEvents.action,
        objectType: auditEvents.objectType,
        objectId: auditEvents.objectId,
        details: auditEvents.details,
        createdAt: auditEvents.createdAt,
        actorName: user.name,
        actorEmail: user.email,
      })
      .from(auditEvents)
      .leftJoin(user, eq(user.id, auditEvents.actorId))
      .where(
        and(eq(auditEvents.tenantId, ctx.tenantId), options.before ? lt(auditEvents.createdAt, options.before) : undefined),
      )
      .orderBy(desc(auditEvents.createdAt))
      .limit(options.limit),
  );
}

export interface AuditFilters {
  actorId?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  from?: Date;
  to?: Date;
  limit?: number;
}

/** The audit log for admins, newest first, with the actor's name; the same filters drive the CSV export. */
export async function searchAudit(ctx: ServiceContext, filters: AuditFilters) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [rows, actors, actions] = await Promise.all([
      tx
        .select({
          id: auditEvents.id,
          action: auditEvents.action,
          objectType: auditEvents.objectType,
          objectId: auditEvents.objectId,
          details: auditEvents.details,
          createdAt: auditEvents.createdAt,
          actorId: auditEvents.actorId,
          actorName: user.name,
          actorEmail: user.email,
        })
        .from(auditEvents)
        .leftJoin(user, eq(user.id, auditEvents.actorId))
        .where(
          and(
            eq(auditEvents.tenantId, ctx.tenantId),
            filters.actorId ? eq(auditEvents.actorId, filters.actorId) : undefined,
            filters.action ? eq(auditEvents.action, filters.action) : undefined,
            filters.objectType ? eq(auditEvents.objectType, filters.objectType) : undefined,
            filters.objectId ? eq(auditEvents.objectId, filters.objectId) : undefined,
            filters.from ? gte(auditEvents.createdAt, filters.from) : undefined,
            filters.to ? lt(auditEvents.createdAt, filters.to) : undefined,
          ),
        )
        .orderBy(desc(auditEvents.createdAt))
        .limit(Math.min(filters.limit ?? 200, 10_000)),
      tx.selectDistinct({ id: user.id, name: user.name }).from(auditEvents).innerJoin(user, eq(user.id, auditEvents.actorId)).where(eq(auditEvents.tenantId, ctx.tenantId)),
      tx.selectDistinct({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.tenantId, ctx.tenantId)),
    ]);
    return { events: rows, actors, actions: actions.map((a) => a.action).sort() };
  });
}

/** The audit log as CSV, in the order given (see domain/csv.ts for quoting and formula safety). */
export function auditCsv(events: Awaited<ReturnType<typeof searchAudit>>["events"]): string {
  return toCsv(
    ["time", "actor", "actor_email", "action", "object_type", "object_id", "details"],
    events.map((e) => [e.createdAt, e.actorName ?? "", e.actorEmail ?? "", e.action, e.objectType, e.objectId ?? "", e.details]),
  );
}
