/** Trains the tenant's recommender: offline evaluation first (leave-last-purchase-out vs popularity), then the model on all events. */
import { gzipSync } from "node:zlib";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { evaluate } from "@/domain/recommend/evaluate";
import { trainRecommender } from "@/domain/recommend/train";
import type { CatalogItem, FeedbackEvent } from "@/domain/recommend/types";
import { getDb } from "@/server/db/client";
import { customerEvents, customers, products, recommenderRuns } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { NonRetryableError } from "@/server/queue/errors";
import type { StoredModel } from "@/server/services/recommendations";
import { defineHandler } from "../registry";

export const trainRecommenderJob = defineHandler({
  type: "recommender.train",
  payload: z.object({ runId: z.uuid() }),
  async run(payload, context) {
    const db = getDb();
    const setRun = (values: Partial<typeof recommenderRuns.$inferInsert>) =>
      withTenant(db, context.tenantId, (tx) => tx.update(recommenderRuns).set(values).where(and(eq(recommenderRuns.id, payload.runId), eq(recommenderRuns.tenantId, context.tenantId))));
    try {
      await context.progress({ percent: 5, message: "Reading the catalog and events" });
      const { catalog, productIds, events, customerCount } = await withTenant(db, context.tenantId, async (tx) => {
        const [p, c, e] = await Promise.all([
          tx.select({ id: products.id, sku: products.sku, name: products.name, description: products.description, category: products.category, tags: products.tags, inStock: products.inStock }).from(products).where(eq(products.tenantId, context.tenantId)).orderBy(asc(products.id)),
          tx.select({ id: customers.id }).from(customers).where(eq(customers.tenantId, context.tenantId)).orderBy(asc(customers.id)),
          tx.select({ customerId: customerEvents.customerId, productId: customerEvents.productId, kind: customerEvents.kind, occurredAt: customerEvents.occurredAt, quantity: customerEvents.quantity }).from(customerEvents).where(eq(customerEvents.tenantId, context.tenantId)),
        ]);
        const productIndex = new Map(p.map((r, i) => [r.id, i]));
        const customerIndex = new Map(c.map((r, i) => [r.id, i]));
        const catalog: CatalogItem[] = p.map((r) => ({ sku: r.sku, name: r.name, description: r.description, category: r.category, tags: r.tags, inStock: r.inStock }));
        const events: FeedbackEvent[] = e.map((r) => ({ customer: customerIndex.get(r.customerId)!, item: productIndex.get(r.productId)!, kind: r.kind, time: new Date(r.occurredAt).getTime(), quantity: r.quantity }));
        return { catalog, productIds: p.map((r) => r.id), events, customerCount: c.length };
      });
      if (catalog.length === 0) throw new NonRetryableError("There are no products to recommend. Import your catalog first.");
      await context.progress({ percent: 20, message: `Evaluating on ${events.length.toLocaleString("en")} events` });
      const started = performance.now();
      const evaluation = evaluate(catalog, events, customerCount);
      await context.progress({ percent: 60, message: "Training on everything" });
      const { model } = trainRecommender(catalog, events, customerCount);
      const trainMs = performance.now() - started;
      const stored: StoredModel = { productIds, categories: [...model.categories], inStock: [...model.inStock], together: model.together, similar: model.similar, popular: model.popular, options: model.options };
      await setRun({ status: "ready", evaluation, trainMs, products: catalog.length, customers: customerCount, events: events.length, model: gzipSync(JSON.stringify(stored)), finishedAt: new Date() });
      return { products: catalog.length, customers: customerCount, events: events.length, evaluation };
    } catch (error) {
      await setRun({ status: "failed", error: error instanceof Error ? error.message : String(error), finishedAt: new Date() });
      throw error instanceof NonRetryableError ? error : new NonRetryableError(`Training failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  },
});
