import { describe, expect, it } from "vitest";
import { arrival, canTellNew, isNew, newByCategory, newLines, recency, trend } from "./signals";
import { DEFAULT_OPTIONS, type FeedbackEvent } from "./types";

const T = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;
const buy = (item: number, daysAgo: number, customer = 0): FeedbackEvent => ({ customer, item, kind: "purchase", time: T - daysAgo * DAY, quantity: 1 });
const categoryOf = Int32Array.from([0, 0, 1, 1]);

describe("signals of time", () => {
  // Item 0 sold a lot last season; item 2 sells now.
  const events = [...Array.from({ length: 10 }, (_, i) => buy(0, 120 + i)), buy(2, 3), buy(2, 2), buy(2, 1), buy(3, 40)];

  it("ranks by popularity that fades with the half-life given", () => {
    const slow = recency(events, categoryOf, 2, { ...DEFAULT_OPTIONS, halfLifeDays: 365 }, T);
    const fast = recency(events, categoryOf, 2, { ...DEFAULT_OPTIONS, halfLifeDays: 7 }, T);
    expect(slow.popular[0]).toBe(0);
    expect(fast.popular[0]).toBe(2);
    expect(fast.popularity[2]).toBe(1);
    expect(fast.popularityInCategory[3]).toBeLessThan(1);
    expect(Array.from(fast.popularByCategory.items.subarray(fast.popularByCategory.offsets[1], fast.popularByCategory.offsets[2]))).toEqual([2, 3]);
    // Item 1 was never bought: it is nobody's popular pick.
    expect(Array.from(fast.popular)).not.toContain(1);
  });

  it("sees sales rising in the last weeks against the weeks before, and nothing for steady or falling items", () => {
    const steady = [buy(1, 3), buy(1, 17)];
    const rising = trend([...events, ...steady], 4, DEFAULT_OPTIONS, T);
    expect(rising[2]).toBe(1);
    expect(rising[0]).toBe(0);
    expect(rising[1]).toBe(0);
    expect(rising[3]).toBe(0);
  });

  it("dates an item by its launch or its first event, whichever is earlier, and only once the data reaches back far enough", () => {
    const seen = arrival([T - 300 * DAY, undefined, T - 2 * DAY, undefined], events, T);
    expect(seen.firstSeen[0]).toBe(T - 300 * DAY);
    expect(seen.firstSeen[1]).toBe(T);
    expect(seen.firstSeen[2]).toBe(T - 3 * DAY);
    expect(seen.firstSeen[3]).toBe(T - 40 * DAY);
    expect([0, 1, 2, 3].map((i) => isNew(seen, i, 30, T))).toEqual([false, true, true, false]);
    expect(Array.from(newByCategory(seen, categoryOf, 2, 30, T).items)).toEqual([1, 2]);
    // Category 1's first item (3) is 40 days old: no new line within 30 days, one within 60.
    expect(newLines(seen, categoryOf, 2, 30, T)).toEqual(new Set());
    expect(newLines(arrival([T - 300 * DAY, undefined, T - 2 * DAY, T - 20 * DAY], [buy(0, 200)], T), categoryOf, 2, 30, T)).toEqual(new Set([1]));
    // Twenty days of data cannot tell what is new within thirty.
    const young = arrival([undefined, undefined, undefined, undefined], [buy(0, 20), buy(2, 1)], T);
    expect(canTellNew(young, 30, T)).toBe(false);
    expect(isNew(young, 2, 30, T)).toBe(false);
  });
});
