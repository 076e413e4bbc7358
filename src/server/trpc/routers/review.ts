import { z } from "zod";
import { diffContents } from "@/domain/diff";
import { DRAFT_STATUSES } from "@/domain/review";
import { addComment, listComments } from "@/server/services/comments";
import { EXPORT_FORMATS, exportDraft } from "@/server/services/draft-export";
import { revisionContent } from "@/server/services/drafts";
import { actOnDraft, bulkApprove, draftHistory, getReviewPolicy, reviewQueue, saveReviewPolicy } from "@/server/services/review";
import { createTRPCRouter, tenantProcedure } from "../init";

const draftId = z.uuid({ message: "That draft id is not valid. Reload the page." });
const deciders = ["owner", "admin", "reviewer"] as const;

export const reviewRouter = createTRPCRouter({
  queue: tenantProcedure()
    .input(
      z.object({
        status: z.enum(DRAFT_STATUSES).optional(),
        campaignId: z.uuid().optional(),
        authorId: z.uuid().optional(),
        minScore: z.number().int().min(0).max(100).optional(),
        maxScore: z.number().int().min(0).max(100).optional(),
        olderThanDays: z.number().int().min(1).max(365).optional(),
        sort: z.enum(["oldest", "newest", "score_asc", "score_desc"]).optional(),
        mine: z.boolean().optional(),
      }),
    )
    .query(({ ctx, input }) => reviewQueue(ctx.service, input)),
  decide: tenantProcedure(...deciders)
    .input(z.object({ draftId, action: z.enum(["approve", "request_changes", "reject"]), version: z.number().int(), reason: z.string().max(2_000, "Keep the reason under 2,000 characters.").optional() }))
    .mutation(({ ctx, input }) => actOnDraft(ctx.service, input.draftId, input)),
  bulkApprove: tenantProcedure(...deciders)
    .input(z.object({ drafts: z.array(z.object({ draftId, version: z.number().int() })), minScore: z.number().int().min(0).max(100) }))
    .mutation(({ ctx, input }) => bulkApprove(ctx.service, input)),
  history: tenantProcedure()
    .input(z.object({ draftId }))
    .query(({ ctx, input }) => draftHistory(ctx.service, input.draftId)),
  /** Side-by-side differences between two revisions of a draft. */
  diff: tenantProcedure()
    .input(z.object({ draftId, from: z.number().int().min(1), to: z.number().int().min(1) }))
    .query(async ({ ctx, input }) => {
      const [a, b] = await Promise.all([revisionContent(ctx.service, input.draftId, input.from), revisionContent(ctx.service, input.draftId, input.to)]);
      return { from: input.from, to: input.to, fields: diffContents(a.content, b.content) };
    }),
  comments: tenantProcedure()
    .input(z.object({ draftId }))
    .query(({ ctx, input }) => listComments(ctx.service, input.draftId)),
  comment: tenantProcedure()
    .input(z.object({ draftId, body: z.string(), blockIndex: z.number().int().min(0).nullable().optional(), parentId: z.uuid().nullable().optional() }))
    .mutation(({ ctx, input }) => addComment(ctx.service, input.draftId, input)),
  export: tenantProcedure("owner", "admin", "marketer")
    .input(z.object({ draftId, format: z.enum(EXPORT_FORMATS), version: z.number().int() }))
    .mutation(({ ctx, input }) => exportDraft(ctx.service, input.draftId, input)),
  policy: tenantProcedure().query(({ ctx }) => getReviewPolicy(ctx.service)),
  savePolicy: tenantProcedure("owner", "admin")
    .input(z.object({ requiredApprovals: z.number().int(), minScore: z.number().int().nullable(), minQuality: z.number().int().nullable().default(null) }))
    .mutation(({ ctx, input }) => saveReviewPolicy(ctx.service, input)),
});
