/**
 * `npm run bench:quality`: would a marketer send what the builtin model
 * writes? For each tenant of the guide corpus (test/fixtures/guides: its
 * guide read by the builtin reader, its builtin model trained on it), 20
 * briefs × 5 variants written the way the generation job writes them
 * (writeEmail → contentFromModel with the profile's disclaimers and product
 * names), each checked by compliance and the quality rubric. Sendable = no
 * compliance error and no rubric error.
 * The last line of stdout is one JSON object.
 */
import { trainLanguageModel } from "@/ai/builtin/language-model";
import { writeEmail } from "@/ai/builtin/write-email";
import { detectGuide } from "@/domain/brand-guide/detect";
import { readRules } from "@/domain/brand-guide/read-rules";
import { chunkGuide } from "@/domain/brand-guide/sections";
import { toComplianceProfile } from "@/domain/brand-profile";
import { checkCopy } from "@/domain/compliance";
import { complianceInput, contentFromModel } from "@/domain/email/content";
import { verifyExtraction } from "@/domain/profile-verification";
import { checkQuality, type QualityContext } from "@/domain/quality/rubric";
import { quotedIn } from "@/domain/brand-guide/rule-terms";
import { builtinRules } from "@/server/models/builtin";
import type { BrandProfile } from "@/domain/brand-profile";
import type { Brief } from "@/domain/campaign/brief";
import { summarize } from "@/domain/evaluation";
import { builtinWriter } from "@/server/services/builtin-model";
import { evaluationScorer } from "@/server/services/model-evaluations";
import { parseGuide } from "@/server/brand/parse-guide";
import { qualityCopy } from "@/server/services/draft-quality";
import { companyName, corpusBriefs } from "./support/corpus-briefs";
import { CORPORA, loadCorpus } from "./support/guide-corpus";
import { median, mulberry32, percentile, round } from "./queue/stats";

const out = (line = "") => process.stdout.write(`${line}\n`);
const BRIEFS = 20;
const VARIANTS = 5;
const FOOTER = "1 Harbour Road, Example City";

