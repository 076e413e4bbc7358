/** Delivers one webhook event: signed POST to the checked address, a 10 s limit, each attempt's response code in the delivery log; retried by the queue. */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signPayload } from "@/server/webhooks/signing";
import { getDb } from "@/server/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { NonRetryableError } from "@/server/queue/errors";
import { allowPrivateTargets } from "@/server/services/webhooks";
import { pinnedPost } from "@/server/webhooks/pinned-post";
import { defineHandler } from "../registry";

export const deliverWebhook = defineHandler({
  type: "webhook.deliver",
  payload: z.object({ deliveryId: z.uuid() }),
  async run(payload, context) {
    const db = getDb();
    const [row] = await withTenant(db, context.tenantId, (tx) =>
      tx
        .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
        .from(webhookDeliveries)
        .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
        .where(and(eq(webhookDeliveries.id, payload.deliveryId), eq(webhookDeliveries.tenantId, context.tenantId))),
    );
    if (!row) throw new NonRetryableError("The webhook was removed before this event could be delivered.");
    const { delivery, endpoint } = row;
    const record = (changes: Partial<typeof webhookDeliveries.$inferInsert>) =>
      withTenant(db, context.tenantId, (tx) =>
        tx
          .update(webhookDeliveries)
          .set({ attempts: context.attempt, ...changes })
          .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.tenantId, context.tenantId))),
      );
    const final = context.attempt >= context.maxAttempts;

    const body = JSON.stringify({ id: delivery.id, ...delivery.payload });
    // Checked and connected in one step: the address that passed the check is the one dialled (no DNS rebinding).
    const result = await pinnedPost(endpoint.url, {
      body,
      allowPrivate: allowPrivateTargets(),
      signal: AbortSignal.any([context.signal, AbortSignal.timeout(10_000)]),
      headers: {
        "content-type": "application/json",
        "user-agent": "Brandsmith-Webhooks/1",
        [SIGNATURE_HEADER]: signPayload(endpoint.secret, body, Math.floor(Date.now() / 1000)),
        [EVENT_ID_HEADER]: delivery.id,
        "idempotency-key": delivery.id,
        "x-request-id": randomUUID(),
      },
    });
    if (!result.ok && "refused" in result) {
      await record({ status: "failed", error: result.refused });
      throw new NonRetryableError(result.refused);
    }
    if (!result.ok) {
      const message = `Could not reach ${new URL(endpoint.url).host}: ${result.unreachable}`;
      await record({ status: final ? "failed" : "pending", error: message, responseCode: null });
      throw new Error(message);
    }
    const status = result.status;
    if (status >= 200 && status < 300) {
      await record({ status: "delivered", responseCode: status, error: null, deliveredAt: new Date() });
      return { status };
    }
    const message = `The receiver answered ${status}.`;
    await record({ status: final ? "failed" : "pending", responseCode: status, error: message });
    throw new Error(message);
  },
});
