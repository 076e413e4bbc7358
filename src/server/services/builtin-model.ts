/**
 * Retraining the builtin model goes through the same gate as a version on
 * the model server: the retrained candidate and the active version write the
 * tenant's evaluation set (in process, a few milliseconds per email), both
 * are scored by the same scorer, and the candidate goes live only when it is
 * not worse beyond the tolerance. A held-back candidate stays inspectable;
 * an owner may use it anyway with a written reason (audited); going back to
 * the version it replaced is one click.
 *
 * No person clicks "activate" after a retrain (it follows every approval),
 * so the gate decides at once; that is the difference from model-server
 * versions, which wait for an admin.
 */
import { eq } from "drizzle-orm";
import { writeEmail } from "@/ai/builtin/write-email";
import type { BrandProfile } from "@/domain/brand-profile";
import type { Brief } from "@/domain/campaign/brief";
import type { ModelEmail } from "@/domain/email/content";
import { summarize, type EvaluationPair } from "@/domain/evaluation";
import type { Database, Transaction } from "@/server/db/client";
import { builtinModels, type BuiltinEvaluation, type BuiltinModel, type BuiltinSnapshot } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { activeColumns, builtinModelFor, builtinRules, snapshotOf, trainBuiltinCandidate } from "@/server/models/builtin";
import { recordAudit } from "./audit";
import type { ServiceContext } from "./context";
import { badRequest, conflict, forbidden, notFound } from "./errors";
import { evaluationScorer, evaluationSet, scoringContext } from "./model-evaluations";

/** Writes one evaluation brief with a given version of the builtin model. */
export type BuiltinWriter = (snapshot: BuiltinSnapshot, brief: Brief) => ModelEmail;

/** The way a campaign's first variant is written by the builtin model, for any of its versions. */
export function builtinWriter(companyName: string, profile: BrandProfile | null): BuiltinWriter {
  const rules = builtinRules(profile);
  return (snapshot, brief) => writeEmail({ companyName, brief, variant: 1, rules, model: snapshot.model, voiceLines: snapshot.voiceLines });
}

export type RetrainOutcome = { version: number; outcome: "first" | BuiltinEvaluation["outcome"]; evaluation: BuiltinEvaluation | null; trainMs: number };

/**
 * Trains a candidate on the tenant's current corpus and puts it through the
 * gate. The whole retrain holds the model row (two retrains of one tenant
 * queue behind each other, so each compares with what is really live).
 */
export async function retrainBuiltinModel(db: Database, tenantId: string, options: { write?: BuiltinWriter } = {}): Promise<RetrainOutcome> {
  const first = await withTenant(db, tenantId, (tx) => tx.select({ version: builtinModels.version }).from(builtinModels).where(eq(builtinModels.tenantId, tenantId)));
  if (first.length === 0) {
    const stored = await builtinModelFor(db, tenantId);
    return { version: stored.version, outcome: "first", evaluation: null, trainMs: stored.trainMs };
  }
  return withTenant(db, tenantId, async (tx) => {
    const [row] = await tx.select().from(builtinModels).where(eq(builtinModels.tenantId, tenantId)).for("update");
    const trained = await trainBuiltinCandidate(tx, tenantId);
    const candidate: BuiltinSnapshot = { ...trained, version: Math.max(row!.version, row!.heldBack?.version ?? 0, row!.previous?.version ?? 0) + 1 };
    const evaluation = await evaluateBuiltin(tx, tenantId, candidate, snapshotOf(row!), options.write);
    const columns =
      evaluation.outcome === "activated"
        ? { ...activeColumns(candidate), previous: snapshotOf(row!), heldBack: null, evaluation }
        : { heldBack: candidate, evaluation };
    await tx.update(builtinModels).set(columns).where(eq(builtinModels.tenantId, tenantId));
    return { version: candidate.version, outcome: evaluation.outcome, evaluation, trainMs: candidate.trainMs };
  });
}

