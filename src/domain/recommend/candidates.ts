/**
 * A customer's candidates and the signals each is scored from. Candidates
 * come from the customer's own items (their co-occurrence, complement,
 * substitute and content neighbours), the popular items of the categories
 * they shop and of those bought next, new items in their categories, and
 * the shop's popular and rising items. Every signal is scaled to 0..1 so a
 * blend's weights mean the same from one customer to the next.
 */
import type { CustomerHistory } from "./history";
import type { NeighbourLists } from "./lists";
import { isNew, type ItemsByCategory } from "./signals";
import type { RecommenderModel } from "./train";
import { BLEND_SIGNALS } from "./types";

export const SIGNALS = BLEND_SIGNALS.length;
const [TOGETHER, AFTER, INSTEAD, CONTENT, LINE, NEXT_LINE, POPULARITY, TREND, FRESH] = BLEND_SIGNALS.map((_, i) => i) as [number, number, number, number, number, number, number, number, number];
/** The item behind a relation signal, for the reason: together, after, instead, content, next line. */
export const SOURCES = 5;

export interface Candidates {
  items: number[];
  /** Each candidate's category (index into the model's categoryNames), and how many categories there are. */
  category: Int32Array;
  categories: number;
  /** items.length × SIGNALS, in BLEND_SIGNALS order. */
  signals: Float32Array;
  /** items.length × SOURCES: the customer's item that contributed most to each relation (-1: none). */
  sources: Int32Array;
  /** New in a category this customer shops: the pool exploration draws from. */
  fresh: Uint8Array;
  /** In a category this customer already bought in. */
  inBoughtCategory: Uint8Array;
  /** This customer's share of next purchases in an already-bought category, drawn toward the shop's. */
  boughtShare: number;
  hasPurchases: boolean;
}

const SEEDS = 30;
const RECENT_PURCHASES = 10;
const LOOKED_AT = 10;
const CATEGORIES = 6;
const PER_CATEGORY = 20;
const SHOP_WIDE = 30;

export function candidatesFor(model: RecommenderModel, history: CustomerHistory | undefined, now = model.asOf): Candidates {
  const purchased = history?.purchased ?? new Set<number>();
  const interest = history ? [...history.interest].sort((a, b) => b[1] - a[1] || a[0] - b[0]) : [];
  const strongest = interest[0]?.[1] ?? 1;
  const seeds = interest.slice(0, SEEDS).map(([item, w]) => ({ item, weight: w / strongest }));
  // After a purchase, what goes with it (the latest counts most); after a look without a purchase, what others chose instead.
  const recent = (history?.purchases ?? []).slice(-RECENT_PURCHASES).reverse();
  const bought = recent.map((item, k) => ({ item, weight: 0.7 ** k }));
  const looked = interest
    .filter(([item]) => !purchased.has(item))
    .slice(0, LOOKED_AT)
    .map(([item, w]) => ({ item, weight: w / strongest }));
  const relations: { lists: NeighbourLists; seeds: { item: number; weight: number }[]; signal: number; source: number }[] = [
    { lists: model.together, seeds, signal: TOGETHER, source: 0 },
    { lists: model.similar, seeds, signal: CONTENT, source: 3 },
    { lists: model.after, seeds: bought, signal: AFTER, source: 1 },
    { lists: model.instead, seeds: looked, signal: INSTEAD, source: 2 },
  ];
  const { affinity, next, nextSource } = categoryInterest(model, interest, recent);

  // Who is a candidate: the relations' neighbours, then the categories' and the shop's best.
  const slotOf = new Int32Array(model.items).fill(-1);
  const items: number[] = [];
  const add = (item: number) => {
    if (slotOf[item] === -1 && model.inStock[item] && !purchased.has(item)) slotOf[item] = items.push(item) - 1;
  };
  for (const r of relations) for (const seed of r.seeds) for (let j = r.lists.offsets[seed.item]!, end = reach(r.lists, seed); j < end; j++) add(r.lists.items[j]!);
  const shopped = strongestCategories(affinity);
  const fromCategory = (lists: ItemsByCategory, c: number) => {
    for (let j = lists.offsets[c]!, end = Math.min(lists.offsets[c + 1]!, j + PER_CATEGORY); j < end; j++) add(lists.items[j]!);
  };
  for (const c of new Set([...shopped, ...strongestCategories(next)])) fromCategory(model.recency.popularByCategory, c);
  for (const c of shopped) fromCategory(model.newItems, c);
  for (const item of model.recency.popular.subarray(0, SHOP_WIDE)) add(item);
  for (const item of model.trending.subarray(0, SHOP_WIDE)) add(item);

  const n = items.length;
  const signals = new Float32Array(n * SIGNALS);
  const sources = new Int32Array(n * SOURCES).fill(-1);
  const best = new Float64Array(n * SOURCES);
  for (const r of relations) {
    for (const seed of r.seeds) {
      for (let j = r.lists.offsets[seed.item]!, end = reach(r.lists, seed); j < end; j++) {
        const at = slotOf[r.lists.items[j]!]!;
        if (at < 0) continue;
        const contribution = seed.weight * r.lists.scores[j]!;
        signals[at * SIGNALS + r.signal]! += contribution;
        if (contribution > best[at * SOURCES + r.source]!) {
          best[at * SOURCES + r.source] = contribution;
          sources[at * SOURCES + r.source] = seed.item;
        }
      }
    }
    // Relations are relative to this customer's strongest one.
    let max = 0;
    for (let at = 0; at < n; at++) max = Math.max(max, signals[at * SIGNALS + r.signal]!);
    if (max > 0) for (let at = 0; at < n; at++) signals[at * SIGNALS + r.signal]! /= max;
  }

  const category = new Int32Array(n);
  const fresh = new Uint8Array(n);
  const inBoughtCategory = new Uint8Array(n);
  const boughtCategories = new Set([...purchased].map((item) => model.categoryOf[item]!));
  let topAffinity = 0;
  for (const a of affinity) topAffinity = Math.max(topAffinity, a);
  for (let at = 0; at < n; at++) {
    const item = items[at]!;
    const c = model.categoryOf[item]!;
    const row = at * SIGNALS;
    category[at] = c;
    signals[row + LINE] = affinity[c]! * model.recency.popularityInCategory[item]!;
    signals[row + NEXT_LINE] = next[c]! * model.recency.popularityInCategory[item]!;
    signals[row + POPULARITY] = model.recency.popularity[item]!;
    signals[row + TREND] = model.trend[item]!;
    if (affinity[c]! > 0 && isNew(model.arrival, item, model.options.newItemDays, now)) {
      fresh[at] = 1;
      signals[row + FRESH] = affinity[c]! / topAffinity;
    }
    inBoughtCategory[at] = boughtCategories.has(c) ? 1 : 0;
    sources[at * SOURCES + 4] = nextSource[c]!;
  }
  return { items, category, categories: model.categoryNames.length, signals, sources, fresh, inBoughtCategory, boughtShare: boughtShare(model, history), hasPurchases: purchased.size > 0 };
}

