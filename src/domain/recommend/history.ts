/**
 * A customer as the recommender sees them: what they showed interest in
 * (newer counts more: halved every `interestHalfLifeDays`), what they bought and in which order. Built from the
 * events at training time and again per request from one customer's events.
 */
import type { EventKind, FeedbackEvent } from "./types";

export const DAY = 86_400_000;

export interface CustomerHistory {
  /** Item → interest, each event weighted by its kind and halved every half-life. */
  interest: Map<number, number>;
  purchased: Set<number>;
  /** Items bought, oldest first (a repeat of the previous item is not a new step). */
  purchases: number[];
}

export function emptyHistory(): CustomerHistory {
  return { interest: new Map(), purchased: new Set(), purchases: [] };
}

export function histories(events: readonly FeedbackEvent[], customers: number, options: { weights: Record<EventKind, number>; interestHalfLifeDays: number }, now = latestTime(events)): CustomerHistory[] {
  const out: CustomerHistory[] = Array.from({ length: customers }, emptyHistory);
  const lambda = Math.LN2 / (options.interestHalfLifeDays * DAY);
  const bought: { customer: number; item: number; time: number }[] = [];
  for (const e of events) {
    const h = out[e.customer];
    if (!h) continue;
    const weight = options.weights[e.kind] * Math.max(1, Math.min(e.quantity, 10)) * Math.exp(-lambda * Math.max(0, now - e.time));
    h.interest.set(e.item, (h.interest.get(e.item) ?? 0) + weight);
    if (e.kind === "purchase") {
      h.purchased.add(e.item);
      bought.push({ customer: e.customer, item: e.item, time: e.time });
    }
  }
  bought.sort((a, b) => a.time - b.time || a.item - b.item);
  for (const b of bought) {
    const purchases = out[b.customer]!.purchases;
    if (purchases[purchases.length - 1] !== b.item) purchases.push(b.item);
  }
  return out;
}

/** Several customers as one (a segment): interests added up, purchases interleaved by position from the end. */
export function pooledHistory(members: readonly CustomerHistory[]): CustomerHistory {
  const pooled = emptyHistory();
  for (const m of members) for (const [item, w] of m.interest) pooled.interest.set(item, (pooled.interest.get(item) ?? 0) + w);
  // The members' latest purchases say most about what comes next; a segment keeps the last few of each.
  const longest = Math.max(0, ...members.map((m) => Math.min(m.purchases.length, 3)));
  for (let back = longest; back >= 1; back--) for (const m of members) if (m.purchases.length >= back) pooled.purchases.push(m.purchases[m.purchases.length - back]!);
  return pooled;
}

/**
 * Each customer's events in time order: customer c's are order[offsets[c] .. offsets[c + 1]),
 * as indices into `events`. Sequences (what came after what) are read from here.
 */
export interface Timeline {
  offsets: Int32Array;
  order: Int32Array;
}

export function timeline(events: readonly FeedbackEvent[], customers: number): Timeline {
  const offsets = new Int32Array(customers + 1);
  for (const e of events) if (e.customer >= 0 && e.customer < customers) offsets[e.customer + 1]!++;
  for (let c = 0; c < customers; c++) offsets[c + 1]! += offsets[c]!;
  const fill = offsets.slice(0, customers);
  const order = new Int32Array(offsets[customers]!);
  events.forEach((e, i) => {
    if (e.customer >= 0 && e.customer < customers) order[fill[e.customer]!++] = i;
  });
  for (let c = 0; c < customers; c++) {
    const slice = order.subarray(offsets[c]!, offsets[c + 1]!);
    if (slice.length > 1) slice.sort((a, b) => events[a]!.time - events[b]!.time || a - b);
  }
  return { offsets, order };
}

export function latestTime(events: readonly FeedbackEvent[]): number {
  let max = 0;
  for (const e of events) if (e.time > max) max = e.time;
  return max;
}

export function earliestTime(events: readonly FeedbackEvent[]): number {
  let min = Infinity;
  for (const e of events) if (e.time < min) min = e.time;
  return min === Infinity ? 0 : min;
}
