/**
 * Evaluating a model version before it goes live: the candidate and the
 * active version write the same briefs; each pair of drafts is scored with
 * compliance, the quality rubric and (when the brief has approved copy)
 * similarity to it. The verdict compares the mean paired difference per
 * metric with a tolerance, using a 95 % confidence interval (Student's t,
 * as evaluation sets are small): the candidate is refused when it is worse
 * beyond the tolerance with confidence. One pair gives no interval, so it
 * refuses nothing.
 */
import type { Brief } from "@/domain/campaign/brief";
import { Brief as BriefSchema } from "@/domain/campaign/brief";

export interface DraftScores {
  compliance: number;
  quality: number;
  /** No compliance error and no quality error. */
  sendable: boolean;
  /** Word-pair overlap with the approved reference (0–1), or null without one. */
  similarity: number | null;
}

export interface EvaluationPair {
  brief: string;
  candidate: DraftScores & { subject: string; body: string };
  baseline: DraftScores & { subject: string; body: string };
}

export const METRICS = ["compliance", "quality", "sendable", "similarity"] as const;
export type Metric = (typeof METRICS)[number];

/** How much worse the candidate may be before it is refused: points for scores, share for rates. */
export const TOLERANCE: Record<Metric, number> = { compliance: 5, quality: 5, sendable: 0.1, similarity: 0.05 };

export interface MetricComparison {
  candidate: number;
  baseline: number;
  delta: number;
  /** 95 % interval of the mean paired difference. */
  low: number;
  high: number;
  n: number;
  worse: boolean;
}

export interface EvaluationSummary {
  metrics: Partial<Record<Metric, MetricComparison>>;
  verdict: "not_worse" | "worse";
  /** Metrics the candidate is worse on, in words. */
  reasons: string[];
}

function value(s: DraftScores, metric: Metric): number | null {
  if (metric === "sendable") return s.sendable ? 1 : 0;
  return s[metric];
}

export function summarize(pairs: readonly EvaluationPair[]): EvaluationSummary {
  const metrics: Partial<Record<Metric, MetricComparison>> = {};
  const reasons: string[] = [];
  for (const metric of METRICS) {
    const diffs: number[] = [];
    const cands: number[] = [];
    const bases: number[] = [];
    for (const p of pairs) {
      const c = value(p.candidate, metric);
      const b = value(p.baseline, metric);
      if (c === null || b === null) continue;
      // A reference the live version wrote itself (approved unedited) matches it by construction: it cannot tell the two apart.
      if (metric === "similarity" && b >= SELF_WRITTEN) continue;
      cands.push(c);
      bases.push(b);
      diffs.push(c - b);
    }
    if (diffs.length === 0) continue;
    const n = diffs.length;
    const mean = diffs.reduce((a, b) => a + b, 0) / n;
    const sd = n > 1 ? Math.sqrt(diffs.reduce((a, d) => a + (d - mean) ** 2, 0) / (n - 1)) : 0;
    const half = n > 1 ? (tQuantile(n - 1) * sd) / Math.sqrt(n) : Number.POSITIVE_INFINITY;
    const worse = mean + half < -TOLERANCE[metric];
    metrics[metric] = { candidate: avg(cands), baseline: avg(bases), delta: round(mean), low: n > 1 ? round(mean - half) : round(mean), high: n > 1 ? round(mean + half) : round(mean), n, worse };
    if (worse) reasons.push(`${metric}: ${round(avg(cands))} against ${round(avg(bases))} (difference ${round(mean)}, 95 % interval ${round(mean - half)} to ${round(mean + half)}; tolerance ${TOLERANCE[metric]})`);
  }
  return { metrics, verdict: reasons.length ? "worse" : "not_worse", reasons };
}

/** Similarity at which the baseline is taken to have written the reference itself. */
const SELF_WRITTEN = 0.98;

/** Two-sided 95 % quantiles of Student's t by degrees of freedom (1.96 past 30). */
const T95 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
function tQuantile(df: number): number {
  return T95[df - 1] ?? 1.96;
}

/** Word-pair overlap (Jaccard) between a draft and its approved reference. */
export function similarity(text: string, reference: string): number {
  const pairs = (t: string) => {
    const w = t.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
  };
  const a = pairs(text);
  const b = pairs(reference);
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return round(shared / (a.size + b.size - shared));
}

/**
 * Standard briefs for a tenant with few approved drafts: one per common
 * campaign type, about its own products (or its own name when it has none).
 * Facts come from the catalog or profile given, never invented.
 */
export function standardBriefs(companyName: string, products: readonly { name: string; facts: string }[], count: number): Brief[] {
  const types = ["launch", "newsletter", "promotion", "win_back", "event", "abandoned_cart"] as const;
  return Array.from({ length: count }, (_, i) => {
    const product = products.length ? products[i % products.length]! : null;
    return BriefSchema.parse({
      name: `Evaluation brief ${i + 1}`,
      type: types[i % types.length],
      goal: product ? `Get customers to look at ${product.name}.` : `Keep customers up to date with ${companyName}.`,
      audience: "Existing customers",
      offer: "",
      keyMessage: product ? `${product.name} is worth a look.${product.facts ? ` ${product.facts}` : ""}` : `There is news from ${companyName} this month.`,
      products: product ? [{ name: product.name, url: "https://example.com/", facts: product.facts }] : [],
      ctaText: "Take a look",
      ctaUrl: "https://example.com/",
      length: "short",
      variants: 1,
    });
  });
}

function avg(xs: readonly number[]): number {
  return round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
