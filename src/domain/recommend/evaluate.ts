/**
 * Offline evaluation, leave-last-purchase-out: for each customer with at
 * least two purchases, the last purchase is hidden, the recommender trains
 * on everything else, and we ask whether the hidden item is in the top 10.
 * precision@10 = hits / 10, recall@10 = hits / 1, NDCG@10 = 1 / log2(rank + 1),
 * coverage = distinct recommended items / catalog size. Averages over the
 * evaluated customers; the same protocol for the popularity baseline.
 */
import { recommendForHistory, recommendPopular } from "./recommend";
import { trainRecommender } from "./train";
import { DEFAULT_OPTIONS, type CatalogItem, type FeedbackEvent, type RecommenderOptions } from "./types";

export interface Metrics {
  precision10: number;
  recall10: number;
  ndcg10: number;
  coverage: number;
  customers: number;
}

export interface Evaluation {
  model: Metrics;
  popularity: Metrics;
}

export function evaluate(catalog: readonly CatalogItem[], events: readonly FeedbackEvent[], customers: number, options: RecommenderOptions = DEFAULT_OPTIONS, sample = 2_000): Evaluation {
  // The last purchase of each customer with two or more.
  const lastPurchase = new Map<number, { index: number; time: number; count: number }>();
  events.forEach((e, index) => {
    if (e.kind !== "purchase") return;
    const current = lastPurchase.get(e.customer);
    if (!current) lastPurchase.set(e.customer, { index, time: e.time, count: 1 });
    else lastPurchase.set(e.customer, { index: e.time >= current.time ? index : current.index, time: Math.max(e.time, current.time), count: current.count + 1 });
  });
  const heldOut = [...lastPurchase].filter(([, v]) => v.count >= 2);
  // A deterministic sample keeps large evaluations bounded.
  const step = Math.max(1, Math.floor(heldOut.length / sample));
  const evaluated = heldOut.filter((_, i) => i % step === 0).slice(0, sample);
  const hidden = new Set(evaluated.map(([, v]) => v.index));
  const target = new Map(evaluated.map(([customer, v]) => [customer, events[v.index]!.item]));
  const training = events.filter((_, i) => !hidden.has(i));
  const { model, histories } = trainRecommender(catalog, training, customers, options);

  const score = (recommend: (customer: number) => number[]): Metrics => {
    let hits = 0;
    let ndcg = 0;
    const seen = new Set<number>();
    for (const [customer, item] of target) {
      const list = recommend(customer);
      list.forEach((i) => seen.add(i));
      const rank = list.indexOf(item);
      if (rank >= 0) {
        hits++;
        ndcg += 1 / Math.log2(rank + 2);
      }
    }
    const n = Math.max(1, target.size);
    return { precision10: hits / (10 * n), recall10: hits / n, ndcg10: ndcg / n, coverage: seen.size / Math.max(1, catalog.length), customers: target.size };
  };
  // Both lists are scored without excluding past purchases: the hidden item may be a repeat purchase,
  // and filtering it out would make the question unanswerable for either recommender.
  const withoutExclusion = (customer: number) => ({ interest: histories[customer]!.interest, purchased: new Set<number>() });
  return {
    model: score((c) => recommendForHistory(model, withoutExclusion(c), 10).map((p) => p.item)),
    popularity: score((c) => recommendPopular(model, withoutExclusion(c), 10).map((p) => p.item)),
  };
}
