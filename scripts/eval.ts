/**
 * `npm run eval -- --tenant <slug> [--candidate <version>] [--baseline <version>]`:
 * runs a workspace's evaluation from the command line against the
 * configured provider. With a model server (OLLAMA_HOST), the candidate
 * (default: the newest ready version) and the baseline (default: the active
 * one) write the evaluation set and the comparison is saved like the gate's;
 * without one, the builtin model writes the set and its scores are printed.
 * Needs DATABASE_URL. Prints the figures, then one JSON line.
 */
import { and, desc, eq } from "drizzle-orm";
import { parseArgs } from "node:util";
import { trainLanguageModel } from "@/ai/builtin/language-model";
import { writeEmail } from "@/ai/builtin/write-email";
import { toComplianceProfile } from "@/domain/brand-profile";
import { checkCopy } from "@/domain/compliance";
import { complianceInput, contentFromModel } from "@/domain/email/content";
import { getConnection, getDb } from "@/server/db/client";
import { builtinModels, brandProfiles, modelEvaluations, organization, tenantModels } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { builtinRules } from "@/server/models/builtin";
import { getOllamaProvider } from "@/server/models/provider";
import { evaluationSet, gatewayWriter, runEvaluation } from "@/server/services/model-evaluations";

const { values } = parseArgs({ options: { tenant: { type: "string" }, candidate: { type: "string" }, baseline: { type: "string" } } });
if (!values.tenant) {
  console.error("Say which workspace: npm run eval -- --tenant <slug>");
  process.exit(1);
}

async function main() {
  const db = getDb();
  const [tenant] = await db.select({ id: organization.id, name: organization.name }).from(organization).where(eq(organization.slug, values.tenant!));
  if (!tenant) throw new Error(`No workspace "${values.tenant}". Its slug is in the address: /t/<slug>.`);
  const ollama = getOllamaProvider();
  const started = performance.now();
  if (!ollama) {
    // No model server: the builtin model writes the set; there are no versions to compare.
    const { set, model, profile } = await withTenant(db, tenant.id, async (tx) => ({
      set: await evaluationSet(tx, tenant.id),
      model: (await tx.select().from(builtinModels).where(eq(builtinModels.tenantId, tenant.id)))[0],
      profile: (await tx.select({ profile: brandProfiles.profile }).from(brandProfiles).where(eq(brandProfiles.tenantId, tenant.id)).orderBy(desc(brandProfiles.version)).limit(1))[0]?.profile ?? null,
    }));
    const language = model?.model ?? trainLanguageModel([]);
    const rules = profile ? toComplianceProfile(profile) : null;
    const scores = set.map((item) => {
      const email = writeEmail({ companyName: tenant.name, brief: item.brief, variant: 1, rules: builtinRules(profile), model: language });
      const content = contentFromModel(email, item.brief, rules?.disclaimers.map((d) => d.text) ?? [], rules?.productSpellings.map((p) => p.canonical) ?? []);
      return rules ? checkCopy(complianceInput(content), rules).score : 100;
    });
    const mean = scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
    console.log(`builtin model: ${set.length} briefs, mean compliance ${mean.toFixed(1)} (no model server: nothing to compare)`);
    console.log(JSON.stringify({ tenant: values.tenant, provider: "builtin", briefs: set.length, compliance_mean: Math.round(mean * 10) / 10, seconds: Math.round((performance.now() - started) / 100) / 10 }));
    return;
  }
  const evaluationId = await withTenant(db, tenant.id, async (tx) => {
    const versions = await tx.select().from(tenantModels).where(and(eq(tenantModels.tenantId, tenant.id), eq(tenantModels.status, "ready"))).orderBy(desc(tenantModels.version));
    const pick = (n: string | undefined, fallback: (typeof versions)[number] | undefined) => (n ? versions.find((v) => v.version === Number(n)) : fallback);
    const candidate = pick(values.candidate, versions[0]);
    const baseline = pick(values.baseline, versions.find((v) => v.active && v.id !== candidate?.id) ?? versions.find((v) => v.id !== candidate?.id));
    if (!candidate || !baseline) throw new Error("Two ready versions are needed: build another one on the Models page, or name them with --candidate and --baseline.");
    const [row] = await tx.insert(modelEvaluations).values({ tenantId: tenant.id, candidateId: candidate.id, baselineId: baseline.id, briefs: await evaluationSet(tx, tenant.id) }).returning({ id: modelEvaluations.id });
    console.log(`v${candidate.version} against v${baseline.version}`);
    return row!.id;
  });
  const summary = await runEvaluation(db, tenant.id, evaluationId, gatewayWriter(ollama, tenant.id, tenant.name), {
    signal: AbortSignal.timeout(60 * 60_000),
    progress: async (done, total) => void process.stderr.write(`${done}/${total} briefs\n`),
  });
  for (const [name, m] of Object.entries(summary.metrics)) console.log(`  ${name.padEnd(11)} ${m.candidate} vs ${m.baseline} (difference ${m.delta}, 95 % interval ${m.low} to ${m.high})`);
  console.log(`verdict: ${summary.verdict}${summary.reasons.length ? ` — ${summary.reasons.join("; ")}` : ""}`);
  console.log(JSON.stringify({ tenant: values.tenant, provider: "ollama", evaluationId, verdict: summary.verdict, metrics: summary.metrics, seconds: Math.round((performance.now() - started) / 100) / 10 }));
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => void getConnection().sql.end());
