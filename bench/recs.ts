/**
 * `npm run bench:recs`: the recommender, in memory and on the request path.
 *
 * In memory, on a generated shop with planted structure (fixed seed: 10k
 * products, 100k customers, 1M events over 180 days, customers in taste
 * clusters that prefer a few of 20 categories, complements, seasons, new
 * items and a new line — see src/domain/recommend/synthetic.ts):
 *   train_s             — trainRecommender on all events (co-occurrence,
 *                         complements, substitutes, TF-IDF content
 *                         neighbours, popularity, trend)
 *   recommend_ms_*      — one customer's top 10 from in-memory histories,
 *                         over 2,000 random customers
 *   peak_rss_mb         — the process's peak resident memory (maxRSS) after
 *                         this part, before the database part starts
 *   ndcg10(_popularity) — leave-last-purchase-out on 2,000 sampled customers
 *                         (half choose the shop's settings, the other half
 *                         are scored), against plain 30-day popularity
 *
 * The request path, on a shop the size of a small web shop (2k products in
 * 25 categories, 5k customers, 120k events over 180 days by default) in an
 * embedded PostgreSQL: a workspace made by createTenant, the three CSV
 * files imported through upload → mapping → the catalog.import job, the
 * recommender.train job — both run by a real worker process (QueueRunner
 * with the product's handlers, bench/support/worker-process.ts) — the model
 * stored gzipped in recommender_runs as in production. From the evaluation
 * that training run stored (the figures the Audiences page shows):
 *   service_ndcg10(_popularity), service_hit10 — as above, on this shop
 *   new_item_hit10(_popularity) — hit rate @10 on held-out purchases of
 *                         items first seen in the last 30 days
 *   new_line_hit10(_popularity) — the same for purchases from a category
 *                         launched in the last 30 days
 *   same_category_share(_popularity) — share of picks from a category the
 *                         customer already bought in, next to
 *   next_purchase_same_category_share — the same share among the held-out
 *                         purchases themselves
 * Then customerRecommendations(ctx, externalId, 10) — the call the
 * Audiences page's recommender panel makes through tRPC — timed from the
 * call to its answer:
 *   service_cold_ms_*   — the first call after a new run became current: the
 *                         model read from the database, unzipped, decoded.
 *                         A new current run is a copy of the trained row
 *                         (same bytes), made with the owner login before
 *                         each sample; a copy sends no announcement, so the
 *                         process meets it cold.
 *   service_first_call_ms — the process's very first call (cold, and code
 *                         not yet run), apart from the cold samples
 *   service_warm_ms_*   — later calls, model in memory, random customers;
 *                         service_ms_p95 is service_warm_ms_p95
 *   service_after_retrain_ms — the first call after a second training run
 *                         finished: the job's announcement had the process
 *                         load the new model before the call
 *   baseline_query_ms_p50 — same-run baseline: a one-row tenant-scoped
 *                         select through withTenant on the same pool,
 *                         interleaved with the warm calls
 * Start-up (database, migrations, import, training) and 50 warm-up calls
 * are outside the clock; the worker is stopped while calls are timed, and
 * the calls run in this process, as in the web server, which runs no jobs.
 * Targets: NDCG@10 ≥ 1.5× popularity, new-item hit@10 ≥ 0.5× hit@10,
 * new-line hit@10 ≥ popularity's, service p95 ≤ 10 ms warm. The last line
 * of stdout is one JSON object.
 */
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { evaluate } from "@/domain/recommend/evaluate";
import { recommendForHistory } from "@/domain/recommend/recommend";
import { syntheticShop } from "@/domain/recommend/synthetic";
import { trainRecommender } from "@/domain/recommend/train";
import { getConnection } from "@/server/db/client";
import { products } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import type { Evaluation } from "@/domain/recommend/evaluate";
import { customerRecommendations, listRuns, startTraining } from "@/server/services/recommendations";
import { heldRun } from "@/server/services/recommender-store";
import { startBenchDatabase } from "./support/database";
import { startBenchWorker } from "./support/worker";
import { customerKey, importShop, shopCsvs } from "./support/shop-import";
import { benchWorkspace } from "./support/workspace";
import { envInt, mulberry32, percentile, round, waitUntil } from "./queue/stats";

