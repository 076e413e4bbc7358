import { z } from "zod";
import {
  activateTenantModel,
  createTenantModelVersion,
  deleteTenantModel,
  listBaseModels,
  listTenantModels,
  modelServerConfigured,
  modelServerStatus,
  pullBaseModel,
  tryTenantModel,
} from "@/server/services/tenant-models";
import { describeEvaluationSet, saveEvaluationSet } from "@/server/services/model-evaluations";
import { builtinModelStatus, rollbackBuiltin, useHeldBackBuiltin } from "@/server/services/builtin-model";
import { servingEnginesStatus } from "@/server/services/serving-engines";
import { createTRPCRouter, tenantProcedure } from "../init";

const admins = () => tenantProcedure("owner", "admin");
const tenantModelId = z.uuid({ message: "That model version id is not valid. Reload the page." });

export const modelsRouter = createTRPCRouter({
  bases: admins().query(() => listBaseModels()),
  /** The briefs a new version is evaluated on, and the campaigns one can choose them from. */
  evaluationSet: admins().query(({ ctx }) => describeEvaluationSet(ctx.service)),
  /** Campaigns to evaluate on (null: back to the approved briefs and standard ones). */
  saveEvaluationSet: admins()
    .input(z.object({ campaignIds: z.array(z.uuid()).max(50, "Choose at most 50 campaigns.").nullable() }))
    .mutation(({ ctx, input }) => saveEvaluationSet(ctx.service, input.campaignIds)),
  list: admins().query(({ ctx }) => listTenantModels(ctx.service)),
  create: admins()
    .input(
      z.object({
        base: z.string().optional(),
        system: z.string().max(8000).optional(),
        temperature: z.number().optional(),
        adapter: z.object({ digest: z.string().regex(/^sha256:[0-9a-f]{64}$/), filename: z.string().max(200) }).optional(),
      }),
    )
    .mutation(({ ctx, input }) => createTenantModelVersion(ctx.service, input)),
  /** Activating an older ready version is the rollback (audited as model.rolled_back); a newer one must pass its evaluation or an owner gives a reason. */
  activate: admins()
    .input(z.object({ tenantModelId, overrideReason: z.string().max(1_000, "Keep the reason under 1,000 characters.").optional() }))
    .mutation(({ ctx, input }) => activateTenantModel(ctx.service, input)),
  delete: admins()
    .input(z.object({ tenantModelId }))
    .mutation(({ ctx, input }) => deleteTenantModel(ctx.service, input)),
  /** Marketers may try the active model too: it is how they get a feel for it. */
  try: tenantProcedure("owner", "admin", "marketer")
    .input(z.object({ prompt: z.string().max(4000, "Keep the prompt under 4000 characters."), tenantModelId: tenantModelId.optional() }))
    .mutation(({ ctx, input }) => tryTenantModel(ctx.service, input)),
  configured: tenantProcedure().query(() => modelServerConfigured()),
  /** The builtin model: its live version, the one before, a retrain the evaluation held back, and that comparison. */
  builtin: admins().query(({ ctx }) => builtinModelStatus(ctx.service)),
  /** Owners only (the service checks): a held-back retrain goes live anyway, with the reason in the audit log. */
  useHeldBackBuiltin: tenantProcedure("owner")
    .input(z.object({ reason: z.string().max(1_000, "Keep the reason under 1,000 characters.") }))
    .mutation(({ ctx, input }) => useHeldBackBuiltin(ctx.service, input)),
  rollbackBuiltin: admins().mutation(({ ctx }) => rollbackBuiltin(ctx.service)),
  server: admins().query(() => modelServerStatus()),
  /** OpenAI-compatible multi-LoRA engines (vLLM): served base, runtime LoRA loading, registered adapters. */
  engines: admins().query(() => servingEnginesStatus()),
  pullBase: admins()
    .input(z.object({ base: z.string() }))
    .mutation(({ ctx, input }) => pullBaseModel(ctx.service, input)),
});
