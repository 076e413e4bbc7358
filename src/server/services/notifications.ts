/** In-app notifications (the bell), and email copies through the queue when SMTP is configured. */
import { and, count, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Role } from "@/domain/membership";
import type { Transaction } from "@/server/db/client";
import { member, notifications, user, type NotificationKind } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { enqueueJobs } from "@/server/queue/enqueue";
import type { ServiceContext } from "./context";
import { isMailConfigured } from "./mailer";

export const NOTIFICATION_EMAIL_JOB = "email.notification";

/** Writes notifications for `userIds` (never the actor) in the caller's transaction, and queues their emails. */
export async function notify(
  tx: Transaction,
  tenantId: string,
  input: { userIds: readonly (string | null)[]; actorId: string | null; kind: NotificationKind; draftId: string | null; message: string },
) {
  const recipients = [...new Set(input.userIds.filter((id): id is string => !!id && id !== input.actorId))];
  if (recipients.length === 0) return;
  const rows = await tx
    .insert(notifications)
    .values(recipients.map((userId) => ({ tenantId, userId, kind: input.kind, draftId: input.draftId, actorId: input.actorId, message: input.message })))
    .returning({ id: notifications.id });
  if (isMailConfigured()) {
    await enqueueJobs(
      tx,
      tenantId,
      rows.map((r) => ({ type: NOTIFICATION_EMAIL_JOB, payload: { notificationId: r.id }, priority: "batch" as const, maxAttempts: 5 })),
    );
  }
}

/** Members of the workspace with one of `roles`. */
export async function membersWithRoles(tx: Transaction, tenantId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await tx
    .select({ userId: member.userId })
    .from(member)
    .where(and(eq(member.organizationId, tenantId), inArray(member.role, [...roles])));
  return rows.map((r) => r.userId);
}

export async function listNotifications(ctx: ServiceContext) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [items, [unread]] = await Promise.all([
      tx
        .select({
          id: notifications.id,
          kind: notifications.kind,
          draftId: notifications.draftId,
          message: notifications.message,
          readAt: notifications.readAt,
          createdAt: notifications.createdAt,
          actorName: user.name,
        })
        .from(notifications)
        .leftJoin(user, eq(user.id, notifications.actorId))
        .where(and(eq(notifications.tenantId, ctx.tenantId), eq(notifications.userId, ctx.actor.userId)))
        .orderBy(desc(notifications.createdAt))
        .limit(30),
      tx
        .select({ n: count() })
        .from(notifications)
        .where(and(eq(notifications.tenantId, ctx.tenantId), eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt))),
    ]);
    return { items, unread: unread?.n ?? 0 };
  });
}

export async function markNotificationsRead(ctx: ServiceContext, input: { ids?: string[] }) {
  await withTenant(ctx.db, ctx.tenantId, (tx) =>
    tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(
        and(
          eq(notifications.tenantId, ctx.tenantId),
          eq(notifications.userId, ctx.actor.userId),
          isNull(notifications.readAt),
          input.ids ? inArray(notifications.id, input.ids) : ne(notifications.id, "00000000-0000-0000-0000-000000000000"),
        ),
      ),
  );
  return { ok: true };
}
