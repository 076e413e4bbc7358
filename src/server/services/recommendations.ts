/**
 * Recommendations on the tenant's own data: training runs (a job that
 * evaluates leave-last-purchase-out against popularity, tunes the model to
 * the shop, then trains on everything and stores it — see
 * recommender-training.ts), and top-K picks for a customer or a segment
 * with a "because…" for each, from the model held in memory
 * (recommender-store.ts).
 */
import { and, desc, eq, inArray } from "drizzle-orm";
import { histories } from "@/domain/recommend/history";
import { recommendForHistory, recommendForSegment } from "@/domain/recommend/recommend";
import type { FeedbackEvent, Pick, Reason } from "@/domain/recommend/types";
import type { Transaction } from "@/server/db/client";
import { customerEvents, customers, products, recommenderRuns } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { enqueueJobs } from "@/server/queue/enqueue";
import { recordAudit } from "./audit";
import { segmentMembers } from "./catalog";
import type { ServiceContext } from "./context";
import { conflict, notFound } from "./errors";
import { currentModel, modelOf, newestReadyRun, type LoadedModel } from "./recommender-store";

export const RECOMMENDER_JOB = "recommender.train";

export async function startTraining(ctx: ServiceContext) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [product] = await tx.select({ id: products.id }).from(products).where(eq(products.tenantId, ctx.tenantId)).limit(1);
    if (!product) throw conflict("Import your products first: the recommender learns what to suggest from the catalog and your customers' events.");
    const [busy] = await tx.select({ id: recommenderRuns.id }).from(recommenderRuns).where(and(eq(recommenderRuns.tenantId, ctx.tenantId), eq(recommenderRuns.status, "training")));
    if (busy) throw conflict("A training run is already under way. It finishes in a minute or so.");
    const [run] = await tx.insert(recommenderRuns).values({ tenantId: ctx.tenantId, createdBy: ctx.actor.userId }).returning({ id: recommenderRuns.id });
    const [job] = await enqueueJobs(tx, ctx.tenantId, [{ type: RECOMMENDER_JOB, payload: { runId: run!.id }, priority: "interactive", createdBy: ctx.actor.userId, maxAttempts: 2 }]);
    await tx.update(recommenderRuns).set({ jobId: job!.id }).where(and(eq(recommenderRuns.id, run!.id), eq(recommenderRuns.tenantId, ctx.tenantId)));
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "recommender.training_started", objectType: "recommender_run", objectId: run!.id });
    return { runId: run!.id, jobId: job!.id };
  });
}

export async function listRuns(ctx: ServiceContext) {
  return withTenant(ctx.db, ctx.tenantId, (tx) =>
    tx
      .select({
        id: recommenderRuns.id,
        status: recommenderRuns.status,
        products: recommenderRuns.products,
        customers: recommenderRuns.customers,
        events: recommenderRuns.events,
        evaluation: recommenderRuns.evaluation,
        trainMs: recommenderRuns.trainMs,
        error: recommenderRuns.error,
        jobId: recommenderRuns.jobId,
        createdAt: recommenderRuns.createdAt,
        finishedAt: recommenderRuns.finishedAt,
      })
      .from(recommenderRuns)
      .where(eq(recommenderRuns.tenantId, ctx.tenantId))
      .orderBy(desc(recommenderRuns.createdAt))
      .limit(10),
  );
}

export interface Recommendation {
  productId: string;
  sku: string;
  name: string;
  description: string;
  price: number | null;
  currency: string;
  url: string;
  category: string;
  because: string;
}

type Picks = { picks: Recommendation[]; members: number; runId: string | null };

/** One customer's top-K (by their ID in your data), each with its reason in words. One transaction, the model from memory. */
export async function customerRecommendations(ctx: ServiceContext, externalId: string, k = 6): Promise<Picks> {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    // The customer, their events and which run is current, in one round trip.
    const rows = await tx
      .select({ customerId: customers.id, productId: customerEvents.productId, kind: customerEvents.kind, occurredAt: customerEvents.occurredAt, quantity: customerEvents.quantity, runId: newestReadyRun(ctx.tenantId) })
      .from(customers)
      .leftJoin(customerEvents, and(eq(customerEvents.customerId, customers.id), eq(customerEvents.tenantId, ctx.tenantId)))
      .where(and(eq(customers.tenantId, ctx.tenantId), eq(customers.externalId, externalId.trim())));
    if (rows.length === 0) throw notFound(`No customer with ID ${externalId.trim()} in this workspace.`);
    const loaded = await modelOf(tx, ctx.tenantId, rows[0]!.runId);
    if (!loaded) return { picks: [], members: 1, runId: null };
    const now = servingTime(loaded);
    const events = feedback(loaded, rows, new Map([[rows[0]!.customerId, 0]]));
    const picks = recommendForHistory(loaded.model, histories(events, 1, loaded.model.options, now)[0], k, now, SPARE);
    return { runId: loaded.runId, members: 1, picks: await describe(tx, ctx.tenantId, loaded, picks, k) };
  });
}

