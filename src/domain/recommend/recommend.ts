/**
 * Top-K for a customer or a segment: candidates scored by what they were
 * bought with (co-occurrence) and, weaker, by what they resemble (content),
 * then business rules — in stock only, nothing already bought, at most a few
 * per category — and popularity to fill what is left. Every pick says why.
 */
import type { CustomerHistory, Neighbour, RecommenderModel } from "./train";
import type { Pick, Reason } from "./types";

const CONTENT_WEIGHT = 0.3;

export function recommendForHistory(model: RecommenderModel, history: CustomerHistory | undefined, k = 10): Pick[] {
  const scores = new Map<number, { score: number; reason: Reason; best: number }>();
  const add = (item: number, score: number, reason: Reason) => {
    const current = scores.get(item);
    if (!current) scores.set(item, { score, reason, best: score });
    else {
      current.score += score;
      // The reason is the single strongest contribution.
      if (score > current.best) Object.assign(current, { reason, best: score });
    }
  };
  if (history) {
    // The strongest interests drive it; a long tail adds cost, not signal.
    const seeds = [...history.interest].sort((a, b) => b[1] - a[1]).slice(0, 30);
    for (const [seed, weight] of seeds) {
      for (const n of model.together[seed] ?? []) add(n.item, weight * n.score, { kind: "bought_with", item: seed });
      for (const n of model.similar[seed] ?? []) add(n.item, CONTENT_WEIGHT * weight * n.score, { kind: "similar_to", item: seed });
    }
  }
  const excluded = history?.purchased ?? new Set<number>();
  const ranked = [...scores]
    .filter(([item]) => model.inStock[item] && !excluded.has(item))
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .map(([item, s]) => ({ item, score: s.score, reason: s.reason }));
  return diversify(model, ranked, k, excluded);
}

/** A segment's top-K: its members' interests added up, so what many of them want comes first. */
export function recommendForSegment(model: RecommenderModel, members: readonly CustomerHistory[], k = 10): Pick[] {
  const pooled: CustomerHistory = { interest: new Map(), purchased: new Set() };
  for (const m of members) for (const [item, w] of m.interest) pooled.interest.set(item, (pooled.interest.get(item) ?? 0) + w);
  const picks = recommendForHistory(model, pooled, k);
  return picks.map((p) => (p.reason.kind === "popular" ? p : { ...p, reason: members.length > 1 && pooled.interest.has(p.item) ? { kind: "popular_in_segment" } : p.reason }));
}

/** Popularity alone: the baseline every recommender must beat. */
export function recommendPopular(model: RecommenderModel, history: CustomerHistory | undefined, k = 10): Pick[] {
  return diversify(model, [], k, history?.purchased ?? new Set());
}

/** Greedy top-K with at most `maxPerCategory` per category, topped up from popularity. */
function diversify(model: RecommenderModel, ranked: Pick[], k: number, excluded: ReadonlySet<number>): Pick[] {
  const out: Pick[] = [];
  const taken = new Set<number>();
  const perCategory = new Map<string, number>();
  const offer = (p: Pick) => {
    if (out.length >= k || taken.has(p.item) || excluded.has(p.item) || !model.inStock[p.item]) return;
    const category = model.categories[p.item] ?? "";
    if ((perCategory.get(category) ?? 0) >= model.options.maxPerCategory) return;
    perCategory.set(category, (perCategory.get(category) ?? 0) + 1);
    taken.add(p.item);
    out.push(p);
  };
  for (const p of ranked) offer(p);
  const fill = (list: readonly Neighbour[]) => {
    for (const n of list) {
      if (out.length >= k) break;
      offer({ item: n.item, score: 0, reason: { kind: "popular", category: null } });
    }
  };
  fill(model.popular);
  return out;
}