/** A weaker seed reaches fewer of its neighbours: the tail of a long list behind a faint interest adds cost, not picks. */
function reach(lists: NeighbourLists, seed: { item: number; weight: number }): number {
  const start = lists.offsets[seed.item]!;
  const length = lists.offsets[seed.item + 1]! - start;
  return start + Math.min(length, Math.max(10, Math.ceil(length * seed.weight)));
}

/**
 * The customer's share of interest per category, and the categories bought next after their latest
 * purchases (with the purchase behind each, for the reason).
 */
function categoryInterest(model: RecommenderModel, interest: readonly [number, number][], recent: readonly number[]) {
  const categories = model.categoryNames.length;
  const affinity = new Float64Array(categories);
  let total = 0;
  for (const [item, w] of interest) {
    affinity[model.categoryOf[item]!]! += w;
    total += w;
  }
  if (total > 0) for (let c = 0; c < categories; c++) affinity[c]! /= total;
  const next = new Float64Array(categories);
  const nextSource = new Int32Array(categories).fill(-1);
  const nextBest = new Float64Array(categories);
  let weights = 0;
  recent.slice(0, 5).forEach((seed, k) => {
    const w = 0.7 ** k;
    weights += w;
    const row = model.categoryOf[seed]! * categories;
    for (let c = 0; c < categories; c++) {
      const contribution = w * model.nextCategory[row + c]!;
      next[c]! += contribution;
      if (contribution > nextBest[c]!) {
        nextBest[c] = contribution;
        nextSource[c] = seed;
      }
    }
  });
  if (weights > 0) for (let c = 0; c < categories; c++) next[c]! /= weights;
  return { affinity, next, nextSource };
}

function strongestCategories(weights: Float64Array): number[] {
  return [...weights.keys()]
    .filter((c) => weights[c]! > 0)
    .sort((a, b) => weights[b]! - weights[a]! || a - b)
    .slice(0, CATEGORIES);
}

/** The customer's own share of steps that stayed in a bought category, drawn toward the shop's with a prior of four steps. */
function boughtShare(model: RecommenderModel, history: CustomerHistory | undefined): number {
  const PRIOR = 4;
  const seen = new Set<number>();
  let steps = 0;
  let same = 0;
  (history?.purchases ?? []).forEach((item, j) => {
    const c = model.categoryOf[item]!;
    if (j > 0) {
      steps++;
      if (seen.has(c)) same++;
    }
    seen.add(c);
  });
  return (same + PRIOR * model.sameCategoryShare) / (steps + PRIOR);
}