/** Both versions write the evaluation set; the candidate is held back when it is worse beyond the tolerance. */
async function evaluateBuiltin(tx: Transaction, tenantId: string, candidate: BuiltinSnapshot, baseline: BuiltinSnapshot, write?: BuiltinWriter): Promise<BuiltinEvaluation> {
  const started = performance.now();
  const [items, scoring] = await Promise.all([evaluationSet(tx, tenantId), scoringContext(tx, tenantId)]);
  const writer = write ?? builtinWriter(scoring.workspace.name || "the company", scoring.profile);
  const score = evaluationScorer(scoring.profile, scoring.workspace);
  const pairs: EvaluationPair[] = items.map((item) => ({ brief: item.brief.name, candidate: score(writer(candidate, item.brief), item), baseline: score(writer(baseline, item.brief), item) }));
  const summary = summarize(pairs);
  // An empty set measures nothing: the candidate waits, as a model-server version does, and the reason says how to fill the set.
  if (items.length === 0) summary.reasons.push("The evaluation set is empty. Choose campaigns for it on the Models page, or reset it to the default.");
  const held = summary.verdict === "worse" || items.length === 0;
  return {
    candidateVersion: candidate.version,
    baselineVersion: baseline.version,
    summary: held ? { ...summary, verdict: "worse" } : summary,
    pairs,
    outcome: held ? "held_back" : "activated",
    evaluatedAt: new Date().toISOString(),
    ms: Math.round(performance.now() - started),
  };
}

/** What the Models page shows of the builtin model: the live version, the one before it, a held-back retrain and the last comparison. */
export async function builtinModelStatus(ctx: Pick<ServiceContext, "db" | "tenantId">) {
  const [row] = await withTenant(ctx.db, ctx.tenantId, (tx) => tx.select().from(builtinModels).where(eq(builtinModels.tenantId, ctx.tenantId)));
  if (!row) return null;
  const brief = (s: BuiltinSnapshot | null) => (s ? { version: s.version, trainedAt: new Date(s.trainedAt), documents: s.documents } : null);
  return {
    version: row.version,
    trainedAt: row.trainedAt,
    documents: row.documents,
    tokens: row.tokens,
    previous: brief(row.previous),
    heldBack: brief(row.heldBack),
    evaluation: row.evaluation,
  };
}

/** An owner puts a held-back retrain live anyway, with a reason that goes into the audit log. */
export async function useHeldBackBuiltin(ctx: ServiceContext, input: { reason: string }) {
  if (ctx.actor.role !== "owner") throw forbidden("Only an owner can use a retrained model the evaluation held back.");
  const reason = input.reason.trim();
  if (reason.length < 10) throw badRequest("Write a reason of at least a few words: it goes into the audit log.");
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const row = await lockedRow(tx, ctx.tenantId);
    if (!row.heldBack) throw conflict("There is no held-back version any more: a newer retrain replaced it. Reload the page.");
    const candidate = row.heldBack;
    const evaluation = row.evaluation?.candidateVersion === candidate.version ? { ...row.evaluation, outcome: "overridden" as const } : row.evaluation;
    await tx.update(builtinModels).set({ ...activeColumns(candidate), previous: snapshotOf(row), heldBack: null, evaluation }).where(eq(builtinModels.tenantId, ctx.tenantId));
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, {
      action: "builtin_model.activated_over_evaluation",
      objectType: "builtin_model",
      objectId: ctx.tenantId,
      details: { version: candidate.version, from: row.version, reason, reasons: row.evaluation?.summary.reasons ?? [] },
    });
    return { version: candidate.version };
  });
}

/** Back to the version the live one replaced; the live one becomes the way forward again (undo is the same click). */
export async function rollbackBuiltin(ctx: ServiceContext) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const row = await lockedRow(tx, ctx.tenantId);
    if (!row.previous) throw conflict("There is no earlier version of the builtin model to go back to.");
    const target = row.previous;
    await tx.update(builtinModels).set({ ...activeColumns(target), previous: snapshotOf(row) }).where(eq(builtinModels.tenantId, ctx.tenantId));
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "builtin_model.rolled_back", objectType: "builtin_model", objectId: ctx.tenantId, details: { version: target.version, from: row.version } });
    return { version: target.version };
  });
}

async function lockedRow(tx: Transaction, tenantId: string): Promise<BuiltinModel> {
  const [row] = await tx.select().from(builtinModels).where(eq(builtinModels.tenantId, tenantId)).for("update");
  if (!row) throw notFound("The builtin model has not been trained yet: it trains when you upload a guide or write your first campaign.");
  return row;
}
