/**
 * Each shop chooses its own half-lives, blend weights and rules from its own
 * held-out last purchases: the candidates and their signals are computed
 * once per pair of half-lives, then the weights and the rules are improved
 * one at a time (coordinate ascent over a small grid) while NDCG@10 rises.
 * A change is kept only when it beats the current choice by more than noise.
 */
import { candidatesFor, type Candidates } from "./candidates";
import { histories } from "./history";
import { blend, choose } from "./recommend";
import { retuned, type RecommenderModel } from "./train";
import { BLEND_SIGNALS, type BlendWeights, type FeedbackEvent, type Tuning } from "./types";

/** Popularity's half-life: a week (a shop that changes weekly) to a year (one that barely changes). */
export const HALF_LIVES: readonly number[] = [7, 14, 30, 60, 90, 180, 365];
const INTEREST_HALF_LIVES: readonly number[] = [30, 90, 365];
const EXPLORE_SLOTS = [1, 2, 3];
const BOUGHT_CATEGORY_SCALES = [0.8, 1, 1.25];
const MAX_PER_CATEGORY = [2, 3, 4, 5];
/** A change must raise NDCG@10 by this share to be kept. */
const MIN_GAIN = 0.005;

interface Case {
  candidates: Candidates;
  /** The held-out item's position among the candidates (cases where it is not a candidate score 0 whatever the choice). */
  target: number;
}

interface Cases {
  cases: Case[];
  total: number;
}

export interface Calibration {
  tuning: Tuning;
  /** NDCG@10 on the calibration customers with the starting choice and with the chosen one. */
  before: number;
  after: number;
}

export function calibrate(model: RecommenderModel, training: readonly FeedbackEvent[], customers: number, targets: ReadonlyMap<number, number>): Calibration {
  const own = training.filter((e) => targets.has(e.customer));
  // Signals depend on the half-lives only; the last pair's cases are kept, the rest rebuilt when asked again.
  let built: { key: string; cases: Cases } | null = null;
  const casesFor = (halfLifeDays: number, interestHalfLifeDays: number): Cases => {
    const key = `${halfLifeDays}/${interestHalfLifeDays}`;
    if (built?.key === key) return built.cases;
    const variant = retuned(model, training, { ...model.options, halfLifeDays, interestHalfLifeDays });
    const hist = histories(own, customers, variant.options, variant.asOf);
    const cases: Case[] = [];
    for (const [customer, item] of targets) {
      const candidates = candidatesFor(variant, hist[customer]);
      const target = candidates.items.indexOf(item);
      if (target >= 0) cases.push({ candidates, target });
    }
    built = { key, cases: { cases, total: targets.size } };
    return built.cases;
  };
  const ndcg = (tuning: Tuning) => {
    const { cases, total } = casesFor(tuning.halfLifeDays, tuning.interestHalfLifeDays);
    let sum = 0;
    for (const c of cases) {
      const rank = choose(c.candidates, blend(c.candidates, tuning.blend), 10, tuning).indexOf(c.target);
      if (rank >= 0) sum += 1 / Math.log2(rank + 2);
    }
    return sum / Math.max(1, total);
  };

  const o = model.options;
  let tuning: Tuning = { halfLifeDays: o.halfLifeDays, interestHalfLifeDays: o.interestHalfLifeDays, blend: o.blend, exploreSlots: o.exploreSlots, boughtCategoryScale: o.boughtCategoryScale, maxPerCategory: o.maxPerCategory };
  const before = ndcg(tuning);
  let best = before;
  const consider = (candidate: Tuning) => {
    const value = ndcg(candidate);
    if (value > best * (1 + MIN_GAIN) + 1e-9) {
      best = value;
      tuning = candidate;
    }
  };
  const halfLives = (choices: readonly number[], interest: readonly number[]) => {
    const start = tuning;
    for (const halfLifeDays of choices) if (halfLifeDays !== start.halfLifeDays) consider({ ...tuning, halfLifeDays });
    for (const interestHalfLifeDays of interest) if (interestHalfLifeDays !== start.interestHalfLifeDays) consider({ ...tuning, interestHalfLifeDays });
  };

  halfLives(HALF_LIVES, INTEREST_HALF_LIVES);
  for (let round = 0; round < 2; round++) {
    for (const signal of BLEND_SIGNALS) for (const value of alternatives(tuning.blend[signal])) consider({ ...tuning, blend: { ...tuning.blend, [signal]: value } as BlendWeights });
    for (const exploreSlots of EXPLORE_SLOTS) consider({ ...tuning, exploreSlots });
    for (const boughtCategoryScale of BOUGHT_CATEGORY_SCALES) consider({ ...tuning, boughtCategoryScale });
    for (const maxPerCategory of MAX_PER_CATEGORY) consider({ ...tuning, maxPerCategory });
  }
  // With the weights settled, the half-lives either side of the chosen ones once more.
  halfLives(beside(HALF_LIVES, tuning.halfLifeDays), beside(INTEREST_HALF_LIVES, tuning.interestHalfLifeDays));
  return { tuning, before, after: best };
}

function alternatives(weight: number): number[] {
  return weight > 0 ? [0, weight / 2, weight * 2] : [0.1, 0.5];
}

function beside(choices: readonly number[], value: number): number[] {
  const i = choices.indexOf(value);
  return i < 0 ? [] : [choices[i - 1], choices[i + 1]].filter((x) => x !== undefined);
}
