import { z } from "zod";
import { REWRITE_STYLES, getDraft, previewDraft, revisionContent, rewriteBlock, saveRevision, submitForReview } from "@/server/services/drafts";
import { sendTestEmail } from "@/server/services/draft-test-email";
import { createTRPCRouter, tenantProcedure } from "../init";

const draftId = z.uuid({ message: "That draft id is not valid. Reload the page." });
const writers = ["owner", "admin", "marketer"] as const;

export const draftsRouter = createTRPCRouter({
  get: tenantProcedure()
    .input(z.object({ draftId }))
    .query(({ ctx, input }) => getDraft(ctx.service, input.draftId)),
  revision: tenantProcedure()
    .input(z.object({ draftId, number: z.number().int().min(1) }))
    .query(({ ctx, input }) => revisionContent(ctx.service, input.draftId, input.number)),
  /** Renders unsaved content for the live preview, with its compliance report. */
  preview: tenantProcedure()
    .input(z.object({ content: z.unknown(), draftId: draftId.optional() }))
    .mutation(({ ctx, input }) => previewDraft(ctx.service, input.content, input.draftId)),
  save: tenantProcedure(...writers)
    .input(z.object({ draftId, content: z.unknown(), baseRevision: z.number().int().min(0), note: z.string().max(300).optional() }))
    .mutation(({ ctx, input }) => saveRevision(ctx.service, input.draftId, input)),
  /** Mails the current revision, rendered as exported, to the sender or up to 5 addresses (any member may test what they read). */
  sendTest: tenantProcedure()
    .input(z.object({ draftId, to: z.array(z.string().max(320)).max(5, "Send a test to at most 5 addresses at a time.") }))
    .mutation(({ ctx, input }) => sendTestEmail(ctx.service, input.draftId, input)),
  rewriteBlock: tenantProcedure(...writers)
    .input(z.object({ draftId, block: z.unknown(), style: z.enum(REWRITE_STYLES) }))
    .mutation(({ ctx, input }) => rewriteBlock(ctx.service, input.draftId, input)),
  submit: tenantProcedure(...writers)
    .input(z.object({ draftId, version: z.number().int() }))
    .mutation(({ ctx, input }) => submitForReview(ctx.service, input.draftId, input)),
});
