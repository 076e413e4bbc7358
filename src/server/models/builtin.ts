/**
 * The tenant's builtin model: trained (in process, in well under a second
 * for a 100-page guide) on the tenant's own corpus — guide passages and
 * approved drafts — and stored per tenant, with the lines it may reuse as
 * they are (from approved drafts and the guide's example copy). Nothing
 * leaves the tenant.
 */
import { eq } from "drizzle-orm";
import { trainLanguageModel, sentences } from "@/ai/builtin/language-model";
import { exampleCopyLines } from "@/domain/brand-guide/example-copy";
import { emailText, type BuiltinRules } from "@/ai/builtin/write-email";
import type { ModelEmail } from "@/domain/email/content";
import type { BrandProfile } from "@/domain/brand-profile";
import type { Database, Transaction } from "@/server/db/client";
import { brandChunks, builtinModels, trainingExamples, type BuiltinModel, type BuiltinSnapshot } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { enqueueJobs } from "@/server/queue/enqueue";

export const BUILTIN_TRAIN_JOB = "builtin.train";

/** Trains a candidate version from the tenant's current corpus (not stored: the retrain gate decides). */
export async function trainBuiltinCandidate(tx: Transaction, tenantId: string): Promise<Omit<BuiltinSnapshot, "version">> {
  const [chunks, examples] = await Promise.all([
    tx.select({ section: brandChunks.section, text: brandChunks.text }).from(brandChunks).where(eq(brandChunks.tenantId, tenantId)).orderBy(brandChunks.guideId, brandChunks.ordinal),
    tx.select({ answer: trainingExamples.answer }).from(trainingExamples).where(eq(trainingExamples.tenantId, tenantId)),
  ]);
  const corpus = { guide: chunks.map((c) => c.text), approved: examples.map((e) => approvedText(e.answer)) };
  // The guide's example copy is the brand's voice as it wants to be read: a source of lines beside approved drafts.
  const guideLines = exampleCopyLines(chunks);
  const started = performance.now();
  // Approved copy counts twice: it is the writing the tenant signed off on.
  const model = trainLanguageModel([...corpus.guide, ...corpus.approved, ...corpus.approved]);
  const voiceLines = [...new Set(corpus.approved.flatMap(sentences))].filter((s) => {
    const n = s.split(/\s+/).length;
    return n >= 5 && n <= 25 && !/\d/.test(s) && !/[{}]/.test(s);
  });
  return { model, voiceLines: [...new Set([...voiceLines.slice(0, 160), ...guideLines])].slice(0, 200), documents: corpus.guide.length + corpus.approved.length, tokens: model.tokens, trainMs: performance.now() - started, trainedAt: new Date().toISOString() };
}

/** The active version's columns from a snapshot. */
export function activeColumns(snapshot: BuiltinSnapshot) {
  return { version: snapshot.version, model: snapshot.model, voiceLines: snapshot.voiceLines, documents: snapshot.documents, tokens: snapshot.tokens, trainMs: snapshot.trainMs, trainedAt: new Date(snapshot.trainedAt) };
}

export function snapshotOf(row: BuiltinModel): BuiltinSnapshot {
  return { version: row.version, model: row.model, voiceLines: row.voiceLines, documents: row.documents, tokens: row.tokens, trainMs: row.trainMs, trainedAt: row.trainedAt.toISOString() };
}

/** The stored model; a tenant's first version is trained on first use (there is nothing to compare it with). */
export async function builtinModelFor(db: Database, tenantId: string): Promise<BuiltinModel> {
  const [row] = await withTenant(db, tenantId, (tx) => tx.select().from(builtinModels).where(eq(builtinModels.tenantId, tenantId)));
  if (row) return row;
  return withTenant(db, tenantId, async (tx) => {
    const first = activeColumns({ ...(await trainBuiltinCandidate(tx, tenantId)), version: 1 });
    // Another worker may have stored it meanwhile: its row wins.
    await tx.insert(builtinModels).values({ tenantId, ...first }).onConflictDoNothing();
    const [stored] = await tx.select().from(builtinModels).where(eq(builtinModels.tenantId, tenantId));
    return stored!;
  });
}

export function builtinRules(profile: BrandProfile | null): BuiltinRules {
  return {
    bannedTerms: profile?.bannedTerms.map((b) => ({ term: b.term, replacement: b.replacement })) ?? [],
    preferredTerms: profile?.preferredTerms.map((p) => p.term) ?? [],
    signOff: profile?.formatting.signOff ?? null,
    maxExclamations: profile?.formatting.maxExclamations ?? null,
    allowEmoji: profile?.formatting.allowEmoji ?? null,
    productNames: profile?.productSpellings.map((p) => p.name) ?? [],
    noExclamationInSubject: profile?.formatting.noExclamationInSubject ?? null,
    voiceTraits: profile?.voiceTraits.map((t) => t.trait) ?? [],
  };
}

/** Approved examples are stored in the model's JSON shape; their words are what trains. */
function approvedText(answer: string): string {
  try {
    // One line per field or block; a heading without a full stop still ends its sentence.
    return emailText(JSON.parse(answer) as ModelEmail)
      .split("\n")
      .filter(Boolean)
      .map((line) => (/[.!?]$/.test(line) ? line : `${line}.`))
      .join(" ");
  } catch {
    return answer;
  }
}

/** Queues retraining after the corpus changed (inside the caller's tenant transaction). */
export async function queueBuiltinTraining(tx: Transaction, tenantId: string) {
  await enqueueJobs(tx, tenantId, [{ type: BUILTIN_TRAIN_JOB, payload: {}, priority: "batch", maxAttempts: 3 }]);
}

/**
 * Streams a finished answer to the page the way a model's tokens arrive:
 * word by word, a few milliseconds apart (BUILTIN_TOKEN_MS, default 6), so
 * the live view behaves the same for both providers.
 */
export async function streamAnswer(text: string, emit: (token: string) => void, signal: AbortSignal): Promise<void> {
  const pause = Number(process.env.BUILTIN_TOKEN_MS ?? 6);
  const tokens = text.match(/\s*\S+|\s+$/g) ?? [text];
  for (const token of tokens) {
    signal.throwIfAborted();
    emit(token);
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
  }
}
