/**
 * Per-item signals of time: popularity that fades with the shop's half-life,
 * a trend (the last weeks against the weeks before), and when an item (and
 * its category, its line) was first seen — what makes an item new.
 */
import { DAY } from "./history";
import type { FeedbackEvent, RecommenderOptions } from "./types";

/** Items grouped by category: category c's are items[offsets[c] .. offsets[c + 1]), in the order given. */
export interface ItemsByCategory {
  offsets: Int32Array;
  items: Int32Array;
}

export interface Recency {
  halfLifeDays: number;
  /** 0..1, relative to the most popular item. */
  popularity: Float32Array;
  /** 0..1, relative to the most popular item of the same category. */
  popularityInCategory: Float32Array;
  /** Items with any interest, most popular first (at most 1,000). */
  popular: Int32Array;
  /** The most popular items of each category (at most 100 each). */
  popularByCategory: ItemsByCategory;
}

export function recency(events: readonly FeedbackEvent[], categoryOf: Int32Array, categories: number, options: Pick<RecommenderOptions, "weights" | "halfLifeDays">, asOf: number): Recency {
  const items = categoryOf.length;
  const lambda = Math.LN2 / (options.halfLifeDays * DAY);
  const raw = new Float64Array(items);
  for (const e of events) raw[e.item]! += options.weights[e.kind] * Math.max(1, Math.min(e.quantity, 10)) * Math.exp(-lambda * Math.max(0, asOf - e.time));
  const max = maxOf(raw) || 1;
  const categoryMax = new Float64Array(categories);
  raw.forEach((x, i) => (categoryMax[categoryOf[i]!] = Math.max(categoryMax[categoryOf[i]!]!, x)));
  const ranked = rankBy(raw).filter((i) => raw[i]! > 0);
  return {
    halfLifeDays: options.halfLifeDays,
    popularity: Float32Array.from(raw, (x) => x / max),
    popularityInCategory: Float32Array.from(raw, (x, i) => x / (categoryMax[categoryOf[i]!] || 1)),
    popular: Int32Array.from(ranked.slice(0, 1_000)),
    popularByCategory: groupByCategory(ranked, categoryOf, categories, 100),
  };
}

/** 0..1: how much faster an item sold in the last `trendDays` than in the `trendDays` before (0 when not rising). */
export function trend(events: readonly FeedbackEvent[], items: number, options: Pick<RecommenderOptions, "weights" | "trendDays">, asOf: number): Float32Array {
  const window = options.trendDays * DAY;
  const recent = new Float64Array(items);
  const before = new Float64Array(items);
  for (const e of events) {
    const age = asOf - e.time;
    const w = options.weights[e.kind] * Math.max(1, Math.min(e.quantity, 10));
    if (age < window) recent[e.item]! += w;
    else if (age < 2 * window) before[e.item]! += w;
  }
  // Log of the ratio, with a prior of a few events on both sides so one sale is not a trend.
  const PRIOR = 2 * options.weights.purchase;
  const rising = Float64Array.from(recent, (r, i) => Math.max(0, Math.log((r + PRIOR) / (before[i]! + PRIOR))));
  const max = maxOf(rising) || 1;
  return Float32Array.from(rising, (x) => x / max);
}

/** Items whose sales rise, fastest first (at most 100). */
export function rankTrending(trend: Float32Array): Int32Array {
  return Int32Array.from(
    [...trend.keys()]
      .filter((i) => trend[i]! > 0)
      .sort((a, b) => trend[b]! - trend[a]! || a - b)
      .slice(0, 100),
  );
}

export interface Arrival {
  /** When each item was first seen: its launch date or its first event, whichever is earlier; the newest event for an item never seen. */
  firstSeen: Float64Array;
  /** The earliest event: the data cannot tell what is new within the window after it. */
  since: number;
}

export function arrival(launchedAt: readonly (number | undefined)[], events: readonly FeedbackEvent[], asOf: number): Arrival {
  const firstSeen = Float64Array.from(launchedAt, (t) => (t === undefined ? Infinity : t));
  let since = Infinity;
  for (const e of events) {
    if (e.time < firstSeen[e.item]!) firstSeen[e.item] = e.time;
    if (e.time < since) since = e.time;
  }
  for (let i = 0; i < firstSeen.length; i++) if (firstSeen[i] === Infinity) firstSeen[i] = asOf;
  return { firstSeen, since: since === Infinity ? asOf : since };
}

/** Whether anything can be new at `now`: the data must reach back further than the window. */
export const canTellNew = (a: Arrival, newItemDays: number, now: number) => a.since < now - newItemDays * DAY;

export const isNew = (a: Arrival, item: number, newItemDays: number, now: number) => canTellNew(a, newItemDays, now) && a.firstSeen[item]! >= now - newItemDays * DAY;

/** The items first seen within the window before `now`, per category, newest first. */
export function newByCategory(a: Arrival, categoryOf: Int32Array, categories: number, newItemDays: number, now: number): ItemsByCategory {
  const fresh = [...a.firstSeen.keys()].filter((i) => isNew(a, i, newItemDays, now)).sort((x, y) => a.firstSeen[y]! - a.firstSeen[x]! || x - y);
  return groupByCategory(fresh, categoryOf, categories, Infinity);
}

/** Categories whose first item was seen within the window before `now`: the new lines. */
export function newLines(a: Arrival, categoryOf: Int32Array, categories: number, newItemDays: number, now: number): Set<number> {
  if (!canTellNew(a, newItemDays, now)) return new Set();
  const launched = new Float64Array(categories).fill(Infinity);
  a.firstSeen.forEach((t, i) => (launched[categoryOf[i]!] = Math.min(launched[categoryOf[i]!]!, t)));
  const out = new Set<number>();
  launched.forEach((t, c) => {
    if (t !== Infinity && t >= now - newItemDays * DAY) out.add(c);
  });
  return out;
}

export function groupByCategory(ordered: readonly number[], categoryOf: Int32Array, categories: number, perCategory: number): ItemsByCategory {
  const buckets: number[][] = Array.from({ length: categories }, () => []);
  for (const item of ordered) {
    const bucket = buckets[categoryOf[item]!]!;
    if (bucket.length < perCategory) bucket.push(item);
  }
  const offsets = new Int32Array(categories + 1);
  buckets.forEach((b, c) => (offsets[c + 1] = offsets[c]! + b.length));
  return { offsets, items: Int32Array.from(buckets.flat()) };
}

function maxOf(values: Float64Array): number {
  let max = 0;
  for (const x of values) if (x > max) max = x;
  return max;
}

function rankBy(values: Float64Array): number[] {
  return [...values.keys()].sort((a, b) => values[b]! - values[a]! || a - b);
}
