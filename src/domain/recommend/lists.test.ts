import { describe, expect, it } from "vitest";
import { mulberry32 } from "../random";
import { TopK, emptyLists, neighboursOf, packLists, topK } from "./lists";

describe("neighbour lists", () => {
  it("pack and unpack without losing order or scores", () => {
    const lists = [[{ item: 2, score: 0.5 }], [], [{ item: 0, score: 1 }, { item: 1, score: 0.25 }]];
    const packed = packLists(lists);
    expect(Array.from(packed.offsets)).toEqual([0, 1, 1, 3]);
    expect(lists.map((_, i) => neighboursOf(packed, i))).toEqual(lists);
    expect(neighboursOf(packed, 7)).toEqual([]);
    expect(neighboursOf(emptyLists(3), 2)).toEqual([]);
  });

  it("keep the k best of a stream as a full sort would, ties to the lower item", () => {
    const random = mulberry32(5);
    for (const k of [1, 3, 10, 50]) {
      const stream = Array.from({ length: 400 }, (_, item) => ({ item, score: Math.round(random() * 40) / 4 }));
      const best = new TopK(k);
      for (const n of stream) best.offer(n.item, n.score);
      expect(best.drain()).toEqual(topK([...stream], k));
      // Drained, the collector starts over.
      best.offer(1, 1);
      expect(best.drain()).toEqual([{ item: 1, score: 1 }]);
    }
    const none = new TopK(0);
    none.offer(1, 1);
    expect(none.drain()).toEqual([]);
  });
});
