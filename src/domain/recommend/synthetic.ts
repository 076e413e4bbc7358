/**
 * Synthetic shops with planted structure, for tests and benchmarks: products
 * in categories, customers in clusters that each prefer a few categories,
 * events mostly within the preferred categories (with some noise and a
 * popularity skew), spread over a year. Deterministic for a seed.
 */
import { mulberry32 } from "../random";
import type { CatalogItem, EventKind, FeedbackEvent } from "./types";

export interface SyntheticShop {
  catalog: CatalogItem[];
  events: FeedbackEvent[];
  customers: number;
  clusterOf: number[];
}

export function syntheticShop(options: { products: number; customers: number; events: number; categories?: number; clusters?: number; seed?: number }): SyntheticShop {
  const random = mulberry32(options.seed ?? 42);
  const categories = options.categories ?? 20;
  const clusters = options.clusters ?? 10;
  const words = ["roast", "blend", "mug", "grinder", "filter", "kettle", "beans", "decaf", "espresso", "cold", "brew", "dripper", "scale", "tin", "gift", "set", "light", "dark", "single", "origin"];
  const catalog: CatalogItem[] = Array.from({ length: options.products }, (_, i) => {
    const category = `category-${i % categories}`;
    const w = (k: number) => words[(i * 7 + k * 13 + (i % categories) * 3) % words.length]!;
    return { sku: `SKU-${i}`, name: `${w(1)} ${w(2)} ${i}`, description: `${w(3)} ${w(4)} for ${category} lovers, ${w(5)} ${w(6)}`, category, tags: [w(7), category], inStock: random() > 0.03 };
  });
  const byCategory = Array.from({ length: categories }, (_, c) => catalog.map((_, i) => i).filter((i) => i % categories === c));
  // Each cluster prefers three categories; within a category, a popularity skew.
  const preferred = Array.from({ length: clusters }, (_, k) => [k % categories, (k * 3 + 1) % categories, (k * 7 + 2) % categories]);
  const clusterOf = Array.from({ length: options.customers }, () => Math.floor(random() * clusters));
  const skewed = (list: number[]) => list[Math.floor(list.length * random() ** 2)]!;
  const now = Date.UTC(2026, 10, 1);
  const events: FeedbackEvent[] = new Array(options.events);
  for (let e = 0; e < options.events; e++) {
    const customer = Math.floor(random() * options.customers);
    const prefs = preferred[clusterOf[customer]!]!;
    const category = random() < 0.85 ? prefs[Math.floor(random() * prefs.length)]! : Math.floor(random() * categories);
    const item = skewed(byCategory[category]!);
    const r = random();
    const kind: EventKind = r < 0.6 ? "view" : r < 0.8 ? "cart" : "purchase";
    events[e] = { customer, item, kind, time: now - Math.floor(random() * 365) * 86_400_000, quantity: 1 };
  }
  return { catalog, events, customers: options.customers, clusterOf };
}
