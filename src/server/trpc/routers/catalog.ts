import { z } from "zod";
import { IMPORT_KINDS } from "@/domain/catalog/rows";
import { audienceSummary, deleteSegment, listProducts, listSegments, previewSegment, saveSegment } from "@/server/services/catalog";
import { listImports, startImport } from "@/server/services/catalog-imports";
import { customerRecommendations, listRuns, segmentRecommendations, startTraining } from "@/server/services/recommendations";
import { createTRPCRouter, tenantProcedure } from "../init";

const writers = ["owner", "admin", "marketer"] as const;
const segmentId = z.uuid({ message: "That segment id is not valid. Reload the page." });

export const catalogRouter = createTRPCRouter({
  products: tenantProcedure()
    .input(z.object({ q: z.string().max(200).optional(), category: z.string().max(120).optional(), inStock: z.boolean().optional(), limit: z.number().int().min(1).max(200).optional(), offset: z.number().int().min(0).optional() }))
    .query(({ ctx, input }) => listProducts(ctx.service, input)),
  summary: tenantProcedure().query(({ ctx }) => audienceSummary(ctx.service)),
  imports: tenantProcedure()
    .input(z.object({ kind: z.enum(IMPORT_KINDS).optional() }))
    .query(({ ctx, input }) => listImports(ctx.service, input.kind)),
  startImport: tenantProcedure(...writers)
    .input(z.object({ importId: z.uuid(), mapping: z.record(z.string(), z.number().int().min(0).nullable()), mode: z.enum(["all", "valid"]) }))
    .mutation(({ ctx, input }) => startImport(ctx.service, input.importId, input)),
  segments: tenantProcedure().query(({ ctx }) => listSegments(ctx.service)),
  previewSegment: tenantProcedure()
    .input(z.object({ rules: z.unknown() }))
    .query(({ ctx, input }) => previewSegment(ctx.service, input.rules)),
  saveSegment: tenantProcedure(...writers)
    .input(z.object({ segmentId: segmentId.optional(), name: z.string().max(120, "Keep the name under 120 characters."), rules: z.unknown() }))
    .mutation(({ ctx, input }) => saveSegment(ctx.service, input)),
  deleteSegment: tenantProcedure(...writers)
    .input(z.object({ segmentId }))
    .mutation(({ ctx, input }) => deleteSegment(ctx.service, input.segmentId)),
  train: tenantProcedure(...writers).mutation(({ ctx }) => startTraining(ctx.service)),
  runs: tenantProcedure().query(({ ctx }) => listRuns(ctx.service)),
  recommendations: tenantProcedure()
    .input(z.object({ segmentId, k: z.number().int().min(1).max(12).optional() }))
    .query(({ ctx, input }) => segmentRecommendations(ctx.service, input.segmentId, input.k)),
  customerRecommendations: tenantProcedure()
    .input(z.object({ externalId: z.string().min(1, "Enter a customer ID.").max(200), k: z.number().int().min(1).max(12).optional() }))
    .query(({ ctx, input }) => customerRecommendations(ctx.service, input.externalId, input.k)),
});