async function main() {
  const corpus = loadCorpus(CORPORA.corpus);
  const random = mulberry32(21);
  const ruleFailures = new Map<string, number>();
  let drafts = 0;
  let sendable = 0;
  let leaks = 0;
  let repeated = 0;
  let invented = 0;
  const coverage: number[] = [];
  const distinct: number[] = [];
  const times: number[] = [];
  const evalTimes: number[] = [];
  for (const guide of corpus) {
    const detection = detectGuide(guide.data);
    if (!detection.ok) throw new Error(detection.reason);
    const chunks = chunkGuide(await parseGuide(detection.kind, guide.data));
    const profile = verifyExtraction(readRules(chunks), chunks.map((c) => ({ guideId: "g", documentName: guide.key.file, section: c.section, page: c.page, text: c.text })));
    const model = trainLanguageModel(chunks.map((c) => c.text));
    const rules = builtinRules(profile);
    const compliance = toComplianceProfile(profile);
    const name = companyName(guide.key);
    const slug = guide.key.file.replace(/\.[a-z]+$/, "");
    evalTimes.push(timeEvaluation(chunks.map((c) => c.text), corpusBriefs(guide.key, BRIEFS, random), profile, { name, slug }));
    for (const brief of corpusBriefs(guide.key, BRIEFS, random)) {
      const written: ReturnType<typeof contentFromModel>[] = [];
      for (let variant = 1; variant <= VARIANTS; variant++) {
        const started = performance.now();
        const email = writeEmail({ companyName: name, brief, variant, rules, model });
        times.push(performance.now() - started);
        written.push(contentFromModel(email, brief, profile.requiredDisclaimers.map((d) => d.text), profile.productSpellings.map((p) => p.name)));
      }
      const copies = written.map(qualityCopy);
      copies.forEach((copy, i) => {
        const context: QualityContext = {
          brief,
          workspace: { name, slug },
          allowedFacts: [FOOTER, ...profile.requiredDisclaimers.map((d) => d.text)],
          voice: { traits: profile.voiceTraits.map((t) => t.trait), preferredTerms: profile.preferredTerms.map((t) => t.term), avoidTones: profile.toneDonts.flatMap((d) => quotedIn(d.text)) },
          siblings: copies.filter((_, j) => j !== i).map((c) => ({ subject: c.subject, body: c.body })),
        };
        const quality = checkQuality(copy, context);
        const report = checkCopy(complianceInput(written[i]!, FOOTER), compliance);
        drafts++;
        const errors = [...quality.findings, ...report.findings].filter((f) => f.severity === "error");
        if (errors.length === 0) sendable++;
        // BENCH_SHOW=<rule> prints each finding of that rule with the subject it was found in.
        for (const f of [...quality.findings, ...report.findings].filter((x) => x.rule === process.env.BENCH_SHOW)) out(`  [${f.rule}] ${f.message} — subject "${copy.subject}"`);
        for (const f of [...quality.findings, ...report.findings.filter((x) => x.severity === "error")]) ruleFailures.set(`${f.rule} (${f.severity})`, (ruleFailures.get(`${f.rule} (${f.severity})`) ?? 0) + 1);
        leaks += quality.findings.filter((f) => f.rule === "internal-leak").length;
        repeated += quality.findings.filter((f) => f.rule === "repeated-sentence").length;
        invented += quality.findings.filter((f) => f.rule === "invented-number").length;
        coverage.push(quality.coverage);
        distinct.push(quality.distinct2);
      });
    }
  }
  out(`${drafts} drafts: ${corpus.length} tenants × ${BRIEFS} briefs × ${VARIANTS} variants, written by the builtin model`);
  out("findings per rule (drafts can have several):");
  for (const [rule, n] of [...ruleFailures].sort((a, b) => b[1] - a[1])) out(`  ${rule.padEnd(34)} ${String(n).padStart(5)}  (${round((100 * n) / drafts, 1)} per 100 drafts)`);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  out(`evaluation gate, ${BRIEFS} briefs × 2 builtin versions written and scored: median ${round(median(evalTimes), 1)} ms per tenant`);
  out(`sendable ${round((100 * sendable) / drafts, 1)} %, brief coverage ${round(mean(coverage), 3)}, distinct-2 median ${round(median(distinct), 3)}, generate p50 ${round(percentile(times, 50), 2)} ms`);
  out("targets: sendable ≥ 0.95, 0 leaks, 0 repeated sentences, 0 invented facts, coverage ≥ 0.95, distinct-2 ≥ 0.6, generate p50 ≤ 50 ms");
  out(
    JSON.stringify({
      drafts,
      sendable_rate: round(sendable / drafts, 3),
      internal_leaks: leaks,
      repeated_sentences: repeated,
      invented_facts: invented,
      brief_coverage: round(mean(coverage), 3),
      distinct2: round(median(distinct), 3),
      generate_ms_p50: round(percentile(times, 50), 2),
      eval_run_s: round(median(evalTimes) / 1000, 3),
    }),
  );
}

/**
 * The builtin retrain's gate, as services/builtin-model.ts runs it: a
 * version trained on half the guide (the live one) and one trained on all
 * of it (the retrain) each write the briefs; both are scored and compared.
 */
function timeEvaluation(texts: string[], briefs: Brief[], profile: BrandProfile, workspace: { name: string; slug: string }): number {
  const started = performance.now();
  const snapshot = (version: number, part: string[]) => {
    const model = trainLanguageModel(part);
    return { version, model, voiceLines: [], documents: part.length, tokens: model.tokens, trainMs: 0, trainedAt: "" };
  };
  const [baseline, candidate] = [snapshot(1, texts.slice(0, Math.ceil(texts.length / 2))), snapshot(2, texts)];
  const write = builtinWriter(workspace.name, profile);
  const score = evaluationScorer(profile, workspace);
  summarize(briefs.map((brief) => ({ brief: brief.name, candidate: score(write(candidate, brief), { brief, reference: null }), baseline: score(write(baseline, brief), { brief, reference: null }) })));
  return performance.now() - started;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