const PRODUCTS = envInt("BENCH_PRODUCTS", 10_000, 100, 100_000);
const CUSTOMERS = envInt("BENCH_CUSTOMERS", 100_000, 100, 1_000_000);
const EVENTS = envInt("BENCH_EVENTS", 1_000_000, 1_000, 10_000_000);
const DB_PRODUCTS = envInt("BENCH_DB_PRODUCTS", 2_000, 100, 20_000);
const DB_CUSTOMERS = envInt("BENCH_DB_CUSTOMERS", 5_000, 100, 100_000);
const DB_EVENTS = envInt("BENCH_DB_EVENTS", 120_000, 1_000, 1_000_000);
const DB_CATEGORIES = envInt("BENCH_DB_CATEGORIES", 25, 2, 1_000);
const WARM_CALLS = envInt("BENCH_WARM_CALLS", 500, 10, 10_000);
const COLD_CALLS = envInt("BENCH_COLD_CALLS", 10, 1, 19);
const WARM_UP = 50;
const out = (line = "") => process.stdout.write(`${line}\n`);

function inMemory() {
  const generated = performance.now();
  const shop = syntheticShop({ products: PRODUCTS, customers: CUSTOMERS, events: EVENTS, seed: 20261129 });
  out(`generated ${PRODUCTS} products, ${CUSTOMERS} customers, ${EVENTS} events in ${round((performance.now() - generated) / 1000, 1)} s`);

  const started = performance.now();
  const { model, histories } = trainRecommender(shop.catalog, shop.events, shop.customers);
  const trainS = (performance.now() - started) / 1000;
  out(`train: ${round(trainS, 2)} s`);

  const random = mulberry32(7);
  const times: number[] = [];
  for (let i = 0; i < 2_100; i++) {
    const customer = Math.floor(random() * CUSTOMERS);
    const t = performance.now();
    recommendForHistory(model, histories[customer], 10);
    if (i >= 100) times.push(performance.now() - t);
  }
  const p50 = percentile(times, 50);
  const p99 = percentile(times, 99);
  out(`recommend (in memory): p50 ${round(p50, 3)} ms, p99 ${round(p99, 3)} ms (top 10, 2,000 customers)`);

  const evaluated = performance.now();
  const result = evaluate(shop.catalog, shop.events, shop.customers, undefined, 2_000);
  out(`evaluation (${result.model.customers} customers, ${round((performance.now() - evaluated) / 1000, 1)} s): NDCG@10 ${round(result.model.ndcg10, 4)} vs popularity ${round(result.popularity.ndcg10, 4)} (${round(result.model.ndcg10 / Math.max(1e-9, result.popularity.ndcg10), 2)}×); recall@10 ${round(result.model.recall10, 4)} vs ${round(result.popularity.recall10, 4)}; coverage ${round(result.model.coverage, 3)} vs ${round(result.popularity.coverage, 3)}`);
  const peak = process.resourceUsage().maxRSS / 1024;
  out(`peak RSS ${round(peak, 0)} MB; targets: train ≤ 60 s, recommend ≤ 5 ms p50, NDCG@10 ≥ 1.5× popularity, peak ≤ 2 GB`);
  return { train_s: round(trainS, 2), recommend_ms_p50: round(p50, 3), recommend_ms_p99: round(p99, 3), peak_rss_mb: round(peak, 0), ndcg10: round(result.model.ndcg10, 4), ndcg10_popularity: round(result.popularity.ndcg10, 4) };
}

