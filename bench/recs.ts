/**
 * `npm run bench:recs`: the recommender on a generated shop with planted
 * structure (fixed seed: 10k products, 100k customers, 1M events, customers
 * in taste clusters that prefer a few of 20 categories).
 *   train_s           — trainRecommender on all events (co-occurrence,
 *                       TF-IDF content neighbours, popularity)
 *   recommend_ms_*    — one customer's top 10, over 2,000 random customers
 *   peak_rss_mb       — the process's peak resident memory (maxRSS)
 *   ndcg10(_popularity) — leave-last-purchase-out on 2,000 sampled customers
 * The last line of stdout is one JSON object.
 */
import { evaluate } from "@/domain/recommend/evaluate";
import { recommendForHistory } from "@/domain/recommend/recommend";
import { syntheticShop } from "@/domain/recommend/synthetic";
import { trainRecommender } from "@/domain/recommend/train";
import { envInt, percentile, round } from "./queue/stats";

const PRODUCTS = envInt("BENCH_PRODUCTS", 10_000, 100, 100_000);
const CUSTOMERS = envInt("BENCH_CUSTOMERS", 100_000, 100, 1_000_000);
const EVENTS = envInt("BENCH_EVENTS", 1_000_000, 1_000, 10_000_000);
const out = (line = "") => process.stdout.write(`${line}\n`);

const generated = performance.now();
const shop = syntheticShop({ products: PRODUCTS, customers: CUSTOMERS, events: EVENTS, seed: 20261129 });
out(`generated ${PRODUCTS} products, ${CUSTOMERS} customers, ${EVENTS} events in ${round((performance.now() - generated) / 1000, 1)} s`);

const started = performance.now();
const { model, histories } = trainRecommender(shop.catalog, shop.events, shop.customers);
const trainS = (performance.now() - started) / 1000;
out(`train: ${round(trainS, 2)} s`);

let seed = 7;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const times: number[] = [];
for (let i = 0; i < 2_100; i++) {
  const customer = Math.floor(random() * CUSTOMERS);
  const t = performance.now();
  recommendForHistory(model, histories[customer], 10);
  if (i >= 100) times.push(performance.now() - t);
}
const p50 = percentile(times, 50);
const p99 = percentile(times, 99);
out(`recommend: p50 ${round(p50, 3)} ms, p99 ${round(p99, 3)} ms (top 10, 2,000 customers)`);

const evaluated = performance.now();
const result = evaluate(shop.catalog, shop.events, shop.customers, undefined, 2_000);
out(`evaluation (${result.model.customers} customers, ${round((performance.now() - evaluated) / 1000, 1)} s): NDCG@10 ${round(result.model.ndcg10, 4)} vs popularity ${round(result.popularity.ndcg10, 4)} (${round(result.model.ndcg10 / Math.max(1e-9, result.popularity.ndcg10), 2)}×); recall@10 ${round(result.model.recall10, 4)} vs ${round(result.popularity.recall10, 4)}; coverage ${round(result.model.coverage, 3)} vs ${round(result.popularity.coverage, 3)}`);
const peak = process.resourceUsage().maxRSS / 1024;
out(`peak RSS ${round(peak, 0)} MB; targets: train ≤ 60 s, recommend ≤ 5 ms p50, NDCG@10 ≥ 1.5× popularity, peak ≤ 2 GB`);
out(JSON.stringify({ train_s: round(trainS, 2), recommend_ms_p50: round(p50, 3), recommend_ms_p99: round(p99, 3), peak_rss_mb: round(peak, 0), ndcg10: round(result.model.ndcg10, 4), ndcg10_popularity: round(result.popularity.ndcg10, 4) }));
