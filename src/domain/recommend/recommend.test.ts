import { describe, expect, it } from "vitest";
import { contentNeighbours } from "./content";
import { emptyHistory, histories } from "./history";
import { neighboursOf } from "./lists";
import { recommendForHistory, recommendForSegment } from "./recommend";
import { trainRecommender } from "./train";
import { DEFAULT_OPTIONS, type CatalogItem, type EventKind, type FeedbackEvent, type RecommenderOptions } from "./types";

const item = (sku: string, name: string, category: string, inStock = true, description = ""): CatalogItem => ({ sku, name, description, category, tags: [], inStock });
const T = Date.UTC(2026, 9, 1);
const DAY = 86_400_000;
const event = (customer: number, it: number, kind: EventKind, daysAgo = 1): FeedbackEvent => ({ customer, item: it, kind, time: T - daysAgo * DAY, quantity: 1 });
const buy = (customer: number, it: number, daysAgo = 1) => event(customer, it, "purchase", daysAgo);
/** Only what bought-together says, so the small cases below have one answer. */
const TOGETHER_ONLY: RecommenderOptions = { ...DEFAULT_OPTIONS, blend: { ...DEFAULT_OPTIONS.blend, after: 0, instead: 0, linePopularity: 0, nextLinePopularity: 0, popularity: 0.01, trend: 0, fresh: 0 }, exploreSlots: 0, boughtCategoryScale: 10 };

describe("recommender on a small shop with known answers", () => {
  const CATALOG = [
    item("A", "Spring roast beans", "coffee"),
    item("B", "Ceramic pour-over dripper", "gear"),
    item("C", "Paper filters", "gear"),
    item("D", "Glass carafe", "gear", false),
    item("E", "Linen apron", "apparel"),
    item("F", "Autumn roast beans", "coffee"),
  ];
  const events = [buy(0, 0), buy(0, 1), buy(1, 0), buy(1, 1), buy(2, 0), buy(2, 2), buy(3, 0), buy(0, 3), buy(1, 3), buy(4, 4), buy(5, 4)];
  const { model, histories: hist } = trainRecommender(CATALOG, events, 7, TOGETHER_ONLY);

  it("recommends what others bought with it, says why, and never what is out of stock or already bought", () => {
    const picks = recommendForHistory(model, hist[3], 3);
    expect(picks.map((p) => CATALOG[p.item]!.sku)).toEqual(["B", "C", "F"]);
    expect(picks[0]!.reason).toEqual({ kind: "bought_with", item: 0 });
    expect(picks.some((p) => p.item === 3 || p.item === 0)).toBe(false);
  });

  it("finds a cold-start item by its text, and gives a new customer the popular items", () => {
    expect(neighboursOf(contentNeighbours(CATALOG, 3), 0)[0]!.item).toBe(5);
    const picks = recommendForHistory(model, hist[3], 5);
    expect(picks.find((p) => p.item === 5)!.reason).toEqual({ kind: "similar_to", item: 0 });
    const fresh = recommendForHistory(model, hist[6], 3);
    expect(fresh.map((p) => p.reason.kind)).toEqual(["popular", "popular", "popular"]);
    expect(fresh[0]!.item).toBe(0);
  });

  it("with embeddings, also finds a neighbour that shares no word with the item", () => {
    // "Espresso tamper" and "Milk pitcher" share no word with "Ceramic pour-over dripper", but an embedding model puts them near it.
    const shop = [...CATALOG, item("G", "Espresso tamper", "tools"), item("H", "Milk pitcher", "tools")];
    const around = (x: number, y: number) => Float32Array.from([x, y, 0.05]);
    const embedded = shop.map((c, i) => ({ ...c, embedding: i === 1 ? around(1, 0) : i === 7 ? around(0.95, 0.1) : i === 6 ? around(0.9, 0.2) : around(0, 1) }));
    const withText = neighboursOf(contentNeighbours(shop, 3), 1).map((n) => shop[n.item]!.sku);
    const withEmbeddings = neighboursOf(contentNeighbours(embedded, 3), 1).map((n) => shop[n.item]!.sku);
    expect(withText).not.toContain("H");
    expect(withEmbeddings.slice(0, 2)).toEqual(["H", "G"]);
    // A word in common still counts: the two roasts stay each other's nearest.
    expect(neighboursOf(contentNeighbours(embedded, 3), 0)[0]!.item).toBe(5);
    // An item without an embedding (a model that failed on it) means TF-IDF alone, not a half-blended list.
    const partial = embedded.map((c, i) => (i === 2 ? { ...c, embedding: undefined } : c));
    expect(neighboursOf(contentNeighbours(partial, 3), 1)).toEqual(neighboursOf(contentNeighbours(shop, 3), 1));
  });

  it("keeps categories varied and pools a segment's interests", () => {
    const { model: tight } = trainRecommender(CATALOG, events, 7, { ...TOGETHER_ONLY, maxPerCategory: 1 });
    const picks = recommendForHistory(tight, hist[3], 3);
    const categories = picks.map((p) => CATALOG[p.item]!.category);
    expect(new Set(categories).size).toBe(categories.length);
    // Five places but three categories with something in stock to offer: the cap gives way rather than leave places empty.
    expect(recommendForHistory(tight, hist[3], 4)).toHaveLength(4);
    const segment = recommendForSegment(model, [hist[4]!, hist[5]!, hist[3]!], 3);
    expect(segment.length).toBe(3);
    expect(segment.some((p) => p.reason.kind === "popular_in_segment" || p.reason.kind === "bought_with")).toBe(true);
  });
});