async function servicePath() {
  let database: Awaited<ReturnType<typeof startBenchDatabase>> | null = null;
  const closers: (() => Promise<unknown>)[] = [];
  try {
    database = await startBenchDatabase("recs");
    const { ownerUrl, appUrl } = database;
    // The services and handlers use the process's pool (getConnection), as the web server and worker do.
    process.env.DATABASE_URL = appUrl;
    const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
    closers.push(() => owner.end());
    const { db } = getConnection();
    closers.push(() => getConnection().sql.end());
    const ctx = await benchWorkspace(owner, db, { name: "Northwind Roasters", slug: "northwind-recs" });
    const worker = await startBenchWorker(appUrl);
    closers.unshift(() => worker.stop());

    const shop = syntheticShop({ products: DB_PRODUCTS, customers: DB_CUSTOMERS, events: DB_EVENTS, categories: DB_CATEGORIES, seed: 20261130 });
    const files = shopCsvs(shop);
    const imported = await importShop(ctx, files);
    const importS = imported.products + imported.customers + imported.events;
    out(`\nimport (upload → catalog.import job → done): ${DB_PRODUCTS} products ${round(imported.products, 1)} s, ${DB_CUSTOMERS} customers ${round(imported.customers, 1)} s, ${DB_EVENTS} events (${round(files.events.length / 1024 / 1024, 1)} MB of CSV) ${round(imported.events, 1)} s`);

    const train = async () => {
      const started = performance.now();
      const { runId } = await startTraining(ctx);
      await waitUntil(
        async () => {
          const run = (await listRuns(ctx)).find((r) => r.id === runId);
          if (run?.status === "failed") throw new Error(`training failed: ${run.error}`);
          return run?.status === "ready";
        },
        600_000,
        "the training run",
        50,
      );
      return { runId, seconds: (performance.now() - started) / 1000 };
    };
    const { runId, seconds: trainS } = await train();
    const [stored] = await owner<{ bytes: number; train_ms: number }[]>`select length(model) as bytes, train_ms from recommender_runs where id = ${runId}`;
    out(`training (startTraining → run ready, recommender.train job): ${round(trainS, 2)} s, of which evaluate + tune + train ${round(stored!.train_ms / 1000, 2)} s; stored model ${round(stored!.bytes / 1024, 0)} KB gzipped`);
    const evaluation = (await listRuns(ctx)).find((r) => r.id === runId)!.evaluation!;
    const quality = qualityFigures(evaluation);
    await worker.stop();

    const random = mulberry32(11);
    const someCustomer = () => customerKey(Math.floor(random() * DB_CUSTOMERS));
    const timed = async <T>(work: () => Promise<T>) => {
      const started = performance.now();
      const result = await work();
      return { ms: performance.now() - started, result };
    };
    const recommend = (expectedRun: string) =>
      timed(async () => {
        const answer = await customerRecommendations(ctx, someCustomer(), 10);
        if (answer.runId !== expectedRun || answer.picks.length !== 10) throw new Error(`unexpected answer: run ${answer.runId}, ${answer.picks.length} picks`);
      });
    const baseline = () => timed(() => withTenant(db, ctx.tenantId, (tx) => tx.select({ id: products.id }).from(products).where(eq(products.tenantId, ctx.tenantId)).limit(1)));

    // The first call in this process: the model is not cached yet (the job stored it), and the code has not run.
    const first = (await recommend(runId)).ms;

    const cold: number[] = [];
    let current = runId;
    for (let i = 0; i < COLD_CALLS; i++) {
      const [copy] = await owner<{ id: string }[]>`
        insert into recommender_runs (tenant_id, status, products, customers, events, evaluation, train_ms, model, job_id, created_by, finished_at)
        select tenant_id, status, products, customers, events, evaluation, train_ms, model, job_id, created_by, now() from recommender_runs where id = ${runId}
        returning id`;
      current = copy!.id;
      cold.push((await recommend(current)).ms);
    }

    const warm: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < WARM_UP + WARM_CALLS; i++) {
      const b = await baseline();
      const w = await recommend(current);
      if (i >= WARM_UP) {
        base.push(b.ms);
        warm.push(w.ms);
      }
    }
    const figures = {
      baseline: percentile(base, 50),
      coldP50: percentile(cold, 50),
      coldP95: percentile(cold, 95),
      warmP50: percentile(warm, 50),
      warmP95: percentile(warm, 95),
    };
    const ratio = (ms: number) => `${round(ms / figures.baseline, 1)}×`;
    out(`same-run baseline, a one-row tenant-scoped select through withTenant: p50 ${round(figures.baseline, 2)} ms (${WARM_CALLS} samples, interleaved with the warm calls)`);
    out(`customerRecommendations(top 10), first call in the process: ${round(first, 1)} ms (${ratio(first)} baseline)`);
    out(`customerRecommendations(top 10), cold (new current run, model read + unzipped + decoded): p50 ${round(figures.coldP50, 1)} ms (${ratio(figures.coldP50)}), p95 ${round(figures.coldP95, 1)} ms (${ratio(figures.coldP95)}) over ${COLD_CALLS} runs`);
    out(`customerRecommendations(top 10), warm (model in memory): p50 ${round(figures.warmP50, 2)} ms (${ratio(figures.warmP50)}), p95 ${round(figures.warmP95, 2)} ms (${ratio(figures.warmP95)}) over ${WARM_CALLS} random customers after ${WARM_UP} warm-up calls`);

    // A second training run while this process serves the workspace: the job's announcement has it load the new model before the next call.
    const retrainer = await startBenchWorker(appUrl);
    closers.unshift(() => retrainer.stop());
    const second = await train();
    await waitUntil(() => heldRun(ctx.tenantId) === second.runId, 10_000, "the announced model to be loaded", 5);
    await retrainer.stop();
    const afterRetrain = (await recommend(second.runId)).ms;
    out(`customerRecommendations(top 10), first call after a second training run finished (announced, loaded ahead): ${round(afterRetrain, 2)} ms`);
    return {
      service_products: DB_PRODUCTS,
      service_customers: DB_CUSTOMERS,
      service_events: DB_EVENTS,
      import_s: round(importS, 1),
      service_train_s: round(trainS, 2),
      ...quality,
      service_first_call_ms: round(first, 1),
      service_cold_ms_p50: round(figures.coldP50, 1),
      service_cold_ms_p95: round(figures.coldP95, 1),
      service_warm_ms_p50: round(figures.warmP50, 2),
      service_warm_ms_p95: round(figures.warmP95, 2),
      service_ms_p95: round(figures.warmP95, 2),
      service_after_retrain_ms: round(afterRetrain, 2),
      baseline_query_ms_p50: round(figures.baseline, 2),
    };
  } finally {
    for (const close of closers) await close().catch(() => undefined);
    await database?.stop();
  }
}

