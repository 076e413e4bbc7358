/**
 * `npm run bench:builtin`: the builtin model's two costs.
 *   train_ms_100_pages — the builtin.train job's work on a 100-page guide
 *     (about 35,000 words in 100 passages, a 6,000-word vocabulary drawn by
 *     Zipf's law) in an embedded PostgreSQL: read the tenant's corpus,
 *     train, write the evaluation set with the candidate and the live
 *     version, score both, store. Median of 3.
 *   evaluation_ms — the gate's part of that (EVAL_BRIEFS briefs × 2 versions).
 *   generate_ms_p50/p99 — one email (variants 1–5 of random briefs; variant
 *     n also writes 1…n−1 to stay different from them), 1,000 emails on one
 *     core, after a warm-up.
 * The last line of stdout is one JSON object.
 */
import postgres from "postgres";
import { writeEmail } from "@/ai/builtin/write-email";
import { Brief, CAMPAIGN_TYPES, LENGTHS, TONES } from "@/domain/campaign/brief";
import { getConnection } from "@/server/db/client";
import { builtinModelFor, builtinRules } from "@/server/models/builtin";
import { retrainBuiltinModel } from "@/server/services/builtin-model";
import { startBenchDatabase } from "./support/database";
import { envInt, median, mulberry32, percentile, round } from "./queue/stats";

const PAGES = envInt("BENCH_PAGES", 100, 1, 1_000);
const EMAILS = envInt("BENCH_EMAILS", 1_000, 10, 20_000);
const out = (line = "") => process.stdout.write(`${line}\n`);

const WORDS =
  "we roast coffee in small batches every week our beans come from farms we know by name each bag carries the farm the region and the roast day brewing at home should feel calm and simple our team tastes every batch before it ships the spring roast is bright and floral the winter blend is rich and warm we write the way we talk warm direct and never in a hurry customers trust us because we tell them exactly what is in the bag delivery is free on orders over thirty euros subscriptions can be paused any time"
    .split(" ");

/** A guide's vocabulary: the words above plus synthetic ones, 6,000 in all, drawn by Zipf's law like real text. */
const VOCABULARY = [...new Set(WORDS), ...Array.from({ length: 6_000 }, (_, i) => `word${i.toString(36)}`)].slice(0, 6_000);
const ZIPF = (() => {
  const weights = VOCABULARY.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w) => (acc += w / total));
})();
function zipfWord(random: () => number): string {
  const r = random();
  let lo = 0;
  let hi = ZIPF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ZIPF[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo]!;
}

function page(random: () => number, n: number): string {
  const sentences: string[] = [];
  let words = 0;
  while (words < 350) {
    const length = 8 + Math.floor(random() * 14);
    const s = Array.from({ length }, () => zipfWord(random)).join(" ");
    sentences.push(`${s.charAt(0).toUpperCase()}${s.slice(1)}.`);
    words += length;
  }
  return `Page ${n}. ${sentences.join(" ")}`;
}

async function main() {
  let database: Awaited<ReturnType<typeof startBenchDatabase>> | null = null;
  try {
    database = await startBenchDatabase("builtin");
    const { ownerUrl, appUrl } = database;
    process.env.DATABASE_URL = appUrl;
    const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
    const random = mulberry32(7);
    const [tenant] = await owner<{ id: string }[]>`insert into organization (name, slug) values ('Northwind Roasters', 'northwind') returning id`;
    const [guide] = await owner<{ id: string }[]>`insert into brand_guides (tenant_id, filename, kind, size, sha256, status) values (${tenant!.id}, 'guide.pdf', 'pdf', 1, 'x', 'ready') returning id`;
    for (let i = 0; i < PAGES; i++) {
      await owner`insert into brand_chunks (tenant_id, guide_id, ordinal, section, page, text) values (${tenant!.id}, ${guide!.id}, ${i}, ${`Section ${Math.floor(i / 10)}`}, ${i + 1}, ${page(random, i + 1)})`;
    }
    await owner.end();
    const { db, sql } = getConnection();

    const trainTimes: number[] = [];
    const evaluationTimes: number[] = [];
    await retrainBuiltinModel(db, tenant!.id); // the first version: trained and stored, nothing to compare with
    for (let run = 1; run <= 3; run++) {
      const started = performance.now();
      const result = await retrainBuiltinModel(db, tenant!.id);
      const ms = performance.now() - started;
      trainTimes.push(ms);
      evaluationTimes.push(result.evaluation!.ms);
      out(`retrain run ${run}: ${round(ms, 1)} ms for ${PAGES} pages (the counting ${round(result.trainMs, 1)} ms; the evaluation gate, ${result.evaluation!.pairs.length} briefs × 2 versions, ${result.evaluation!.ms} ms → ${result.outcome})`);
    }

    const model = await builtinModelFor(db, tenant!.id);
    const rules = builtinRules({
      voiceTraits: [],
      audience: "",
      toneDos: [],
      toneDonts: [],
      preferredTerms: [{ term: "small batches", source: null }],
      bannedTerms: [{ term: "cheap", replacement: "affordable", source: null }],
      requiredDisclaimers: [{ text: "Offer valid while stocks last.", source: null }],
      productSpellings: [],
      formatting: { maxExclamations: 1, allowEmoji: false, signOff: "The Northwind team" },
    });
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const phrase = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
    const times: number[] = [];
    for (let i = 0; i < EMAILS + 100; i++) {
      const brief = Brief.parse({
        name: phrase(3),
        type: pick(CAMPAIGN_TYPES),
        goal: phrase(8),
        audience: phrase(4),
        offer: random() < 0.5 ? phrase(5) : "",
        keyMessage: `${phrase(12)}. ${phrase(10)}.`,
        products: Array.from({ length: Math.floor(random() * 3) }, () => ({ name: phrase(2), url: "https://shop.example/p", price: "€14", facts: `${phrase(8)}. ${phrase(6)}.` })),
        tones: [pick(TONES)],
        ctaText: "Shop now",
        ctaUrl: "https://shop.example/",
        length: pick(LENGTHS),
        variants: 5,
      });
      const variant = 1 + Math.floor(random() * 5);
      const started = performance.now();
      writeEmail({ companyName: "Northwind Roasters", brief, variant, rules, model: model.model, voiceLines: model.voiceLines });
      if (i >= 100) times.push(performance.now() - started);
    }
    const p50 = percentile(times, 50);
    const p99 = percentile(times, 99);
    out(`generate: ${EMAILS} emails, p50 ${round(p50, 2)} ms, p99 ${round(p99, 2)} ms (variants 1–5; one core)`);
    out(`targets: training ≤ 2,000 ms on 100 pages; one email ≤ 50 ms p50`);
    out(JSON.stringify({ train_ms_100_pages: round(median(trainTimes), 1), evaluation_ms: round(median(evaluationTimes), 1), evaluation_briefs: Number(process.env.EVAL_BRIEFS ?? 10), generate_ms_p50: round(p50, 2), generate_ms_p99: round(p99, 2) }));
    await sql.end();
  } finally {
    await database?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
