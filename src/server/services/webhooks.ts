/** Webhook endpoints per workspace, the events queued to them, and their delivery log. */
import { randomBytes, randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { checkedAddress } from "@/server/webhooks/pinned-post";
import { webhookUrlProblem } from "@/server/webhooks/signing";
import type { Transaction } from "@/server/db/client";
import { webhookDeliveries, webhookEndpoints } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { enqueueJobs } from "@/server/queue/enqueue";
import { recordAudit } from "./audit";
import type { ServiceContext } from "./context";
import { badRequest, notFound } from "./errors";

export const WEBHOOK_JOB = "webhook.deliver";
export const MAX_WEBHOOK_ENDPOINTS = 10;

/** Private and loopback targets are for development (or WEBHOOK_ALLOW_PRIVATE=true); production delivers to public addresses only. */
export function allowPrivateTargets(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.WEBHOOK_ALLOW_PRIVATE === "true";
}

/** Why a webhook URL cannot be used now (the same check delivery makes, where the connection is then pinned to the checked address). */
export async function resolvedTargetProblem(url: string): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return webhookUrlProblem(url, allowPrivateTargets());
  }
  const target = await checkedAddress(parsed, allowPrivateTargets());
  return "refused" in target ? target.refused : null;
}

export async function listWebhooks(ctx: ServiceContext) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const endpoints = await tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, ctx.tenantId)).orderBy(desc(webhookEndpoints.createdAt));
    const deliveries = await tx
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.tenantId, ctx.tenantId))
      .orderBy(desc(webhookDeliveries.createdAt))
      .limit(50);
    return endpoints.map((e) => ({ ...e, deliveries: deliveries.filter((d) => d.endpointId === e.id).slice(0, 10) }));
  });
}

export async function createWebhook(ctx: ServiceContext, input: { url: string; description?: string }) {
  const problem = await resolvedTargetProblem(input.url);
  if (problem) throw badRequest(problem);
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const existing = await tx.select({ id: webhookEndpoints.id }).from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, ctx.tenantId));
    if (existing.length >= MAX_WEBHOOK_ENDPOINTS) throw badRequest(`A workspace has at most ${MAX_WEBHOOK_ENDPOINTS} webhooks. Remove one first.`);
    const secret = `whsec_${randomBytes(24).toString("base64url")}`;
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ tenantId: ctx.tenantId, url: input.url.trim(), secret, description: input.description?.trim() ?? "", createdBy: ctx.actor.userId })
      .returning();
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "webhook.created", objectType: "webhook", objectId: row!.id, details: { url: row!.url } });
    return row!;
  });
}

export async function deleteWebhook(ctx: ServiceContext, endpointId: string) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [row] = await tx
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.tenantId, ctx.tenantId)))
      .returning();
    if (!row) throw notFound("That webhook does not exist in this workspace.");
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "webhook.deleted", objectType: "webhook", objectId: endpointId, details: { url: row.url } });
    return { deleted: endpointId };
  });
}

/** Queues a delivery of `event` to every active endpoint (or one), inside the caller's transaction. */
export async function queueWebhookEvent(tx: Transaction, tenantId: string, event: string, data: Record<string, unknown>, onlyEndpoint?: string) {
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.active, true), onlyEndpoint ? eq(webhookEndpoints.id, onlyEndpoint) : undefined));
  if (endpoints.length === 0) return [];
  // Ids first, so each job names its delivery and each delivery its job, in one insert each.
  const ids = endpoints.map(() => randomUUID());
  const jobs = await enqueueJobs(
    tx,
    tenantId,
    ids.map((deliveryId) => ({ type: WEBHOOK_JOB, payload: { deliveryId }, priority: "batch" as const, maxAttempts: 6 })),
  );
  await tx
    .insert(webhookDeliveries)
    .values(endpoints.map((e, i) => ({ id: ids[i]!, tenantId, endpointId: e.id, event, payload: { event, createdAt: new Date().toISOString(), data }, jobId: jobs[i]!.id })));
  return ids;
}

export async function sendTestEvent(ctx: ServiceContext, endpointId: string) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [endpoint] = await tx
      .select()
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.tenantId, ctx.tenantId)));
    if (!endpoint) throw notFound("That webhook does not exist in this workspace.");
    const [deliveryId] = await queueWebhookEvent(tx, ctx.tenantId, "test", { message: "A test event from Brandsmith. Verify its signature with your secret." }, endpointId);
    return { deliveryId };
  });
}
