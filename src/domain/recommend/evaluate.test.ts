import { describe, expect, it } from "vitest";
import { mulberry32 } from "../random";
import { evaluate, tunedOptions } from "./evaluate";
import { syntheticShop } from "./synthetic";
import { DEFAULT_OPTIONS, type CatalogItem, type FeedbackEvent } from "./types";

const DAY = 86_400_000;

describe("on a synthetic shop with complements, seasons, new items and a new line", () => {
  const shop = syntheticShop({ products: 600, customers: 3_000, events: 60_000, categories: 15, seed: 3 });
  const result = evaluate(shop.catalog, shop.events, shop.customers, undefined, 1_000);
  const reach = result.reach!;

  it("beats 30-day popularity by at least 1.5× on NDCG@10, on customers the tuning did not see", () => {
    expect(result.tuning!.calibrated).toBe(true);
    expect(result.model.customers).toBeGreaterThan(300);
    expect(result.model.ndcg10).toBeGreaterThanOrEqual(1.5 * result.popularity.ndcg10);
    expect(result.model.recall10).toBeGreaterThan(result.popularity.recall10);
    expect(result.model.coverage).toBeGreaterThan(result.popularity.coverage);
  });

  it("reaches new items and the new line at least as well as popularity does", () => {
    expect(reach.newLines).toEqual([shop.newLine]);
    expect(reach.newItemPurchases).toBeGreaterThan(10);
    expect(reach.newLinePurchases).toBeGreaterThan(10);
    expect(reach.model.newItemHit10!).toBeGreaterThanOrEqual(0.5 * result.model.recall10);
    expect(reach.model.newLineHit10!).toBeGreaterThanOrEqual(reach.popularity.newLineHit10!);
  });

  it("picks from already-bought categories about as often as customers really buy in them next", () => {
    expect(Math.abs(reach.model.sameCategoryShare - reach.nextPurchaseSameCategoryShare)).toBeLessThan(0.15);
  });
});

describe("choosing the shop's settings", () => {
  it("follows a season that turned: a short popularity half-life when last month's sellers are new", () => {
    // Ten old favourites and ten of this month's, in the same two categories; everyone bought favourites earlier and buys this month's last.
    const catalog: CatalogItem[] = Array.from({ length: 40 }, (_, i) => ({ sku: `S${i}`, name: `Item ${i}`, description: "", category: `c${i % 2}`, tags: [], inStock: true }));
    const random = mulberry32(4);
    const end = Date.UTC(2026, 5, 1);
    const events: FeedbackEvent[] = [];
    for (let customer = 0; customer < 600; customer++) {
      const buy = (item: number, daysAgo: number) => events.push({ customer, item, kind: "purchase", time: end - daysAgo * DAY, quantity: 1 });
      for (let k = 0; k < 3; k++) buy(Math.floor(10 * random() ** 2), 40 + Math.floor(random() * 140));
      buy(20 + Math.floor(10 * random()), 30 + Math.floor(random() * 100));
      buy(10 + Math.floor(10 * random() ** 2), Math.floor(random() * 25));
    }
    const result = evaluate(catalog, events, 600);
    expect(result.tuning!.halfLifeDays).toBeLessThanOrEqual(30);
    expect(result.tuning!.ndcgAfter).toBeGreaterThan(result.tuning!.ndcgBefore);
    const options = tunedOptions(result);
    expect(options.halfLifeDays).toBe(result.tuning!.halfLifeDays);
    expect(options.neighbours).toBe(DEFAULT_OPTIONS.neighbours);
  });

  it("keeps the defaults when too few customers are held out to tell", () => {
    const shop = syntheticShop({ products: 60, customers: 80, events: 1_500, categories: 6, seed: 1 });
    const result = evaluate(shop.catalog, shop.events, shop.customers);
    expect(result.tuning!.calibrated).toBe(false);
    expect(tunedOptions(result).halfLifeDays).toBe(DEFAULT_OPTIONS.halfLifeDays);
    expect(result.model.customers).toBeGreaterThan(0);
  });
});
