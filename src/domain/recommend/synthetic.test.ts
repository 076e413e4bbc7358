import { describe, expect, it } from "vitest";
import { syntheticShop } from "./synthetic";

describe("the synthetic shop", () => {
  const shop = syntheticShop({ products: 300, customers: 800, events: 20_000, categories: 12, seed: 9 });
  const DAY = 86_400_000;
  const end = Math.max(...shop.events.map((e) => e.time));

  it("is deterministic for a seed and has the events asked for", () => {
    expect(syntheticShop({ products: 300, customers: 800, events: 20_000, categories: 12, seed: 9 }).events).toEqual(shop.events);
    expect(shop.events).toHaveLength(20_000);
    expect(end - Math.min(...shop.events.map((e) => e.time))).toBeLessThanOrEqual(180 * DAY);
  });

  it("has a line launched in the last 30 days, items new within them, and complements bought after", () => {
    const line = shop.catalog.map((c, i) => (c.category === shop.newLine ? i : -1)).filter((i) => i >= 0);
    const lineEvents = shop.events.filter((e) => line.includes(e.item));
    expect(lineEvents.length).toBeGreaterThan(100);
    expect(Math.min(...lineEvents.map((e) => e.time))).toBeGreaterThan(end - 30 * DAY);
    const firstSeen = new Map<number, number>();
    for (const e of shop.events) firstSeen.set(e.item, Math.min(e.time, firstSeen.get(e.item) ?? Infinity));
    const fresh = [...firstSeen].filter(([item, t]) => t > end - 30 * DAY && !line.includes(item));
    expect(fresh.length).toBeGreaterThan(5);
    // The purchase after a purchase lands in the first one's complement far more often than chance (1 in 12).
    const byCustomer = new Map<number, number[]>();
    for (const e of [...shop.events].sort((a, b) => a.time - b.time)) if (e.kind === "purchase") byCustomer.set(e.customer, [...(byCustomer.get(e.customer) ?? []), e.item]);
    let steps = 0;
    let toComplement = 0;
    for (const items of byCustomer.values())
      for (let j = 1; j < items.length; j++) {
        steps++;
        if (shop.catalog[items[j]!]!.category === shop.complementOf[shop.catalog[items[j - 1]!]!.category]) toComplement++;
      }
    expect(toComplement / steps).toBeGreaterThan(0.15);
  });
});
