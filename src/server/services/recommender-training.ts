/**
 * A training run, as the recommender.train job performs it: read the
 * workspace's catalog and events, evaluate leave-last-purchase-out (which
 * also chooses this shop's half-lives, weights and rules), train on
 * everything with those choices, store the model and announce it so web
 * processes load it before the first request.
 */
import { and, asc, eq } from "drizzle-orm";
import { evaluate, tunedOptions, type Evaluation } from "@/domain/recommend/evaluate";
import { embedModelName, embedTexts } from "@/server/brand/embeddings";
import { getLogger } from "@/server/observability/logger";
import { trainRecommender } from "@/domain/recommend/train";
import type { CatalogItem, FeedbackEvent } from "@/domain/recommend/types";
import type { Database } from "@/server/db/client";
import { customerEvents, customers, products, recommenderRuns } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { announceModel, encodeModel } from "./recommender-store";

export class NothingToTrainOn extends Error {}

export interface TrainingOutcome {
  products: number;
  customers: number;
  events: number;
  evaluation: Evaluation;
}

export async function trainRun(db: Database, tenantId: string, runId: string, progress: (percent: number, message: string) => Promise<void>): Promise<TrainingOutcome> {
  const setRun = (values: Partial<typeof recommenderRuns.$inferInsert>) =>
    withTenant(db, tenantId, (tx) =>
      tx
        .update(recommenderRuns)
        .set(values)
        .where(and(eq(recommenderRuns.id, runId), eq(recommenderRuns.tenantId, tenantId))),
    );
  try {
    await progress(5, "Reading the catalog and events");
    const { catalog, productIds, events, customerCount } = await readShop(db, tenantId);
    if (catalog.length === 0) throw new NothingToTrainOn("There are no products to recommend. Import your catalog first.");
    const embedded = await embedCatalog(catalog, tenantId, progress);
    await progress(20, `Evaluating on ${events.length.toLocaleString("en")} events and choosing this shop's settings`);
    const started = performance.now();
    const evaluation: Evaluation = { ...evaluate(embedded.catalog, events, customerCount), content: { embeddings: embedded.model } };
    await progress(70, "Training on everything");
    const { model } = trainRecommender(embedded.catalog, events, customerCount, tunedOptions(evaluation));
    const trainMs = performance.now() - started;
    const bytes = encodeModel({ productIds, model, trainedAt: Date.now() });
    await withTenant(db, tenantId, async (tx) => {
      await tx
        .update(recommenderRuns)
        .set({ status: "ready", evaluation, trainMs, products: catalog.length, customers: customerCount, events: events.length, model: bytes, finishedAt: new Date() })
        .where(and(eq(recommenderRuns.id, runId), eq(recommenderRuns.tenantId, tenantId)));
      await announceModel(tx, tenantId, runId);
    });
    return { products: catalog.length, customers: customerCount, events: events.length, evaluation };
  } catch (error) {
    await setRun({ status: "failed", error: error instanceof Error ? error.message : String(error), finishedAt: new Date() });
    throw error;
  }
}

/**
 * The catalog with an embedding per product, when the model server offers
 * the embedding model (BRANDSMITH_EMBED_MODEL); as it is otherwise. A model
 * server that fails here costs the embeddings, not the training run.
 */
async function embedCatalog(catalog: CatalogItem[], tenantId: string, progress: (percent: number, message: string) => Promise<void>) {
  const model = embedModelName();
  if (!model) return { catalog, model: null };
  await progress(10, `Reading what each product is about with ${model}`);
  try {
    const texts = catalog.map((c) => `${c.name}. ${c.category}. ${c.description} ${c.tags.join(", ")}`.slice(0, 1_000));
    const vectors = await embedTexts(texts);
    if (!vectors || vectors.length !== catalog.length) return { catalog, model: null };
    return { catalog: catalog.map((c, i) => ({ ...c, embedding: Float32Array.from(vectors[i]!) })), model };
  } catch (error) {
    getLogger().warn({ err: error instanceof Error ? error.message : error, tenantId }, "product embeddings failed: training on the products' text alone");
    return { catalog, model: null };
  }
}

async function readShop(db: Database, tenantId: string) {
  return withTenant(db, tenantId, async (tx) => {
    const [p, c, e] = await Promise.all([
      tx
        .select({ id: products.id, sku: products.sku, name: products.name, description: products.description, category: products.category, tags: products.tags, inStock: products.inStock, createdAt: products.createdAt })
        .from(products)
        .where(eq(products.tenantId, tenantId))
        .orderBy(asc(products.id)),
      tx.select({ id: customers.id }).from(customers).where(eq(customers.tenantId, tenantId)).orderBy(asc(customers.id)),
      tx
        .select({ customerId: customerEvents.customerId, productId: customerEvents.productId, kind: customerEvents.kind, occurredAt: customerEvents.occurredAt, quantity: customerEvents.quantity })
        .from(customerEvents)
        .where(eq(customerEvents.tenantId, tenantId)),
    ]);
    const productIndex = new Map(p.map((r, i) => [r.id, i]));
    const customerIndex = new Map(c.map((r, i) => [r.id, i]));
    // A product's launch is when it entered the catalog; its first event, if earlier, wins (catalogs are often imported after the fact).
    const catalog: CatalogItem[] = p.map((r) => ({ sku: r.sku, name: r.name, description: r.description, category: r.category, tags: r.tags, inStock: r.inStock, launchedAt: new Date(r.createdAt).getTime() }));
    const events: FeedbackEvent[] = e.map((r) => ({ customer: customerIndex.get(r.customerId)!, item: productIndex.get(r.productId)!, kind: r.kind, time: new Date(r.occurredAt).getTime(), quantity: r.quantity }));
    return { catalog, productIds: p.map((r) => r.id), events, customerCount: c.length };
  });
}
