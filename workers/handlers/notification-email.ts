/** Emails a copy of an in-app notification (SMTP_URL); the link opens the draft. */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { notifications, organization, user } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { NonRetryableError } from "@/server/queue/errors";
import { isMailConfigured, sendMailOrThrow } from "@/server/services/mailer";
import { defineHandler } from "../registry";

export const notificationEmail = defineHandler({
  type: "email.notification",
  payload: z.object({ notificationId: z.uuid() }),
  async run(payload, context) {
    if (!isMailConfigured()) throw new NonRetryableError("Email is not configured on this worker (SMTP_URL); the notification is in the app.");
    const [row] = await withTenant(getDb(), context.tenantId, (tx) =>
      tx
        .select({ notification: notifications, email: user.email, tenantName: organization.name, tenantSlug: organization.slug })
        .from(notifications)
        .innerJoin(user, eq(user.id, notifications.userId))
        .innerJoin(organization, eq(organization.id, notifications.tenantId))
        .where(and(eq(notifications.id, payload.notificationId), eq(notifications.tenantId, context.tenantId))),
    );
    if (!row) return { skipped: "notification removed" };
    const base = process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
    const link = row.notification.draftId ? `${base}/t/${row.tenantSlug}/drafts/${row.notification.draftId}` : `${base}/t/${row.tenantSlug}`;
    await sendMailOrThrow({
      to: row.email,
      subject: `[${row.tenantName}] ${row.notification.message.slice(0, 120)}`,
      text: `${row.notification.message}\n\nOpen it: ${link}\n\nYou get this because you are a member of ${row.tenantName} on Brandsmith.`,
      messageId: `<${row.notification.id}@brandsmith>`,
    });
    return { sentTo: row.email };
  },
});
