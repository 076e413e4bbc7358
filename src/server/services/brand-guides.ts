import { createHash, randomUUID } from "node:crypto";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { RetrievedPassage } from "@/domain/campaign/prompt";
import { GuideSniffer, nameMismatch } from "@/domain/brand-guide/detect";
import { brandChunks, brandGuideFiles, brandGuides } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { cosine, embedModelName, embedTexts } from "@/server/brand/embeddings";
import { queueBuiltinTraining } from "@/server/models/builtin";
import { enqueueJobs } from "@/server/queue/enqueue";
import { recordAudit } from "./audit";
import { queueProfileReading } from "./brand-profile";
import type { ServiceContext } from "./context";
import { badRequest, notFound, tooLarge } from "./errors";
import { loadTenantFile, moveTenantFile, removeTenantFile, storeTenantUpload } from "@/server/storage/tenant-files";

type TenantDb = Pick<ServiceContext, "db" | "tenantId">;

/** GUIDE_MAX_MB, default 25. */
export function guideMaxBytes(): number {
  return Number(process.env.GUIDE_MAX_MB ?? 25) * 1024 * 1024;
}

export function guideTooLarge(): string {
  return `The guide is larger than ${Math.round(guideMaxBytes() / 1024 / 1024)} MB. Split it, compress its images, or raise GUIDE_MAX_MB.`;
}

/**
 * Stores an uploaded guide (type decided by content, deduplicated by sha256)
 * and queues its parsing and indexing, in one transaction: a failure later
 * never loses the original. The upload streams to the file storage under a
 * temporary name, hashed and sniffed on the way, then moves to its content
 * address; without STORAGE_URL it is read into the row as before.
 */
export async function uploadGuide(ctx: ServiceContext, input: { filename: string; body: AsyncIterable<Uint8Array>; readAsDetected?: boolean }) {
  const sniffer = new GuideSniffer();
  const hash = createHash("sha256");
  let size = 0;
  const checked = async function* () {
    for await (const chunk of input.body) {
      size += chunk.byteLength;
      if (size > guideMaxBytes()) throw tooLarge(guideTooLarge());
      sniffer.add(chunk);
      hash.update(chunk);
      yield chunk;
    }
  };
  const upload = await storeTenantUpload("guides", ctx.tenantId, `uploads/${randomUUID()}`, checked());
  try {
    const detection = sniffer.detection();
    if (!detection.ok) throw badRequest(detection.reason);
    // A text file named .pdf is read as text only once the person says so: they may have picked the wrong file.
    const mismatch = nameMismatch(input.filename, detection.kind);
    if (mismatch && !input.readAsDetected) throw Object.assign(badRequest(mismatch), { readAs: detection.kind });
    const sha256 = hash.digest("hex");
    const filename = input.filename.replace(/[\\/]/g, "_").slice(0, 200) || "brand-guide";
    const existing = await guideWithContent(ctx, sha256);
    if (existing) {
      await removeTenantFile(upload.key);
      return { guide: existing, duplicate: true, jobId: null };
    }
    // Named by content: an upload racing this one with the same bytes moves the same bytes to the same key.
    const stored = await moveTenantFile(upload, "guides", ctx.tenantId, sha256);
    return await withTenant(ctx.db, ctx.tenantId, async (tx) => {
      const [existing] = await tx
        .select()
        .from(brandGuides)
        .where(and(eq(brandGuides.tenantId, ctx.tenantId), eq(brandGuides.sha256, sha256)));
      if (existing) return { guide: existing, duplicate: true, jobId: null };
      const [guide] = await tx
        .insert(brandGuides)
        .values({ tenantId: ctx.tenantId, filename, kind: detection.kind, size: upload.size, sha256, createdBy: ctx.actor.userId })
        .returning();
      await tx.insert(brandGuideFiles).values({ guideId: guide!.id, tenantId: ctx.tenantId, data: stored.data, storageKey: stored.key });
      const [job] = await enqueueJobs(tx, ctx.tenantId, [
        { type: "brand.ingest", payload: { guideId: guide!.id }, priority: "interactive", createdBy: ctx.actor.userId, maxAttempts: 3 },
      ]);
      await recordAudit(tx, ctx.tenantId, ctx.actor.userId, {
        action: "brand_guide.uploaded",
        objectType: "brand_guide",
        objectId: guide!.id,
        details: { filename, kind: detection.kind, size: upload.size },
      });
      return { guide: guide!, duplicate: false, jobId: job!.id };
    });
  } catch (error) {
    // The temporary file; once moved, the content address is kept (another guide may name the same bytes).
    await removeTenantFile(upload.key);
    throw error;
  }
}

