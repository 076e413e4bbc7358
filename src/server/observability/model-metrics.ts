/**
 * Per-model generation speed for /api/metrics, from the generations table:
 * every web replica reports the same cumulative histograms, whichever worker
 * ran the generation. Read as brandsmith_metrics (figures only, no content).
 */
import type { Sql } from "postgres";
import { METRICS_ROLE } from "@/server/db/roles";

const TTFT_BUCKETS = [0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30];
const TPS_BUCKETS = [1, 5, 10, 20, 40, 80, 160, 320];

interface Series {
  model: string;
  buckets: number[];
  count: number;
  sum: number;
}

export async function modelMetricsText(sql: Sql): Promise<string> {
  const { ttft, tps } = await sql.begin(async (tx) => {
    await tx.unsafe(`set local role ${METRICS_ROLE}`);
    const totals = await tx<{ model: string; n: number; ttft_sum: number; tps_n: number; tps_sum: number }[]>`
      select model_name as model, count(*)::int as n, coalesce(sum(ttft_ms) / 1000, 0)::float8 as ttft_sum,
             count(*) filter (where eval_ms > 0)::int as tps_n,
             coalesce(sum(completion_tokens / (eval_ms / 1000)) filter (where eval_ms > 0), 0)::float8 as tps_sum
      from generations group by model_name`;
    const ttftBuckets = await tx<{ model: string; i: number; n: number }[]>`
      select g.model_name as model, b.i::int as i, count(*) filter (where g.ttft_ms / 1000 <= b.bound)::int as n
      from generations g cross join unnest(${TTFT_BUCKETS}::float8[]) with ordinality as b(bound, i)
      group by g.model_name, b.i`;
    const tpsBuckets = await tx<{ model: string; i: number; n: number }[]>`
      select g.model_name as model, b.i::int as i,
             count(*) filter (where g.eval_ms > 0 and g.completion_tokens / (g.eval_ms / 1000) <= b.bound)::int as n
      from generations g cross join unnest(${TPS_BUCKETS}::float8[]) with ordinality as b(bound, i)
      group by g.model_name, b.i`;
    const bucketsOf = (rows: { model: string; i: number; n: number }[], model: string, size: number) => {
      const out = new Array<number>(size).fill(0);
      for (const r of rows) if (r.model === model) out[r.i - 1] = r.n;
      return out;
    };
    return {
      ttft: totals.map((t): Series => ({ model: t.model, buckets: bucketsOf(ttftBuckets, t.model, TTFT_BUCKETS.length), count: t.n, sum: t.ttft_sum })),
      tps: totals.map((t): Series => ({ model: t.model, buckets: bucketsOf(tpsBuckets, t.model, TPS_BUCKETS.length), count: t.tps_n, sum: t.tps_sum })),
    };
  });
  return [
    histogram("model_time_to_first_token_seconds", "Time to first token of generations, by model", TTFT_BUCKETS, ttft),
    histogram("model_tokens_per_second", "Completion tokens per second of eval time (Ollama's eval_count / eval_duration), by model", TPS_BUCKETS, tps),
  ].join("");
}

function histogram(name: string, help: string, bounds: number[], series: Series[]): string {
  const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
  for (const s of series) {
    const label = `model="${s.model.replace(/["\\\n]/g, "_")}"`;
    bounds.forEach((bound, i) => lines.push(`${name}_bucket{${label},le="${bound}"} ${s.buckets[i] ?? 0}`));
    lines.push(`${name}_bucket{${label},le="+Inf"} ${s.count}`, `${name}_sum{${label}} ${s.sum}`, `${name}_count{${label}} ${s.count}`);
  }
  return lines.join("\n") + "\n";
}
