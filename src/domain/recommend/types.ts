/** The recommender's inputs: a catalog and implicit feedback (views, carts, purchases), by dense index. */

export type EventKind = "view" | "cart" | "purchase";

export interface CatalogItem {
  sku: string;
  name: string;
  description: string;
  category: string;
  tags: readonly string[];
  inStock: boolean;
}

export interface FeedbackEvent {
  customer: number;
  item: number;
  kind: EventKind;
  /** Milliseconds since the epoch. */
  time: number;
  quantity: number;
}

export interface RecommenderOptions {
  /** How much each kind of event says about interest. */
  weights: Record<EventKind, number>;
  /** Older events count less: their weight halves every `halfLifeDays`. */
  halfLifeDays: number;
  /** Neighbours kept per item (co-occurrence and content). */
  neighbours: number;
  /** Items of one customer's history paired for co-occurrence (the most recent). */
  historyCap: number;
  /** At most this many picks from one category in a top-K. */
  maxPerCategory: number;
}

export const DEFAULT_OPTIONS: RecommenderOptions = {
  weights: { view: 1, cart: 3, purchase: 5 },
  halfLifeDays: 90,
  neighbours: 50,
  historyCap: 40,
  maxPerCategory: 3,
};

export type Reason =
  | { kind: "bought_with"; item: number }
  | { kind: "similar_to"; item: number }
  | { kind: "popular"; category: string | null }
  | { kind: "popular_in_segment" };

export interface Pick {
  item: number;
  score: number;
  reason: Reason;
}
