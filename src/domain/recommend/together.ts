/**
 * Item-item co-occurrence: items the same customers showed interest in,
 * weighted by event kind, fading with age, normalised like a cosine so
 * popular items do not drown everything. Computed item by item through an
 * inverted index into a dense scratch row: a million events in seconds.
 */
import { DAY, type Timeline } from "./history";
import { TopK, packLists, type Neighbour, type NeighbourLists } from "./lists";
import type { FeedbackEvent, RecommenderOptions } from "./types";

export function coOccurrence(events: readonly FeedbackEvent[], tl: Timeline, items: number, options: RecommenderOptions, asOf: number): NeighbourLists {
  const customers = tl.offsets.length - 1;
  const lambda = Math.LN2 / (options.pairHalfLifeDays * DAY);
  const totals = new Float64Array(items);
  const scratch = new Float64Array(items);
  const touched: number[] = [];

  // Each customer's most interesting items (at most historyCap), packed.
  const topOffsets = new Int32Array(customers + 1);
  const topItems: number[] = [];
  const topWeights: number[] = [];
  for (let c = 0; c < customers; c++) {
    for (let j = tl.offsets[c]!; j < tl.offsets[c + 1]!; j++) {
      const e = events[tl.order[j]!]!;
      if (scratch[e.item] === 0) touched.push(e.item);
      scratch[e.item]! += options.weights[e.kind] * Math.max(1, Math.min(e.quantity, 10)) * Math.exp(-lambda * Math.max(0, asOf - e.time));
    }
    for (const item of touched) totals[item]! += scratch[item]!;
    if (touched.length >= 2) {
      const kept = touched.length > options.historyCap ? touched.sort((a, b) => scratch[b]! - scratch[a]! || a - b).slice(0, options.historyCap) : touched;
      for (const item of kept) {
        topItems.push(item);
        topWeights.push(scratch[item]!);
      }
    }
    topOffsets[c + 1] = topItems.length;
    for (const item of touched) scratch[item] = 0;
    touched.length = 0;
  }

  // Item → the customers whose top items include it.
  const invOffsets = new Int32Array(items + 1);
  for (const item of topItems) invOffsets[item + 1]!++;
  for (let i = 0; i < items; i++) invOffsets[i + 1]! += invOffsets[i]!;
  const fill = invOffsets.slice(0, items);
  const invCustomers = new Int32Array(topItems.length);
  const invWeights = new Float64Array(topItems.length);
  for (let c = 0; c < customers; c++) {
    for (let j = topOffsets[c]!; j < topOffsets[c + 1]!; j++) {
      const at = fill[topItems[j]!]!++;
      invCustomers[at] = c;
      invWeights[at] = topWeights[j]!;
    }
  }

  const best = new TopK(options.neighbours);
  const lists: Neighbour[][] = new Array(items);
  for (let a = 0; a < items; a++) {
    for (let j = invOffsets[a]!; j < invOffsets[a + 1]!; j++) {
      const c = invCustomers[j]!;
      const wa = invWeights[j]!;
      for (let m = topOffsets[c]!; m < topOffsets[c + 1]!; m++) {
        const b = topItems[m]!;
        if (b === a) continue;
        if (scratch[b] === 0) touched.push(b);
        scratch[b]! += Math.min(wa, topWeights[m]!);
      }
    }
    for (const b of touched) {
      best.offer(b, scratch[b]! / Math.sqrt(totals[a]! * totals[b]!));
      scratch[b] = 0;
    }
    touched.length = 0;
    lists[a] = best.drain();
  }
  return packLists(lists);
}
