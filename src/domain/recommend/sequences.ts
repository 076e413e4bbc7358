/**
 * What follows what, read from each customer's events in time order:
 * - "bought after": B bought within a window after A (directional: a lens
 *   after a camera, not a camera after a lens) — complements;
 * - "bought instead": V looked at, not bought, and B of the same category
 *   bought within days — substitutes;
 * - which category the next purchase falls in, given the previous one's;
 * - how often a next purchase stays in a category the customer already
 *   bought in (the shop's own measure of "more of the same").
 */
import { DAY, type Timeline } from "./history";
import { topK, packLists, type Neighbour, type NeighbourLists } from "./lists";
import type { FeedbackEvent, RecommenderOptions } from "./types";

export interface Sequences {
  after: NeighbourLists;
  instead: NeighbourLists;
  /** Row-major categories × categories: P(next purchase's category | a purchase's category). */
  nextCategory: Float32Array;
  /** Of purchases after a customer's first, the share in a category they had bought in before. */
  sameCategoryShare: number;
}

/** How far back a purchase looks for the purchases it followed. */
const LOOK_BACK = 20;
/** Added to a pair's normaliser, so a pair seen once between two rarely bought items does not outrank well-attested ones. */
const SHRINK = 5;



export function sequences(events: readonly FeedbackEvent[], tl: Timeline, items: number, categoryOf: Int32Array, categories: number, options: RecommenderOptions, asOf: number): Sequences {
  const lambda = Math.LN2 / (options.pairHalfLifeDays * DAY);
  const decay = (time: number) => Math.exp(-lambda * Math.max(0, asOf - time));
  const afterWindow = options.afterWindowDays * DAY;
  const insteadWindow = options.insteadWindowDays * DAY;
  const after = new Map<number, number>();
  const instead = new Map<number, number>();
  const bought = new Float64Array(items);
  const looked = new Float64Array(items);
  const chosen = new Float64Array(items);
  const transitions = new Float64Array(categories * categories);
  const purchasesByCategory = new Float64Array(categories);
  let steps = 0;
  let sameSteps = 0;

  const customers = tl.offsets.length - 1;
  const purchases: FeedbackEvent[] = [];
  const boughtByCustomer = new Set<number>();
  const seenCategories = new Set<number>();
  const pairs = new Set<number>();
  for (let c = 0; c < customers; c++) {
    const start = tl.offsets[c]!;
    const end = tl.offsets[c + 1]!;
    purchases.length = 0;
    boughtByCustomer.clear();
    for (let j = start; j < end; j++) {
      const e = events[tl.order[j]!]!;
      if (e.kind !== "purchase") continue;
      // A repeat of the item just bought is the same step, not a new one.
      if (purchases.length && purchases[purchases.length - 1]!.item === e.item) continue;
      purchases.push(e);
      boughtByCustomer.add(e.item);
    }
    if (purchases.length === 0) continue;

    seenCategories.clear();
    purchases.forEach((p, j) => {
      const w = decay(p.time);
      const category = categoryOf[p.item]!;
      bought[p.item]! += w;
      purchasesByCategory[category]! += w;
      if (j > 0) {
        steps++;
        if (seenCategories.has(category)) sameSteps++;
        const previous = purchases[j - 1]!;
        if (p.time - previous.time <= afterWindow) transitions[categoryOf[previous.item]! * categories + category]! += w;
      }
      seenCategories.add(category);
      for (let i = Math.max(0, j - LOOK_BACK); i < j; i++) {
        const a = purchases[i]!;
        if (a.item === p.item || p.time - a.time > afterWindow) continue;
        const key = a.item * items + p.item;
        after.set(key, (after.get(key) ?? 0) + w);
      }
    });

    // Looked at V without ever buying it, then bought B of the same category within days: B instead of V.
    pairs.clear();
    let from = start;
    for (const p of purchases) {
      while (from < end && events[tl.order[from]!]!.time < p.time - insteadWindow) from++;
      for (let j = from; j < end; j++) {
        const v = events[tl.order[j]!]!;
        if (v.time > p.time) break;
        if (v.kind === "purchase" || v.item === p.item || boughtByCustomer.has(v.item) || categoryOf[v.item] !== categoryOf[p.item]) continue;
        const key = v.item * items + p.item;
        if (pairs.has(key)) continue;
        pairs.add(key);
        const w = decay(p.time);
        instead.set(key, (instead.get(key) ?? 0) + w);
        looked[v.item]! += w;
        chosen[p.item]! += w;
      }
    }
  }

  return {
    after: normalisedLists(after, items, bought, bought, options.neighbours),
    instead: normalisedLists(instead, items, looked, chosen, options.neighbours),
    nextCategory: nextCategoryMatrix(transitions, purchasesByCategory, categories),
    sameCategoryShare: steps ? sameSteps / steps : 0,
  };
}

/** Pair weight over the geometric mean of the two ends' totals (plus SHRINK). */
function normalisedLists(pairs: Map<number, number>, items: number, fromTotals: Float64Array, toTotals: Float64Array, k: number): NeighbourLists {
  const lists: Neighbour[][] = Array.from({ length: items }, () => []);
  for (const [key, w] of pairs) {
    const a = Math.floor(key / items);
    const b = key - a * items;
    lists[a]!.push({ item: b, score: w / (Math.sqrt(fromTotals[a]! * toTotals[b]!) + SHRINK) });
  }
  return packLists(lists.map((list) => (list.length > k ? topK(list, k) : topK(list, list.length))));
}

/** Rows smoothed toward the shop's overall mix of purchase categories, so a category seen a few times says little. */
function nextCategoryMatrix(transitions: Float64Array, purchasesByCategory: Float64Array, categories: number): Float32Array {
  const SMOOTHING = 10;
  const total = purchasesByCategory.reduce((s, x) => s + x, 0) || 1;
  const out = new Float32Array(categories * categories);
  for (let a = 0; a < categories; a++) {
    let row = 0;
    for (let b = 0; b < categories; b++) row += transitions[a * categories + b]!;
    for (let b = 0; b < categories; b++) out[a * categories + b] = (transitions[a * categories + b]! + (SMOOTHING * purchasesByCategory[b]!) / total) / (row + SMOOTHING);
  }
  return out;
}
