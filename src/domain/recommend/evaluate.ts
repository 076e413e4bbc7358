/**
 * Offline evaluation, leave-last-purchase-out: for each customer with at
 * least two purchases, the last purchase is hidden, the recommender trains
 * on everything else, and we ask whether the hidden item is in the top 10 —
 * picked as the service picks (in stock, nothing already bought).
 * precision@10 = hits / 10, recall@10 = hits / 1, NDCG@10 = 1 / log2(rank + 1),
 * coverage = distinct recommended items / catalog size. Averages over the
 * evaluated customers; the same protocol for the baseline, plain popularity
 * over the last 30 days.
 *
 * Half of the held-out customers choose the shop's half-life, weights and
 * rules (calibrate.ts); the figures are reported on the other half, so the
 * choice is not graded on the answers it was made from.
 */
import { calibrate } from "./calibrate";
import { DAY, histories, type CustomerHistory } from "./history";
import { recommendForHistory } from "./recommend";
import { isNew, newLines } from "./signals";
import { retuned, trainRecommender, type RecommenderModel } from "./train";
import { DEFAULT_OPTIONS, type CatalogItem, type FeedbackEvent, type RecommenderOptions, type Tuning } from "./types";

export interface Metrics {
  precision10: number;
  recall10: number;
  ndcg10: number;
  coverage: number;
  customers: number;
}

/** Where the picks reach beyond what a customer already knows. */
export interface Reach {
  /** Hit rate @10 on held-out purchases of new items; null when none was held out. */
  newItemHit10: number | null;
  /** Hit rate @10 on held-out purchases from a line (category) launched within the window; null when none. */
  newLineHit10: number | null;
  /** Share of all picks from a category the customer had already bought in. */
  sameCategoryShare: number;
}

export interface ReachReport {
  model: Reach;
  popularity: Reach;
  newItemPurchases: number;
  newLinePurchases: number;
  /** Categories first seen within the window. */
  newLines: string[];
  /** Of the held-out purchases, the share in a category the customer had already bought in: what the picks' share is set against. */
  nextPurchaseSameCategoryShare: number;
  newItemDays: number;
  popularityDays: number;
}

export interface Evaluation {
  model: Metrics;
  popularity: Metrics;
  /** Runs trained before these figures existed lack them. */
  reach?: ReachReport;
  /** What training chose for this shop, and NDCG@10 on the calibration half before and after choosing. */
  tuning?: Tuning & { calibrated: boolean; ndcgBefore: number; ndcgAfter: number };
  /** How "resembles" was read: the products' text, or their text and an embedding model's reading of it (the model named). */
  content?: { embeddings: string | null };
}

/** The baseline looks back this many days. */
export const POPULARITY_DAYS = 30;
/** Fewer held-out customers than this and the shop's choices are not tuned (too few to tell noise from signal). */
const MIN_CALIBRATION = 100;

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
  // A deterministic sample keeps large evaluations bounded. At most every other customer is held out: hiding
  // everyone's last purchase would hide most of the last weeks, the very season the model should follow.
  const step = Math.max(2, Math.floor(heldOut.length / sample));
  const evaluated = heldOut.filter((_, i) => i % step === 0).slice(0, sample);
  const hidden = new Set(evaluated.map(([, v]) => v.index));
  const training = events.filter((_, i) => !hidden.has(i));
  const targets = (rows: typeof evaluated) => new Map(rows.map(([customer, v]) => [customer, events[v.index]!.item]));
  const calibrating = evaluated.length >= 2 * MIN_CALIBRATION;
  const report = targets(calibrating ? evaluated.filter((_, i) => i % 2 === 0) : evaluated);

  const { model } = trainRecommender(catalog, training, customers, options);
  const calibration = calibrating ? calibrate(model, training, customers, targets(evaluated.filter((_, i) => i % 2 === 1))) : null;
  const tuned = calibration ? retuned(model, training, { ...options, ...calibration.tuning }) : model;
  const hist = histories(training, customers, tuned.options, tuned.asOf);

  const popular = popularSince(training, catalog.length, options, tuned.asOf - POPULARITY_DAYS * DAY);
  const plainPopularity = (customer: number) => {
    const bought = hist[customer]!.purchased;
    const out: number[] = [];
    for (const item of popular) {
      if (out.length >= 10) break;
      if (tuned.inStock[item] && !bought.has(item)) out.push(item);
    }
    return out;
  };
  const scored = (recommend: (customer: number) => number[]) => score(tuned, report, hist, recommend);
  const mine = scored((c) => recommendForHistory(tuned, hist[c], 10).map((p) => p.item));
  const baseline = scored(plainPopularity);
  return {
    model: mine.metrics,
    popularity: baseline.metrics,
    reach: {
      model: mine.reach,
      popularity: baseline.reach,
      newItemPurchases: mine.newItemPurchases,
      newLinePurchases: mine.newLinePurchases,
      newLines: [...newLines(tuned.arrival, tuned.categoryOf, tuned.categoryNames.length, options.newItemDays, tuned.asOf)].map((c) => tuned.categoryNames[c]!),
      nextPurchaseSameCategoryShare: mine.nextPurchaseSameCategoryShare,
      newItemDays: options.newItemDays,
      popularityDays: POPULARITY_DAYS,
    },
    tuning: { ...tunedChoices(tuned.options), calibrated: calibration !== null, ndcgBefore: calibration?.before ?? 0, ndcgAfter: calibration?.after ?? 0 },
  };
}

