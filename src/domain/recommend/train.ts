/**
 * Training: item-item co-occurrence from implicit feedback (weighted by event
 * kind, decayed by age, normalised like a cosine so popular items do not
 * drown everything), TF-IDF content neighbours for items with little or no
 * feedback (cold start), and decayed popularity as the last fallback.
 * Plain arrays and maps: a million events train in seconds on one core.
 */
import { DEFAULT_OPTIONS, type CatalogItem, type FeedbackEvent, type RecommenderOptions } from "./types";

export interface Neighbour {
  item: number;
  score: number;
}

export interface RecommenderModel {
  items: number;
  categories: readonly string[];
  inStock: readonly boolean[];
  /** Co-occurrence neighbours per item, best first. */
  together: Neighbour[][];
  /** Content (TF-IDF) neighbours per item, best first. */
  similar: Neighbour[][];
  /** Items by decayed popularity, best first, with their scores. */
  popular: Neighbour[];
  /** Popularity rank lists per category. */
  popularByCategory: Map<string, Neighbour[]>;
  options: RecommenderOptions;
}

export interface CustomerHistory {
  /** Item → decayed interest. */
  interest: Map<number, number>;
  purchased: Set<number>;
}

const DAY = 86_400_000;

export function histories(events: readonly FeedbackEvent[], customers: number, options: RecommenderOptions = DEFAULT_OPTIONS, now = latest(events)): CustomerHistory[] {
  const out: CustomerHistory[] = Array.from({ length: customers }, () => ({ interest: new Map(), purchased: new Set() }));
  const lambda = Math.LN2 / (options.halfLifeDays * DAY);
  for (const e of events) {
    const h = out[e.customer];
    if (!h) continue;
    const weight = options.weights[e.kind] * Math.max(1, Math.min(e.quantity, 10)) * Math.exp(-lambda * Math.max(0, now - e.time));
    h.interest.set(e.item, (h.interest.get(e.item) ?? 0) + weight);
    if (e.kind === "purchase") h.purchased.add(e.item);
  }
  return out;
}

export function trainRecommender(catalog: readonly CatalogItem[], events: readonly FeedbackEvent[], customers: number, options: RecommenderOptions = DEFAULT_OPTIONS): { model: RecommenderModel; histories: CustomerHistory[] } {
  const n = catalog.length;
  const hist = histories(events, customers, options);

  // Popularity and per-item totals (for the cosine normalisation).
  const totals = new Float64Array(n);
  for (const h of hist) for (const [item, w] of h.interest) totals[item]! += w;

  // Co-occurrence over each customer's most interesting items.
  const co: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const h of hist) {
    if (h.interest.size < 2) continue;
    const top = [...h.interest].sort((a, b) => b[1] - a[1]).slice(0, options.historyCap);
    for (let i = 0; i < top.length; i++) {
      const [a, wa] = top[i]!;
      for (let j = i + 1; j < top.length; j++) {
        const [b, wb] = top[j]!;
        const w = Math.min(wa, wb);
        co[a]!.set(b, (co[a]!.get(b) ?? 0) + w);
        co[b]!.set(a, (co[b]!.get(a) ?? 0) + w);
      }
    }
  }
  const together = co.map((m, a) =>
    topK(
      [...m].map(([b, w]) => ({ item: b, score: w / Math.sqrt(totals[a]! * totals[b]!) })),
      options.neighbours,
    ),
  );

  const popular = topK(
    [...totals].map((score, item) => ({ item, score })).filter((p) => p.score > 0),
    Math.min(n, 1_000),
  );
  const popularByCategory = new Map<string, Neighbour[]>();
  for (const p of popular) {
    const category = catalog[p.item]!.category;
    const list = popularByCategory.get(category) ?? [];
    if (list.length < 100) list.push(p);
    popularByCategory.set(category, list);
  }

  return {
    model: {
      items: n,
      categories: catalog.map((c) => c.category),
      inStock: catalog.map((c) => c.inStock),
      together,
      similar: contentNeighbours(catalog, Math.min(20, options.neighbours)),
      popular,
      popularByCategory,
      options,
    },
    histories: hist,
  };
}

/** TF-IDF over name, description, category and tags; neighbours through an inverted index of each item's top terms. */
export function contentNeighbours(catalog: readonly CatalogItem[], k: number): Neighbour[][] {
  const docs = catalog.map((c) => tokens(`${c.name} ${c.name} ${c.description} ${c.category} ${c.category} ${c.tags.join(" ")}`));
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = catalog.length;
  const vectors = docs.map((doc) => {
    const tf = new Map<string, number>();
    for (const t of doc) tf.set(t, (tf.get(t) ?? 0) + 1);
    const weights = [...tf].map(([t, f]) => [t, (1 + Math.log(f)) * Math.log(1 + n / (df.get(t) ?? 1))] as const);
    const norm = Math.hypot(...weights.map(([, w]) => w)) || 1;
    // Each item is indexed by its eight strongest terms: enough to find its neighbours, cheap to search.
    return weights
      .map(([t, w]) => [t, w / norm] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8);
  });
  const postings = new Map<string, { item: number; w: number }[]>();
  vectors.forEach((v, item) => {
    for (const [t, w] of v) {
      const list = postings.get(t) ?? [];
      list.push({ item, w });
      postings.set(t, list);
    }
  });
  return vectors.map((v, item) => {
    const scores = new Map<number, number>();
    for (const [t, w] of v) {
      const list = postings.get(t)!;
      // Very common terms say little and cost much: look at a bounded slice.
      for (const p of list.length > 2_000 ? list.slice(0, 2_000) : list) if (p.item !== item) scores.set(p.item, (scores.get(p.item) ?? 0) + w * p.w);
    }
    return topK([...scores].map(([other, score]) => ({ item: other, score })), k);
  });
}

export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []).filter((t) => !STOP.has(t));
}

const STOP = new Set("the and for with our your you are this that from into of to in on a an is it its be by at as or".split(" "));

export function topK(items: Neighbour[], k: number): Neighbour[] {
  return items.sort((a, b) => b.score - a.score || a.item - b.item).slice(0, k);
}

function latest(events: readonly FeedbackEvent[]): number {
  let max = 0;
  for (const e of events) if (e.time > max) max = e.time;
  return max;
}