/** The figures the training run stored, as the JSON reports them, with a line saying how they compare with the targets. */
function qualityFigures(evaluation: Evaluation) {
  const reach = evaluation.reach;
  if (!reach) throw new Error("the training run stored no reach figures");
  const r4 = (x: number | null) => (x === null ? null : round(x, 4));
  const figures = {
    service_ndcg10: r4(evaluation.model.ndcg10),
    service_ndcg10_popularity: r4(evaluation.popularity.ndcg10),
    service_hit10: r4(evaluation.model.recall10),
    service_hit10_popularity: r4(evaluation.popularity.recall10),
    new_item_hit10: r4(reach.model.newItemHit10),
    new_item_hit10_popularity: r4(reach.popularity.newItemHit10),
    new_line_hit10: r4(reach.model.newLineHit10),
    new_line_hit10_popularity: r4(reach.popularity.newLineHit10),
    same_category_share: r4(reach.model.sameCategoryShare),
    same_category_share_popularity: r4(reach.popularity.sameCategoryShare),
    next_purchase_same_category_share: r4(reach.nextPurchaseSameCategoryShare),
  };
  const t = evaluation.tuning;
  out(
    `evaluation stored by the run (${evaluation.model.customers} customers scored): NDCG@10 ${figures.service_ndcg10} vs popularity ${figures.service_ndcg10_popularity} (${round(evaluation.model.ndcg10 / Math.max(1e-9, evaluation.popularity.ndcg10), 2)}×, target ≥ 1.5×); ` +
      `hit@10 ${figures.service_hit10}; new items (${reach.newItemPurchases} held out) ${figures.new_item_hit10} vs ${figures.new_item_hit10_popularity} (target ≥ 0.5 × hit@10 = ${round(evaluation.model.recall10 / 2, 4)}); ` +
      `new line ${reach.newLines.join(", ") || "none"} (${reach.newLinePurchases} held out) ${figures.new_line_hit10} vs popularity ${figures.new_line_hit10_popularity}; ` +
      `picks from already-bought categories ${figures.same_category_share} vs ${figures.next_purchase_same_category_share} of the real next purchases`,
  );
  if (t) out(`chosen for this shop: popularity half-life ${t.halfLifeDays} d, interests ${t.interestHalfLifeDays} d, blend ${JSON.stringify(t.blend)}, ${t.exploreSlots} of 10 places for new items, bought-category share × ${t.boughtCategoryScale}, at most ${t.maxPerCategory} per category`);
  return figures;
}

async function main() {
  const memory = inMemory();
  const service = await servicePath();
  out(JSON.stringify({ ...memory, ...service }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