/** The tuning an evaluation chose, as options to train the final model with. */
export function tunedOptions(evaluation: Evaluation, base: RecommenderOptions = DEFAULT_OPTIONS): RecommenderOptions {
  if (!evaluation.tuning) return base;
  const { calibrated: _calibrated, ndcgBefore: _before, ndcgAfter: _after, ...tuning } = evaluation.tuning;
  return { ...base, ...tuning };
}

function tunedChoices(options: RecommenderOptions): Tuning {
  return { halfLifeDays: options.halfLifeDays, interestHalfLifeDays: options.interestHalfLifeDays, blend: options.blend, exploreSlots: options.exploreSlots, boughtCategoryScale: options.boughtCategoryScale, maxPerCategory: options.maxPerCategory };
}

function score(model: RecommenderModel, target: ReadonlyMap<number, number>, hist: readonly CustomerHistory[], recommend: (customer: number) => number[]) {
  const lines = newLines(model.arrival, model.categoryOf, model.categoryNames.length, model.options.newItemDays, model.asOf);
  let hits = 0;
  let ndcg = 0;
  let picks = 0;
  let picksInBought = 0;
  let sameCategoryTargets = 0;
  const fresh = { purchases: 0, hits: 0 };
  const line = { purchases: 0, hits: 0 };
  const seen = new Set<number>();
  for (const [customer, item] of target) {
    const list = recommend(customer);
    const boughtCategories = new Set([...hist[customer]!.purchased].map((i) => model.categoryOf[i]!));
    for (const i of list) {
      seen.add(i);
      picks++;
      if (boughtCategories.has(model.categoryOf[i]!)) picksInBought++;
    }
    if (boughtCategories.has(model.categoryOf[item]!)) sameCategoryTargets++;
    const rank = list.indexOf(item);
    const hit = rank >= 0 ? 1 : 0;
    if (hit) {
      hits++;
      ndcg += 1 / Math.log2(rank + 2);
    }
    if (isNew(model.arrival, item, model.options.newItemDays, model.asOf)) {
      fresh.purchases++;
      fresh.hits += hit;
    }
    if (lines.has(model.categoryOf[item]!)) {
      line.purchases++;
      line.hits += hit;
    }
  }
  const n = Math.max(1, target.size);
  return {
    metrics: { precision10: hits / (10 * n), recall10: hits / n, ndcg10: ndcg / n, coverage: seen.size / Math.max(1, model.items), customers: target.size },
    reach: { newItemHit10: fresh.purchases ? fresh.hits / fresh.purchases : null, newLineHit10: line.purchases ? line.hits / line.purchases : null, sameCategoryShare: picks ? picksInBought / picks : 0 },
    newItemPurchases: fresh.purchases,
    newLinePurchases: line.purchases,
    nextPurchaseSameCategoryShare: sameCategoryTargets / n,
  };
}

/** Items by interest since `from` (then by all-time interest), the plain popularity a shop would show without a recommender. */
function popularSince(events: readonly FeedbackEvent[], items: number, options: RecommenderOptions, from: number): Int32Array {
  const recent = new Float64Array(items);
  const ever = new Float64Array(items);
  for (const e of events) {
    const w = options.weights[e.kind] * Math.max(1, Math.min(e.quantity, 10));
    ever[e.item]! += w;
    if (e.time >= from) recent[e.item]! += w;
  }
  return Int32Array.from(ever.keys()).sort((a, b) => recent[b]! - recent[a]! || ever[b]! - ever[a]! || a - b);
}
