import { and, desc, eq, lt } from "drizzle-orm";
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