describe("complements after a purchase, substitutes after a look", () => {
  // Cameras and lenses: buyers of a camera buy a lens within weeks; some look at one camera and buy another.
  const CATALOG = [item("CAM1", "Alpha camera body", "cameras"), item("CAM2", "Beta camera body", "cameras"), item("LENS1", "Alpha mount lens", "lenses"), item("LENS2", "Beta mount lens", "lenses"), item("BAG", "Shoulder bag", "bags")];
  const events: FeedbackEvent[] = [];
  for (let c = 0; c < 20; c++) {
    events.push(buy(c, 0, 40), buy(c, 2, 25));
    if (c % 2) events.push(buy(c, 4, 10));
  }
  for (let c = 20; c < 30; c++) events.push(event(c, 1, "view", 12), buy(c, 0, 11));
  events.push(buy(40, 0, 3), event(41, 1, "view", 2));
  const { model, histories: hist } = trainRecommender(CATALOG, events, 42);

  it("learns 'bought after' in one direction and 'bought instead' within a category", () => {
    expect(neighboursOf(model.after, 0).map((n) => n.item)).toContain(2);
    expect(neighboursOf(model.after, 2).map((n) => n.item)).not.toContain(0);
    expect(neighboursOf(model.instead, 1).map((n) => n.item)).toEqual([0]);
    expect(neighboursOf(model.instead, 0)).toEqual([]);
    const cameras = model.categoryNames.indexOf("cameras");
    const lenses = model.categoryNames.indexOf("lenses");
    const c = model.categoryNames.length;
    expect(model.nextCategory[cameras * c + lenses]!).toBeGreaterThan(model.nextCategory[cameras * c + cameras]!);
  });

  it("after a camera purchase offers the lens first, saying it goes with the camera", () => {
    const [first] = recommendForHistory(model, hist[40], 3);
    expect(CATALOG[first!.item]!.sku).toBe("LENS1");
    expect(first!.reason).toEqual({ kind: "bought_after", item: 0 });
  });

  it("after looking at a camera without buying offers what others chose instead", () => {
    const picks = recommendForHistory(model, hist[41], 3);
    const alpha = picks.find((p) => p.item === 0);
    expect(alpha?.reason).toEqual({ kind: "bought_instead", item: 1 });
  });
});

describe("the rules a pick list keeps", () => {
  // Ten lines of five items (item i is in line i % 10); everyone buys in line 0, then line 1, then line 2, and looks at line 3.
  const CATALOG = Array.from({ length: 50 }, (_, i) => item(`P${i}`, `Thing ${i} of line ${i % 10}`, `line ${i % 10}`, true, `line${i % 10} words`));
  const events: FeedbackEvent[] = [];
  for (let c = 0; c < 60; c++) {
    events.push(buy(c, 10 * (c % 4), 90), buy(c, 1 + 10 * (c % 4), 60), buy(c, 2 + 10 * (c % 4), 30), event(c, 3 + 10 * (c % 4), "view", 20));
  }

  it("keeps a place for something new in a line the customer bought from, and says so", () => {
    // P40 (line 0) arrived five days ago and nobody has looked at it yet.
    const catalog = CATALOG.map((c, i) => (i === 40 ? { ...c, launchedAt: T - 5 * DAY } : { ...c, launchedAt: T - 400 * DAY }));
    const { model, histories: hist } = trainRecommender(catalog, events, 61, { ...DEFAULT_OPTIONS, exploreSlots: 1 });
    const picks = recommendForHistory(model, hist[0], 10);
    const fresh = picks.find((p) => p.item === 40);
    expect(fresh?.reason).toEqual({ kind: "new_in_line", category: "line 0", bought: true });
    const { model: noExploring } = trainRecommender(catalog, events, 61, { ...DEFAULT_OPTIONS, exploreSlots: 0, blend: { ...DEFAULT_OPTIONS.blend, fresh: 0, content: 0 } });
    expect(recommendForHistory(noExploring, hist[0], 10).some((p) => p.item === 40)).toBe(false);
  });

  it("holds picks from already-bought categories near the share of next purchases that stay in one", () => {
    const { model, histories: hist } = trainRecommender(CATALOG, events, 61);
    // Every next purchase here goes to a new category: at most one place in ten for what they already bought in.
    expect(model.sameCategoryShare).toBe(0);
    const tight = { ...model, options: { ...model.options, boughtCategoryScale: 1 } };
    const bought = new Set([...hist[0]!.purchased].map((i) => CATALOG[i]!.category));
    const picks = recommendForHistory(tight, hist[0], 10);
    expect(picks).toHaveLength(10);
    expect(picks.filter((p) => bought.has(CATALOG[p.item]!.category)).length).toBe(1);
    // Where customers do keep buying in the same categories, so do the picks.
    const loyal = { ...tight, sameCategoryShare: 1 };
    expect(recommendForHistory(loyal, hist[0], 10).filter((p) => bought.has(CATALOG[p.item]!.category)).length).toBeGreaterThan(3);
  });

  it("adds spares after the top K without changing it", () => {
    const { model, histories: hist } = trainRecommender(CATALOG, events, 61);
    const top = recommendForHistory(model, hist[0], 5);
    const withSpares = recommendForHistory(model, hist[0], 5, model.asOf, 3);
    expect(withSpares.slice(0, 5)).toEqual(top);
    expect(withSpares).toHaveLength(8);
    expect(new Set(withSpares.map((p) => p.item)).size).toBe(8);
  });

  it("builds the same histories from events in any order", () => {
    const shuffled = [...events].reverse();
    const a = histories(events, 61, DEFAULT_OPTIONS, T);
    const b = histories(shuffled, 61, DEFAULT_OPTIONS, T);
    expect(b[5]!.purchases).toEqual(a[5]!.purchases);
    expect(a[5]!.purchases).toEqual([10, 11, 12]);
    expect(emptyHistory().purchases).toEqual([]);
  });
});
