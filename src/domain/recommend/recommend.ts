/**
 * Top-K for a customer or a segment: candidates scored by a blend of their
 * signals (weights the shop's own data chose at training), then the rules —
 * in stock only, nothing already bought, at most a few per category, no
 * more picks from categories the customer already bought in than their
 * next purchases tend to land there, and a place kept for something new in
 * the lines they shop. Every pick says why.
 */
import { SIGNALS, SOURCES, candidatesFor, type Candidates } from "./candidates";
import { pooledHistory, type CustomerHistory } from "./history";
import type { RecommenderModel } from "./train";
import { BLEND_SIGNALS, type BlendWeights, type Pick, type Reason, type Tuning } from "./types";

/**
 * A customer's top-K, then `spare` more by score alone (for the caller to use in place of picks it
 * cannot show, say a product sold out since training; the top K do not depend on them).
 */
export function recommendForHistory(model: RecommenderModel, history: CustomerHistory | undefined, k = 10, now = model.asOf, spare = 0): Pick[] {
  const candidates = candidatesFor(model, history, now);
  const scores = blend(candidates, model.options.blend);
  const picked = choose(candidates, scores, k, model.options);
  if (spare > 0) {
    const taken = new Set(picked);
    const rest = [...scores.keys()].filter((at) => !taken.has(at)).sort((a, b) => scores[b]! - scores[a]! || a - b);
    picked.push(...rest.slice(0, spare));
  }
  return picked.map((at) => ({ item: candidates.items[at]!, score: scores[at]!, reason: reason(model, candidates, at) }));
}

/** A segment's top-K: its members' interests added up, so what many of them want comes first. */
export function recommendForSegment(model: RecommenderModel, members: readonly CustomerHistory[], k = 10, now = model.asOf, spare = 0): Pick[] {
  const pooled = pooledHistory(members);
  return recommendForHistory(model, pooled, k, now, spare).map((p) => (p.reason.kind === "popular" ? p : { ...p, reason: members.length > 1 && pooled.interest.has(p.item) ? { kind: "popular_in_segment" } : p.reason }));
}

export function blend(candidates: Candidates, weights: BlendWeights): Float64Array {
  const width = SIGNALS;
  const w = Float64Array.from(BLEND_SIGNALS, (s) => weights[s]);
  const signals = candidates.signals;
  const scores = new Float64Array(candidates.items.length);
  for (let at = 0, row = 0; at < scores.length; at++, row += width) {
    let score = 0;
    for (let s = 0; s < width; s++) score += w[s]! * signals[row + s]!;
    scores[at] = score;
  }
  return scores;
}

/**
 * The picks, as candidate positions, best first. Greedy by score under the
 * caps; `exploreSlots` of every ten places wait for new items in the
 * customer's categories; when the caps leave places empty they are relaxed
 * one at a time rather than leaving the list short.
 */
export function choose(candidates: Candidates, scores: Float64Array, k: number, tuning: Tuning): number[] {
  let freshAvailable = 0;
  for (const f of candidates.fresh) freshAvailable += f;
  const explore = Math.min(freshAvailable, tuning.exploreSlots > 0 ? Math.max(1, Math.round((tuning.exploreSlots * k) / 10)) : 0);
  const rules: Rules = { k, explore, boughtCap: candidates.hasPurchases ? Math.max(1, Math.round(k * Math.min(1, candidates.boughtShare * tuning.boughtCategoryScale))) : k, maxPerCategory: tuning.maxPerCategory };
  const byScore = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
  // Most lists are settled among the best few dozen candidates (and the best new items). When every pick
  // comes from above that line, or the places for items that are not new are full, looking further changes nothing.
  if (scores.length > 8 * k) {
    const freshScores: number[] = [];
    for (let at = 0; at < scores.length; at++) if (candidates.fresh[at]) freshScores.push(scores[at]!);
    const line = kthLargest(Float64Array.from(scores), 4 * k);
    const freshLine = kthLargest(Float64Array.from(freshScores), 3 * explore);
    const shortlist: number[] = [];
    for (let at = 0; at < scores.length; at++) if (scores[at]! >= line || (candidates.fresh[at] && scores[at]! >= freshLine)) shortlist.push(at);
    const quick = greedy(candidates, scores, shortlist, rules, PASSES.slice(0, 1));
    if (quick.picked.length === k && (quick.others === k - explore || quick.picked.every((at) => scores[at]! >= line))) return quick.picked.sort(byScore);
  }
  return greedy(candidates, scores, null, rules, PASSES).picked.sort(byScore);
}

