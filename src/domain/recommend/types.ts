/** The recommender's inputs: a catalog and implicit feedback (views, carts, purchases), by dense index. */

export type EventKind = "view" | "cart" | "purchase";

export interface CatalogItem {
  sku: string;
  name: string;
  description: string;
  category: string;
  tags: readonly string[];
  inStock: boolean;
  /** When the product entered the catalog (ms); its first event counts too, whichever is earlier. */
  launchedAt?: number;
  /**
   * What the product is about as an embedding model reads it (the gateway's
   * embedding model, when a model server offers one): content similarity then
   * also finds neighbours that share no word with it.
   */
  embedding?: Float32Array;
}

export interface FeedbackEvent {
  customer: number;
  item: number;
  kind: EventKind;
  /** Milliseconds since the epoch. */
  time: number;
  quantity: number;
}

/** How much each signal counts in a pick's score; every signal is scaled to 0..1 per customer first. */
export interface BlendWeights {
  /** Bought or looked at by the same customers (co-occurrence). */
  together: number;
  /** Bought after something this customer bought (directional: camera, then lens). */
  after: number;
  /** Chosen by others who looked at the same thing and did not buy it (substitutes). */
  instead: number;
  /** Resembles what this customer liked (TF-IDF over name, description, category, tags). */
  content: number;
  /** Popular lately in the categories this customer shops. */
  linePopularity: number;
  /** Popular lately in the categories bought next after this customer's purchases. */
  nextLinePopularity: number;
  /** Popular lately in the whole shop. */
  popularity: number;
  /** Selling more in the last weeks than in the weeks before. */
  trend: number;
  /** New (younger than `newItemDays`) in a category this customer shops. */
  fresh: number;
}

export const BLEND_SIGNALS = ["together", "after", "instead", "content", "linePopularity", "nextLinePopularity", "popularity", "trend", "fresh"] as const satisfies readonly (keyof BlendWeights)[];

/** What training chooses per shop from its own held-out purchases (see calibrate.ts). */
export interface Tuning {
  /** The shop's popularity follows its season: an event's weight halves every `halfLifeDays`. */
  halfLifeDays: number;
  /** A customer's own interests fade slower or faster than the shop's: their events' weight halves every `interestHalfLifeDays`. */
  interestHalfLifeDays: number;
  blend: BlendWeights;
  /** Places in a top 10 kept for new items in the customer's categories (scaled for other K). */
  exploreSlots: number;
  /** Picks from categories the customer already bought in: at most their share of next purchases × this. */
  boughtCategoryScale: number;
  /** At most this many picks from one category in a top-K. */
  maxPerCategory: number;
}

export interface RecommenderOptions extends Tuning {
  /** How much each kind of event says about interest. */
  weights: Record<EventKind, number>;
  /** Neighbours kept per item (co-occurrence, complements, substitutes). */
  neighbours: number;
  /** Items of one customer's history paired for co-occurrence (the most interesting). */
  historyCap: number;
  /** Relations between items (co-occurrence, complements) fade slower than popularity: their half-life. */
  pairHalfLifeDays: number;
  /** "Bought after": B bought within this many days after A. */
  afterWindowDays: number;
  /** "Bought instead": looked at within this many days before buying something else in the same category. */
  insteadWindowDays: number;
  /** The trend compares the last `trendDays` with the `trendDays` before. */
  trendDays: number;
  /** Items first seen (launched or first event) within this many days are new; a category launched within it is a new line. */
  newItemDays: number;
}

export const DEFAULT_BLEND: BlendWeights = {
  together: 1,
  after: 0.6,
  instead: 0.4,
  content: 0.3,
  linePopularity: 0.5,
  nextLinePopularity: 0.5,
  popularity: 0.2,
  trend: 0.2,
  fresh: 0.3,
};

export const DEFAULT_OPTIONS: RecommenderOptions = {
  weights: { view: 1, cart: 3, purchase: 5 },
  halfLifeDays: 90,
  interestHalfLifeDays: 90,
  blend: DEFAULT_BLEND,
  exploreSlots: 1,
  boughtCategoryScale: 1.25,
  maxPerCategory: 3,
  neighbours: 50,
  historyCap: 40,
  pairHalfLifeDays: 180,
  afterWindowDays: 60,
  insteadWindowDays: 3,
  trendDays: 14,
  newItemDays: 30,
};

export type Reason =
  | { kind: "bought_with"; item: number }
  /** Others bought it after buying `item` (or something in its category), which this customer bought. */
  | { kind: "bought_after"; item: number }
  /** Others who looked at `item` without buying it chose this one. */
  | { kind: "bought_instead"; item: number }
  | { kind: "similar_to"; item: number }
  /** New in a category the customer bought from (`bought`) or looked at. */
  | { kind: "new_in_line"; category: string; bought: boolean }
  | { kind: "trending" }
  | { kind: "popular"; category: string | null }
  | { kind: "popular_in_segment" };

export interface Pick {
  item: number;
  score: number;
  reason: Reason;
}