/** A segment's top-K, each with its reason in words. */
export async function segmentRecommendations(ctx: ServiceContext, segmentId: string, k = 6): Promise<Picks> {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const { memberIds } = await segmentMembers(tx, ctx.tenantId, segmentId);
    const loaded = await currentModel(tx, ctx.tenantId);
    if (!loaded) return { picks: [], members: memberIds.length, runId: null };
    // A large segment is represented by a bounded sample of its members.
    const sample = memberIds.slice(0, 5_000);
    const rows = sample.length
      ? await tx
          .select({ customerId: customerEvents.customerId, productId: customerEvents.productId, kind: customerEvents.kind, occurredAt: customerEvents.occurredAt, quantity: customerEvents.quantity })
          .from(customerEvents)
          .where(and(eq(customerEvents.tenantId, ctx.tenantId), inArray(customerEvents.customerId, sample)))
      : [];
    const now = servingTime(loaded);
    const events = feedback(loaded, rows, new Map(sample.map((id, i) => [id, i])));
    const picks = recommendForSegment(loaded.model, histories(events, sample.length, loaded.model.options, now), k, now, SPARE);
    return { runId: loaded.runId, members: memberIds.length, picks: await describe(tx, ctx.tenantId, loaded, picks, k) };
  });
}

/**
 * "Now" for the model: its newest event plus the time since it was trained. Items keep ageing after training,
 * and a shop whose data ends months before it was imported still has new items at the end of that data.
 */
function servingTime(loaded: LoadedModel): number {
  return loaded.model.asOf + Math.max(0, Date.now() - loaded.trainedAt);
}

type EventRow = { customerId: string; productId: string | null; kind: FeedbackEvent["kind"] | null; occurredAt: Date | string | null; quantity: number | null };

/** Events of products the model knows, by dense index. */
function feedback(loaded: LoadedModel, rows: readonly EventRow[], customerIndex: ReadonlyMap<string, number>): FeedbackEvent[] {
  return rows.flatMap((r) => {
    const item = r.productId === null ? undefined : loaded.index.get(r.productId);
    const customer = customerIndex.get(r.customerId);
    return item === undefined || customer === undefined || r.kind === null || r.occurredAt === null ? [] : [{ customer, item, kind: r.kind, time: new Date(r.occurredAt).getTime(), quantity: r.quantity ?? 1 }];
  });
}

/** Picks beyond K, standing in for products sold out or deleted since training. */
const SPARE = 4;

/** The first `k` picks still in the catalog and in stock, with their products' details and reasons in words. */
async function describe(tx: Transaction, tenantId: string, loaded: LoadedModel, picks: readonly Pick[], k: number): Promise<Recommendation[]> {
  const { productIds } = loaded;
  const ids = [...new Set(picks.flatMap((p) => [productIds[p.item]!, ...("item" in p.reason && p.reason.item >= 0 ? [productIds[p.reason.item]!] : [])]))];
  const details = ids.length
    ? await tx
        .select({ id: products.id, sku: products.sku, name: products.name, description: products.description, price: products.price, currency: products.currency, url: products.url, category: products.category, inStock: products.inStock })
        .from(products)
        .where(and(eq(products.tenantId, tenantId), inArray(products.id, ids)))
    : [];
  const byId = new Map(details.map((d) => [d.id, d]));
  return picks
    .flatMap((p) => {
      const product = byId.get(productIds[p.item]!);
      if (!product?.inStock) return [];
      const name = (item: number) => (item >= 0 ? byId.get(productIds[item]!)?.name : undefined) ?? "an item they liked";
      return [{ productId: product.id, sku: product.sku, name: product.name, description: product.description, price: product.price, currency: product.currency, url: product.url, category: product.category, because: because(p.reason, name) }];
    })
    .slice(0, k);
}

export function because(reason: Reason, name: (item: number) => string): string {
  switch (reason.kind) {
    case "bought_with":
      return `Often bought with ${name(reason.item)}`;
    case "bought_after":
      return `Goes with ${name(reason.item)}: often bought after it`;
    case "bought_instead":
      return `Chosen by others who looked at ${name(reason.item)}`;
    case "similar_to":
      return `Similar to ${name(reason.item)}`;
    case "new_in_line":
      return reason.bought ? `New in ${reason.category || "a line"}, the line you bought from` : `New in ${reason.category || "a line"}, which you looked at`;
    case "trending":
      return "Selling more and more lately";
    case "popular_in_segment":
      return "Popular with this segment";
    case "popular":
      return reason.category ? `Popular in ${reason.category} right now` : "Popular right now";
  }
}
