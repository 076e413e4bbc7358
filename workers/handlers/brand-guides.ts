/** Parses, chunks and indexes an uploaded brand guide, with progress. Idempotent: a re-run replaces the guide's chunks. */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { chunkGuide } from "@/domain/brand-guide/sections";
import { embedTexts } from "@/server/brand/embeddings";
import { GuideParseError, parseGuide } from "@/server/brand/parse-guide";
import { getDb } from "@/server/db/client";
import { brandChunks, brandGuideFiles, brandGuides } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { NonRetryableError } from "@/server/queue/errors";
import { queueBuiltinTraining } from "@/server/models/builtin";
import { queueProfileReading } from "@/server/services/brand-profile";
import { defineHandler } from "../registry";
import { loadTenantFile } from "@/server/storage/tenant-files";

export const ingestBrandGuide = defineHandler({
  type: "brand.ingest",
  payload: z.object({ guideId: z.uuid() }),
  async run(payload, context) {
    const db = getDb();
    const setStatus = (values: Partial<typeof brandGuides.$inferInsert>) =>
      withTenant(db, context.tenantId, (tx) =>
        tx.update(brandGuides).set(values).where(and(eq(brandGuides.id, payload.guideId), eq(brandGuides.tenantId, context.tenantId))),
      );
    const [file] = await withTenant(db, context.tenantId, (tx) =>
      tx
        .select({ kind: brandGuides.kind, data: brandGuideFiles.data, key: brandGuideFiles.storageKey })
        .from(brandGuides)
        .innerJoin(brandGuideFiles, eq(brandGuideFiles.guideId, brandGuides.id))
        .where(and(eq(brandGuides.id, payload.guideId), eq(brandGuides.tenantId, context.tenantId))),
    );
    if (!file) throw new NonRetryableError("The guide was deleted before it could be read.");
    await setStatus({ status: "processing", error: null });
    await context.progress({ percent: 10, message: "Reading the file" });

    let pages;
    try {
      pages = await parseGuide(file.kind, new Uint8Array(await loadTenantFile(file)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await setStatus({ status: "failed", error: message });
      throw error instanceof GuideParseError ? new NonRetryableError(message) : error;
    }
    await context.progress({ percent: 60, message: `Splitting ${pages.length} page${pages.length === 1 ? "" : "s"} into passages` });
    const chunks = chunkGuide(pages);
    if (chunks.length === 0) {
      const message = "The guide has no text to learn from. Check that you uploaded the right file.";
      await setStatus({ status: "failed", error: message });
      throw new NonRetryableError(message);
    }
    let embeddings: number[][] | null = null;
    try {
      embeddings = await embedTexts(chunks.map((c) => `${c.section}\n${c.text}`), context.signal);
      if (embeddings) await context.progress({ percent: 80, message: `Embedded ${chunks.length} passages` });
    } catch (error) {
      // Full-text search still works; embeddings are an addition, not a requirement.
      context.log.warn({ err: error instanceof Error ? error.message : error }, "embedding the guide failed; full-text search only");
    }
    await withTenant(db, context.tenantId, async (tx) => {
      await tx.delete(brandChunks).where(and(eq(brandChunks.guideId, payload.guideId), eq(brandChunks.tenantId, context.tenantId)));
      for (let i = 0; i < chunks.length; i += 500) {
        await tx
          .insert(brandChunks)
          .values(chunks.slice(i, i + 500).map((c, j) => ({ ...c, tenantId: context.tenantId, guideId: payload.guideId, embedding: embeddings?.[i + j] ?? null })));
      }
      await tx
        .update(brandGuides)
        .set({ status: "ready", error: null, chunks: chunks.length, pages: pages.some((p) => p.page !== null) ? pages.length : null })
        .where(and(eq(brandGuides.id, payload.guideId), eq(brandGuides.tenantId, context.tenantId)));
      // The builtin model learns from the new passages, and the profile is read again with them.
      await queueBuiltinTraining(tx, context.tenantId);
      const [guide] = await tx.select({ createdBy: brandGuides.createdBy }).from(brandGuides).where(and(eq(brandGuides.id, payload.guideId), eq(brandGuides.tenantId, context.tenantId)));
      await queueProfileReading(tx, context.tenantId, guide?.createdBy ?? null);
    });
    await context.progress({ percent: 100, message: `Indexed ${chunks.length} passages` });
    return { chunks: chunks.length, pages: pages.length };
  },
});