async function guideWithContent(ctx: ServiceContext, sha256: string) {
  const [guide] = await withTenant(ctx.db, ctx.tenantId, (tx) =>
    tx
      .select()
      .from(brandGuides)
      .where(and(eq(brandGuides.tenantId, ctx.tenantId), eq(brandGuides.sha256, sha256))),
  );
  return guide;
}

export async function listGuides(ctx: ServiceContext) {
  return withTenant(ctx.db, ctx.tenantId, (tx) =>
    tx.select().from(brandGuides).where(eq(brandGuides.tenantId, ctx.tenantId)).orderBy(desc(brandGuides.createdAt)),
  );
}

export async function guideFile(ctx: ServiceContext, guideId: string) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [row] = await tx
      .select({ filename: brandGuides.filename, kind: brandGuides.kind, data: brandGuideFiles.data, key: brandGuideFiles.storageKey })
      .from(brandGuides)
      .innerJoin(brandGuideFiles, eq(brandGuideFiles.guideId, brandGuides.id))
      .where(and(eq(brandGuides.id, guideId), eq(brandGuides.tenantId, ctx.tenantId)));
    if (!row) throw notFound("That guide does not exist in this workspace.");
    return row;
  }).then(async (row) => ({ filename: row.filename, kind: row.kind, data: await loadTenantFile(row) }));
}

export async function deleteGuide(ctx: ServiceContext, guideId: string) {
  const deleted = await withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [file] = await tx
      .select({ key: brandGuideFiles.storageKey })
      .from(brandGuideFiles)
      .where(and(eq(brandGuideFiles.guideId, guideId), eq(brandGuideFiles.tenantId, ctx.tenantId)));
    const [row] = await tx
      .delete(brandGuides)
      .where(and(eq(brandGuides.id, guideId), eq(brandGuides.tenantId, ctx.tenantId)))
      .returning({ id: brandGuides.id, filename: brandGuides.filename });
    if (!row) throw notFound("That guide does not exist in this workspace.");
    await recordAudit(tx, ctx.tenantId, ctx.actor.userId, { action: "brand_guide.deleted", objectType: "brand_guide", objectId: row.id, details: { filename: row.filename } });
    // The builtin model forgets what it learned from this guide; the profile drops its rules (people's decisions stay).
    await queueBuiltinTraining(tx, ctx.tenantId);
    await queueProfileReading(tx, ctx.tenantId, ctx.actor.userId);
    return { row, key: file?.key ?? null };
  });
  await removeTenantFile(deleted.key);
  return deleted.row;
}

/**
 * Search over the tenant's guides: full-text always (matching words marked by
 * « »); when passages have embeddings, semantic neighbours too, merged by
 * reciprocal rank fusion.
 */
export async function searchGuides(ctx: TenantDb, query: string, limit = 10) {
  const q = query.trim();
  if (!q) return [];
  const [lexical, semantic] = await Promise.all([fullTextSearch(ctx, q, limit), semanticSearch(ctx, q, limit).catch(() => [])]);
  if (semantic.length === 0) return lexical;
  const byId = new Map([...semantic, ...lexical].map((hit) => [hit.chunkId, hit]));
  return reciprocalRankFusion(lexical, semantic)
    .slice(0, limit)
    .map((id) => byId.get(id)!);
}

/** Merges two rankings by reciprocal rank fusion (k = 60); returns chunk ids, best first. */
function reciprocalRankFusion(...rankings: { chunkId: string }[][]): string[] {
  const score = new Map<string, number>();
  for (const ranking of rankings) ranking.forEach((hit, rank) => score.set(hit.chunkId, (score.get(hit.chunkId) ?? 0) + 1 / (60 + rank)));
  return [...score.keys()].sort((a, b) => score.get(b)! - score.get(a)!);
}