interface Rules {
  k: number;
  explore: number;
  boughtCap: number;
  maxPerCategory: number;
}

/**
 * Each pass takes the best candidate its rules allow until none is left. Taking one only ever tightens
 * the rules, so this is the same as walking the ranked list once, without sorting it.
 */
function greedy(candidates: Candidates, scores: Float64Array, positions: readonly number[] | null, rules: Rules, passes: readonly (readonly [boolean, boolean, boolean])[]) {
  const { category, fresh, inBoughtCategory } = candidates;
  const taken = new Uint8Array(scores.length);
  const perCategory = new Int32Array(candidates.categories);
  const picked: number[] = [];
  let inBought = 0;
  let others = 0;
  // The places kept for new items are exempt from the cap on bought categories: "new in the line you bought from" is the point.
  let exploring = 0;
  for (const [categoryCap, boughtCap, keepForNew] of passes) {
    while (picked.length < rules.k) {
      let best = -1;
      let bestScore = -Infinity;
      const count = positions ? positions.length : scores.length;
      for (let j = 0; j < count; j++) {
        const at = positions ? positions[j]! : j;
        if (taken[at] || scores[at]! < bestScore || (scores[at] === bestScore && at > best)) continue;
        if (categoryCap && perCategory[category[at]!]! >= rules.maxPerCategory) continue;
        if (boughtCap && inBoughtCategory[at] && inBought >= rules.boughtCap && !(fresh[at] && exploring < rules.explore)) continue;
        if (keepForNew && !fresh[at] && others >= rules.k - rules.explore) continue;
        best = at;
        bestScore = scores[at]!;
      }
      if (best < 0) break;
      taken[best] = 1;
      picked.push(best);
      perCategory[category[best]!]!++;
      if (fresh[best] && exploring < rules.explore) exploring++;
      else if (inBoughtCategory[best]) inBought++;
      if (!fresh[best]) others++;
    }
  }
  return { picked, others };
}

/** The k-th largest value (quickselect, reordering `a`); -Infinity when there are fewer than k, +Infinity for k = 0. */
function kthLargest(a: Float64Array, k: number): number {
  if (k <= 0) return Infinity;
  if (a.length < k) return -Infinity;
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        [a[i], a[j]] = [a[j]!, a[i]!];
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target]!;
}

/** Category cap, cap on already-bought categories, places kept for new items: all rules first, then relaxed one by one. */
const PASSES = [
  [true, true, true],
  [true, true, false],
  [true, false, false],
  [false, false, false],
] as const;

/**
 * The strongest contribution to a pick's score, in words the service can render. What goes with a
 * purchase, or was chosen instead of a look, says more than "bought with": it is named when it
 * carries at least a third of the weight of the strongest.
 */
function reason(model: RecommenderModel, candidates: Candidates, at: number): Reason {
  const weights = model.options.blend;
  const contribution = (signal: (typeof BLEND_SIGNALS)[number]) => weights[signal] * candidates.signals[at * SIGNALS + BLEND_SIGNALS.indexOf(signal)]!;
  let signal: (typeof BLEND_SIGNALS)[number] | null = null;
  let top = 0;
  for (const s of BLEND_SIGNALS) {
    if (contribution(s) > top) {
      top = contribution(s);
      signal = s;
    }
  }
  const specific = (["after", "instead"] as const).filter((s) => contribution(s) > 0 && contribution(s) >= top / 3).sort((a, b) => contribution(b) - contribution(a))[0];
  if (specific) signal = specific;
  const source = (i: number) => candidates.sources[at * SOURCES + i]!;
  const category = model.categoryNames[model.categoryOf[candidates.items[at]!]!]!;
  if (candidates.fresh[at] && signal !== "together" && signal !== "after" && signal !== "instead") return { kind: "new_in_line", category, bought: candidates.inBoughtCategory[at] === 1 };
  switch (signal) {
    case "together":
      return { kind: "bought_with", item: source(0) };
    case "after":
      return { kind: "bought_after", item: source(1) };
    case "instead":
      return { kind: "bought_instead", item: source(2) };
    case "content":
      return { kind: "similar_to", item: source(3) };
    case "nextLinePopularity":
      return source(4) >= 0 ? { kind: "bought_after", item: source(4) } : { kind: "popular", category };
    case "linePopularity":
      return { kind: "popular", category };
    case "trend":
      return { kind: "trending" };
    default:
      return { kind: "popular", category: null };
  }
}
