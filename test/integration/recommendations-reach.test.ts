/**
 * The recommender through the product: a synthetic shop (complements, a
 * new line, new items) imported through the upload route and the import
 * job, trained by the recommender.train job on a real worker, then picks
 * through tRPC — the evaluation the Audiences page shows, reasons for new
 * items, the model kept in memory and reloaded ahead of the first request
 * when a training run finishes, runs stored before this model shape, and
 * one workspace's model never answering for another.
 */
import { gzipSync } from "node:zlib";
import postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import { inject } from "vitest";
import { syntheticShop } from "@/domain/recommend/synthetic";
import { heldRun } from "@/server/services/recommender-store";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, expectCode, signUp, type TestPerson } from "../support/actors";
import { allFinished, startRunner, waitFor } from "../support/queue";
import { customerKey, importShop } from "../support/shop-import";

let worker: Awaited<ReturnType<typeof startRunner>>;
beforeAll(async () => {
  worker = await startRunner(jobHandlers, { concurrency: 2 });
});
afterAll(async () => {
  await worker.stop();
});

const shop = syntheticShop({ products: 240, customers: 1_000, events: 22_000, categories: 10, seed: 5 });
async function train(person: TestPerson, slug: string) {
  const caller = await person.caller(slug);
  const run = await caller.catalog.train();
  await waitFor(() => allFinished([run.jobId]), 120_000, "the training run");
  const latest = (await caller.catalog.runs()).find((r) => r.id === run.runId)!;
  expect(latest.status).toBe("ready");
  return latest;
}

it("trains on an imported shop, reports how far its picks reach, and serves them from memory, reloaded when a run finishes", { timeout: 300_000 }, async () => {
  const owner = await signUp("Nora Newline");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);
  await importShop(owner, ws.slug, shop);
  const first = await train(owner, ws.slug);

  // The evaluation the Audiences page shows: beside NDCG, new items, the new line, and categories already bought.
  const e = first.evaluation!;
  expect(e.model.customers).toBeGreaterThan(50);
  expect(e.model.ndcg10).toBeGreaterThan(e.popularity.ndcg10);
  expect(e.reach!.newLines).toEqual([shop.newLine]);
  expect(e.reach!.newItemPurchases).toBeGreaterThan(0);
  expect(e.reach!.model.newLineHit10).not.toBeNull();
  expect(e.reach!.model.sameCategoryShare).toBeGreaterThan(0);
  expect(e.tuning!.calibrated).toBe(true);
  expect([7, 14, 30, 60, 90, 180, 365]).toContain(e.tuning!.halfLifeDays);

  // Picks for customers: never already bought or out of stock, always with a reason, new items among them.
  const bought = (i: number) => new Set(shop.events.filter((ev) => ev.customer === i && ev.kind === "purchase").map((ev) => shop.catalog[ev.item]!.sku));
  const outOfStock = new Set(shop.catalog.filter((p) => !p.inStock).map((p) => p.sku));
  const reasons: string[] = [];
  for (const i of [1, 2, 3, 5, 8, 13, 21, 34]) {
    const answer = await caller.catalog.customerRecommendations({ externalId: customerKey(i), k: 10 });
    expect(answer.runId).toBe(first.id);
    expect(answer.picks).toHaveLength(10);
    expect(answer.picks.filter((p) => bought(i).has(p.sku) || outOfStock.has(p.sku))).toEqual([]);
    for (const p of answer.picks) reasons.push(p.because);
  }
  expect(reasons.every((r) => r.length > 0)).toBe(true);
  expect(reasons.some((r) => /^New in .+, the line you bought from$|^New in .+, which you looked at$/.test(r))).toBe(true);
  expect(heldRun(ws.id)).toBe(first.id);

  // A product sold out since training is not offered; the list stays full.
  const before = await caller.catalog.customerRecommendations({ externalId: customerKey(1), k: 10 });
  const soldOut = before.picks[0]!;
  const sql = postgres(inject("ownerDatabaseUrl"), { max: 1, onnotice: () => {} });
  try {
    await sql`update products set in_stock = false where id = ${soldOut.productId}`;
  } finally {
    await sql.end();
  }
  const after = await caller.catalog.customerRecommendations({ externalId: customerKey(1), k: 10 });
  expect(after.picks).toHaveLength(10);
  expect(after.picks.map((p) => p.productId)).not.toContain(soldOut.productId);
  expect(after.picks.slice(0, 9).map((p) => p.productId)).toEqual(before.picks.slice(1).map((p) => p.productId));

  // A second run: when it finishes, this process loads it before anyone asks (the job announces it).
  const second = await train(owner, ws.slug);
  await waitFor(async () => heldRun(ws.id) === second.id, 10_000, "the announced model to be loaded");
  expect((await caller.catalog.customerRecommendations({ externalId: customerKey(1), k: 5 })).runId).toBe(second.id);

  // Another workspace: none of this one's customers, runs or model.
  const stranger = await signUp("Sam Stranger");
  const other = await createWorkspace(stranger);
  const theirs = await stranger.caller(other.slug);
  expect(await theirs.catalog.runs()).toEqual([]);
  expect(await expectCode(theirs.catalog.customerRecommendations({ externalId: customerKey(1) }), "NOT_FOUND")).toMatch(/No customer with ID C1/);
  expect(heldRun(other.id)).toBeNull();
});

it("still serves a run stored before complements, trends and new items were learned", { timeout: 300_000 }, async () => {
  const owner = await signUp("Lena Legacy");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);
  await importShop(owner, ws.slug, shop);
  const sql = postgres(inject("ownerDatabaseUrl"), { max: 1, onnotice: () => {} });
  try {
    const ids = await sql<{ id: string; sku: string; category: string }[]>`select id, sku, category from products where tenant_id = ${ws.id} order by sku`;
    const [p0, p1, p2] = ids;
    const legacy = {
      productIds: ids.map((r) => r.id),
      categories: ids.map((r) => r.category),
      inStock: ids.map(() => true),
      together: ids.map((r) => (r.id === p0!.id ? [{ item: 1, score: 0.8 }] : [])),
      similar: ids.map(() => []),
      popular: [
        { item: 2, score: 5 },
        { item: 1, score: 3 },
      ],
      options: { weights: { view: 1, cart: 3, purchase: 5 }, halfLifeDays: 90, neighbours: 50, historyCap: 40, maxPerCategory: 3 },
    };
    await sql`insert into recommender_runs (tenant_id, status, model, finished_at) values (${ws.id}, 'ready', ${gzipSync(JSON.stringify(legacy))}, now())`;
    const someone = await sql<{ external_id: string }[]>`
      select c.external_id from customers c join customer_events e on e.customer_id = c.id
      where c.tenant_id = ${ws.id} and e.product_id = ${p0!.id} and e.kind = 'view'
        and not exists (select 1 from customer_events x where x.customer_id = c.id and x.product_id in (${p1!.id}, ${p2!.id}) and x.kind = 'purchase')
      limit 1`;
    const answer = await caller.catalog.customerRecommendations({ externalId: someone[0]!.external_id, k: 2 });
    expect(answer.picks.map((p) => p.sku)).toEqual([p1!.sku, p2!.sku]);
    expect(answer.picks[0]!.because).toBe(`Often bought with ${shop.catalog.find((c) => c.sku === p0!.sku)!.name}`);
  } finally {
    await sql.end();
  }
});