/** What every search hit says about its passage. */
const passageColumns = {
  chunkId: brandChunks.id,
  guideId: brandChunks.guideId,
  filename: brandGuides.filename,
  section: brandChunks.section,
  page: brandChunks.page,
};

async function semanticSearch(ctx: TenantDb, q: string, limit: number) {
  const [queryVector] = (await embedTexts([q], AbortSignal.timeout(3_000))) ?? [];
  if (!queryVector) return [];
  const rows = await withTenant(ctx.db, ctx.tenantId, (tx) =>
    tx
      .select({ ...passageColumns, text: brandChunks.text, embedding: brandChunks.embedding })
      .from(brandChunks)
      .innerJoin(brandGuides, eq(brandGuides.id, brandChunks.guideId))
      .where(and(eq(brandChunks.tenantId, ctx.tenantId), sql`${brandChunks.embedding} is not null`)),
  );
  return rows
    .map((r) => ({ ...r, similarity: cosine(queryVector, r.embedding ?? []) }))
    .filter((r) => r.similarity > 0.2)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, limit)
    .map((r) => ({ chunkId: r.chunkId, guideId: r.guideId, filename: r.filename, section: r.section, page: r.page, rank: r.similarity, snippet: r.text.slice(0, 280) }));
}

async function fullTextSearch(ctx: TenantDb, q: string, limit: number) {
  const query = sql`websearch_to_tsquery('english', ${q})`;
  const rank = sql<number>`ts_rank(${brandChunks.search}, ${query})`;
  return withTenant(ctx.db, ctx.tenantId, (tx) =>
    tx
      .select({
        ...passageColumns,
        rank,
        snippet: sql<string>`ts_headline('english', ${brandChunks.text}, ${query}, 'StartSel=«, StopSel=», MaxWords=40, MinWords=15')`,
      })
      .from(brandChunks)
      .innerJoin(brandGuides, eq(brandGuides.id, brandChunks.guideId))
      .where(and(eq(brandChunks.tenantId, ctx.tenantId), sql`${brandChunks.search} @@ ${query}`))
      .orderBy(desc(rank))
      .limit(limit),
  );
}

/**
 * The passages most relevant to some text, whole, for a prompt: full-text
 * rank in one query, fused with meaning when embeddings are available (the
 * same ranking as search).
 */
export async function relevantPassages(ctx: TenantDb, query: string, limit: number): Promise<RetrievedPassage[]> {
  const q = query.trim();
  if (!q) return [];
  const tsquery = sql`websearch_to_tsquery('english', ${q})`;
  const rank = sql<number>`ts_rank(${brandChunks.search}, ${tsquery})`;
  const columns = { chunkId: brandChunks.id, guideId: brandChunks.guideId, documentName: brandGuides.filename, section: brandChunks.section, page: brandChunks.page, text: brandChunks.text };
  const [lexical, semantic] = await Promise.all([
    withTenant(ctx.db, ctx.tenantId, (tx) =>
      tx
        .select(columns)
        .from(brandChunks)
        .innerJoin(brandGuides, eq(brandGuides.id, brandChunks.guideId))
        .where(and(eq(brandChunks.tenantId, ctx.tenantId), sql`${brandChunks.search} @@ ${tsquery}`))
        .orderBy(desc(rank))
        .limit(limit),
    ),
    embedModelName() ? semanticSearch(ctx, q, limit).catch(() => []) : Promise.resolve([]),
  ]);
  if (semantic.length === 0) return lexical;
  const fused = reciprocalRankFusion(lexical, semantic);
  const missing = fused.filter((id) => !lexical.some((p) => p.chunkId === id)).slice(0, limit);
  const extra = missing.length
    ? await withTenant(ctx.db, ctx.tenantId, (tx) =>
        tx
          .select(columns)
          .from(brandChunks)
          .innerJoin(brandGuides, eq(brandGuides.id, brandChunks.guideId))
          .where(and(eq(brandChunks.tenantId, ctx.tenantId), inArray(brandChunks.id, missing))),
      )
    : [];
  const byId = new Map([...lexical, ...extra].map((p) => [p.chunkId, p]));
  return fused.flatMap((id) => byId.get(id) ?? []).slice(0, limit);
}
