import { z } from "zod";
import { CAMPAIGN_STATUSES } from "@/server/db/schema";
import { cancelGeneration, createCampaign, generateVariants, getCampaign, listCampaigns, retryVariant, setCampaignStatus, updateBrief } from "@/server/services/campaigns";
import { sampleBrief } from "@/server/services/setup";
import { createTRPCRouter, tenantProcedure } from "../init";

const campaignId = z.uuid({ message: "That campaign id is not valid. Go back to Campaigns and open it again." });
const draftId = z.uuid({ message: "That draft id is not valid. Reload the page." });
const writers = ["owner", "admin", "marketer"] as const;

export const campaignsRouter = createTRPCRouter({
  list: tenantProcedure()
    .input(z.object({ status: z.enum(CAMPAIGN_STATUSES).default("active") }))
    .query(({ ctx, input }) => listCampaigns(ctx.service, input)),
  get: tenantProcedure()
    .input(z.object({ campaignId }))
    .query(({ ctx, input }) => getCampaign(ctx.service, input.campaignId)),
  /** The brief is validated by the service (domain/campaign/brief.ts) so the form and the API say the same thing. */
  create: tenantProcedure(...writers)
    .input(z.object({ brief: z.unknown() }))
    .mutation(({ ctx, input }) => createCampaign(ctx.service, input.brief)),
  updateBrief: tenantProcedure(...writers)
    .input(z.object({ campaignId, brief: z.unknown() }))
    .mutation(({ ctx, input }) => updateBrief(ctx.service, input.campaignId, input.brief)),
  archive: tenantProcedure(...writers)
    .input(z.object({ campaignId }))
    .mutation(({ ctx, input }) => setCampaignStatus(ctx.service, input.campaignId, "archived")),
  restore: tenantProcedure(...writers)
    .input(z.object({ campaignId }))
    .mutation(({ ctx, input }) => setCampaignStatus(ctx.service, input.campaignId, "active")),
  generate: tenantProcedure(...writers)
    .input(z.object({ campaignId, variants: z.number().int().optional() }))
    .mutation(({ ctx, input }) => generateVariants(ctx.service, input.campaignId, { variants: input.variants })),
  retryVariant: tenantProcedure(...writers)
    .input(z.object({ draftId }))
    .mutation(({ ctx, input }) => retryVariant(ctx.service, input.draftId)),
  /** A first brief to start from, drawn from the workspace's products and profile (the dashboard's "Write your first campaign"). */
  sampleBrief: tenantProcedure(...writers).query(({ ctx }) => sampleBrief(ctx.service)),
  /** Stops the variants of this campaign still waiting or being written; each can be tried again. */
  cancelGeneration: tenantProcedure(...writers)
    .input(z.object({ campaignId }))
    .mutation(({ ctx, input }) => cancelGeneration(ctx.service, input.campaignId)),
});
