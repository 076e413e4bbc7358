/**
 * The tenant's builtin model: trained (in process, in well under a second
 * for a 100-page guide) on the tenant's own corpus — guide passages and
 * approved drafts — and stored per tenant. Nothing leaves the tenant.
 */
import { eq } from "drizzle-orm";
import { trainLanguageModel, sentences } from "@/ai/builtin/language-model";
import { emailText, type BuiltinRules } from "@/ai/builtin/write-email";
import type { ModelEmail } from "@/domain/email/content";
import type { BrandProfile } from "@/domain/brand-profile";
import type { Database, Transaction } from "@/server/db/client";
import { brandChunks, builtinModels, trainingExamples, type BuiltinModel } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { enqueueJobs } from "@/server/queue/enqueue";

export const BUILTIN_TRAIN_JOB = "builtin.train";

/** Trains a new version from the tenant's current corpus and stores it. */
export async function trainBuiltinModel(db: Database, tenantId: string): Promise<BuiltinModel> {
  const corpus = await withTenant(db, tenantId, async (tx) => {
    const [chunks, examples] = await Promise.all([
      tx.select({ text: brandChunks.text }).from(brandChunks).where(eq(brandChunks.tenantId, tenantId)),
      tx.select({ answer: trainingExamples.answer }).from(trainingExamples).where(eq(trainingExamples.tenantId, tenantId)),
    ]);
    return { guide: chunks.map((c) => c.text), approved: examples.map((e) => approvedText(e.answer)) };
  });
  const started = performance.now();
  // Approved copy counts twice: it is the writing the tenant signed off on.
  const model = trainLanguageModel([...corpus.guide, ...corpus.approved, ...corpus.approved]);
  const voiceLines = [...new Set(corpus.approved.flatMap(sentences))].filter((s) => {
    const n = s.split(/\s+/).length;
    return n >= 5 && n <= 25 && !/\d/.test(s) && !/[{}]/.test(s);
  });
  const trainMs = performance.now() - started;
  return withTenant(db, tenantId, async (tx) => {
    const [current] = await tx.select({ version: builtinModels.version }).from(builtinModels).where(eq(builtinModels.tenantId, tenantId)).for("update");
    const values = { model, voiceLines: voiceLines.slice(0, 200), documents: corpus.guide.length + corpus.approved.length, tokens: model.tokens, trainMs, trainedAt: new Date() };
    const [row] = await tx
      .insert(builtinModels)
      .values({ tenantId, version: (current?.version ?? 0) + 1, ...values })
      .onConflictDoUpdate({ target: builtinModels.tenantId, set: { version: (current?.version ?? 0) + 1, ...values } })
      .returning();
    return row!;
  });
}

/** The stored model, trained first when the tenant has none yet. */
export async function builtinModelFor(db: Database, tenantId: string): Promise<BuiltinModel> {
  const [row] = await withTenant(db, tenantId, (tx) => tx.select().from(builtinModels).where(eq(builtinModels.tenantId, tenantId)));
  return row ?? trainBuiltinModel(db, tenantId);
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
