import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { neighboursOf } from "@/domain/recommend/lists";
import { recommendForHistory } from "@/domain/recommend/recommend";
import { syntheticShop } from "@/domain/recommend/synthetic";
import { trainRecommender } from "@/domain/recommend/train";
import { decodeModel, encodeModel } from "./recommender-store";

describe("stored recommender models", () => {
  it("come back from their bytes exactly, and pick the same", () => {
    const shop = syntheticShop({ products: 200, customers: 300, events: 6_000, categories: 8, seed: 2 });
    const { model, histories } = trainRecommender(shop.catalog, shop.events, shop.customers);
    const productIds = shop.catalog.map((c) => `id-${c.sku}`);
    const decoded = decodeModel(encodeModel({ productIds, model, trainedAt: 1234 }));
    expect(decoded.productIds).toEqual(productIds);
    expect(decoded.trainedAt).toBe(1234);
    expect(decoded.model.arrival.firstSeen).toEqual(model.arrival.firstSeen);
    expect(decoded.model.together).toEqual(model.together);
    expect(decoded.model.nextCategory).toEqual(model.nextCategory);
    expect(decoded.model.options).toEqual(model.options);
    for (const customer of [0, 5, 42]) expect(recommendForHistory(decoded.model, histories[customer], 10)).toEqual(recommendForHistory(model, histories[customer], 10));
  });

  it("read runs stored before complements and trends, with what those runs knew", () => {
    const legacy = {
      productIds: ["a", "b", "c"],
      categories: ["coffee", "gear", "gear"],
      inStock: [true, true, false],
      together: [[{ item: 1, score: 0.9 }], [{ item: 0, score: 0.9 }], []],
      similar: [[], [{ item: 2, score: 0.5 }], [{ item: 1, score: 0.5 }]],
      popular: [
        { item: 0, score: 4 },
        { item: 1, score: 2 },
      ],
      options: { weights: { view: 1, cart: 3, purchase: 5 }, halfLifeDays: 90, neighbours: 50, historyCap: 40, maxPerCategory: 3 },
    };
    const { model, productIds } = decodeModel(gzipSync(JSON.stringify(legacy)));
    expect(productIds).toEqual(["a", "b", "c"]);
    expect(neighboursOf(model.together, 0)).toEqual([{ item: 1, score: expect.closeTo(0.9, 5) as number }]);
    const picks = recommendForHistory(model, { interest: new Map([[0, 1]]), purchased: new Set([0]), purchases: [0] }, 2);
    expect(picks.map((p) => [productIds[p.item], p.reason.kind])).toEqual([["b", "bought_with"]]);
  });
});
