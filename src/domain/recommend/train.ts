/**
 * Training: everything a pick is scored from, learned from the catalog and
 * implicit feedback — co-occurrence, "bought after" (complements) and
 * "bought instead" (substitutes), which category comes next, TF-IDF
 * neighbours for items with little or no feedback, popularity that fades
 * with the shop's half-life, a trend, and when each item was first seen.
 * Typed arrays throughout: a million events train in seconds on one core.
 */
import { contentNeighbours } from "./content";
import { histories, latestTime, timeline, type CustomerHistory } from "./history";
import type { NeighbourLists } from "./lists";
import { sequences } from "./sequences";
import { arrival, newByCategory, rankTrending, recency, trend, type Arrival, type ItemsByCategory, type Recency } from "./signals";
import { coOccurrence } from "./together";
import { DEFAULT_OPTIONS, type CatalogItem, type FeedbackEvent, type RecommenderOptions } from "./types";

export interface RecommenderModel {
  items: number;
  categoryNames: readonly string[];
  /** Each item's category, as an index into categoryNames. */
  categoryOf: Int32Array;
  inStock: Uint8Array;
  /** Co-occurrence neighbours per item, best first. */
  together: NeighbourLists;
  /** Content (TF-IDF) neighbours per item, best first. */
  similar: NeighbourLists;
  /** Items bought after each item (complements), best first. */
  after: NeighbourLists;
  /** Items bought instead of each item by those who looked at it (substitutes), best first. */
  instead: NeighbourLists;
  /** Row-major categories × categories: P(next purchase's category | a purchase's category). */
  nextCategory: Float32Array;
  /** Of next purchases in this shop, the share in a category the customer had bought in before. */
  sameCategoryShare: number;
  recency: Recency;
  /** 0..1: rising sales. */
  trend: Float32Array;
  /** Items by how fast their sales rise, fastest first (at most 100). */
  trending: Int32Array;
  arrival: Arrival;
  /** Items new at training time, per category, newest first. */
  newItems: ItemsByCategory;
  /** The newest event trained on: "now" for the model. */
  asOf: number;
  options: RecommenderOptions;
}

export function trainRecommender(catalog: readonly CatalogItem[], events: readonly FeedbackEvent[], customers: number, options: RecommenderOptions = DEFAULT_OPTIONS): { model: RecommenderModel; histories: CustomerHistory[] } {
  const items = catalog.length;
  const asOf = latestTime(events);
  const categoryNames = [...new Set(catalog.map((c) => c.category))];
  const categoryIndex = new Map(categoryNames.map((name, i) => [name, i]));
  const categoryOf = Int32Array.from(catalog, (c) => categoryIndex.get(c.category)!);
  const tl = timeline(events, customers);
  const seq = sequences(events, tl, items, categoryOf, categoryNames.length, options, asOf);
  const rising = trend(events, items, options, asOf);
  const arrived = arrival(
    catalog.map((c) => c.launchedAt),
    events,
    asOf,
  );
  return {
    model: {
      items,
      categoryNames,
      categoryOf,
      inStock: Uint8Array.from(catalog, (c) => (c.inStock ? 1 : 0)),
      together: coOccurrence(events, tl, items, options, asOf),
      similar: contentNeighbours(catalog, Math.min(20, options.neighbours)),
      after: seq.after,
      instead: seq.instead,
      nextCategory: seq.nextCategory,
      sameCategoryShare: seq.sameCategoryShare,
      recency: recency(events, categoryOf, categoryNames.length, options, asOf),
      trend: rising,
      trending: rankTrending(rising),
      arrival: arrived,
      newItems: newByCategory(arrived, categoryOf, categoryNames.length, options.newItemDays, asOf),
      asOf,
      options,
    },
    histories: histories(events, customers, options, asOf),
  };
}

/**
 * The same model with other choices of what training tunes: popularity is
 * recomputed when the half-life changes; relations between items are not.
 */
export function retuned(model: RecommenderModel, events: readonly FeedbackEvent[], options: RecommenderOptions): RecommenderModel {
  const popularity = options.halfLifeDays === model.recency.halfLifeDays ? model.recency : recency(events, model.categoryOf, model.categoryNames.length, options, model.asOf);
  return { ...model, recency: popularity, options };
}
