import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { recommendForHistory, recommendForSegment, recommendPopular } from "./recommend";
import { syntheticShop } from "./synthetic";
import { contentNeighbours, trainRecommender } from "./train";
import type { CatalogItem, FeedbackEvent } from "./types";

const item = (sku: string, name: string, category: string, inStock = true, description = ""): CatalogItem => ({ sku, name, description, category, tags: [], inStock });
const CATALOG = [
  item("A", "Spring roast beans", "coffee"),
  item("B", "Ceramic pour-over dripper", "gear"),
  item("C", "Paper filters", "gear"),
  item("D", "Glass carafe", "gear", false),
  item("E", "Linen apron", "apparel"),
  item("F", "Autumn roast beans", "coffee"),
];
const T = Date.UTC(2026, 9, 1);
const buy = (customer: number, it: number, daysAgo = 1): FeedbackEvent => ({ customer, item: it, kind: "purchase", time: T - daysAgo * 86_400_000, quantity: 1 });

describe("recommender on a small shop with known answers", () => {
  const events = [buy(0, 0), buy(0, 1), buy(1, 0), buy(1, 1), buy(2, 0), buy(2, 2), buy(3, 0), buy(0, 3), buy(1, 3), buy(4, 4), buy(5, 4)];
  const { model, histories } = trainRecommender(CATALOG, events, 7);

  it("recommends what others bought with it, says why, and never what is out of stock or already bought", () => {
    const picks = recommendForHistory(model, histories[3], 3);
    expect(picks.map((p) => CATALOG[p.item]!.sku)).toEqual(["B", "C", "F"]);
    expect(picks[0]!.reason).toEqual({ kind: "bought_with", item: 0 });
    expect(picks.some((p) => p.item === 3 || p.item === 0)).toBe(false);
  });

  it("finds a cold-start item by its text, and gives a new customer the popular items", () => {
    const sim = contentNeighbours(CATALOG, 3);
    expect(sim[0]![0]!.item).toBe(5);
    const picks = recommendForHistory(model, histories[3], 5);
    expect(picks.find((p) => p.item === 5)!.reason).toEqual({ kind: "similar_to", item: 0 });
    const fresh = recommendForHistory(model, histories[6], 3);
    expect(fresh.map((p) => p.reason.kind)).toEqual(["popular", "popular", "popular"]);
    expect(fresh[0]!.item).toBe(0);
    expect(recommendPopular(model, undefined, 2).map((p) => p.item)).toEqual([0, 1]);
  });

  it("keeps categories varied and pools a segment's interests", () => {
    const { model: tight } = trainRecommender(CATALOG, events, 7, { ...model.options, maxPerCategory: 1 });
    const picks = recommendForHistory(tight, histories[3], 5);
    const categories = picks.map((p) => CATALOG[p.item]!.category);
    expect(new Set(categories).size).toBe(categories.length);
    const segment = recommendForSegment(model, [histories[4]!, histories[5]!, histories[3]!], 3);
    expect(segment.length).toBe(3);
  });
});

describe("on a synthetic shop with planted taste clusters", () => {
  it("beats popularity by at least 1.5× on NDCG@10 (leave-last-purchase-out)", () => {
    const shop = syntheticShop({ products: 600, customers: 3_000, events: 60_000, seed: 3 });
    const result = evaluate(shop.catalog, shop.events, shop.customers, undefined, 1_000);
    expect(result.model.customers).toBeGreaterThan(500);
    expect(result.model.ndcg10).toBeGreaterThanOrEqual(1.5 * result.popularity.ndcg10);
    expect(result.model.recall10).toBeGreaterThan(result.popularity.recall10);
    expect(result.model.coverage).toBeGreaterThan(result.popularity.coverage);
  });
});
