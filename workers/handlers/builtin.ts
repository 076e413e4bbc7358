/** Retrains the tenant's builtin model after its corpus changed (a guide read, a draft approved), through the evaluation gate. */
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { BUILTIN_TRAIN_JOB } from "@/server/models/builtin";
import { retrainBuiltinModel } from "@/server/services/builtin-model";
import { defineHandler } from "../registry";

export const trainBuiltin = defineHandler({
  type: BUILTIN_TRAIN_JOB,
  payload: z.object({}).passthrough(),
  async run(_payload, context) {
    // The retrain is evaluated against the live version before it replaces it (services/builtin-model.ts).
    const result = await retrainBuiltinModel(getDb(), context.tenantId);
    return { version: result.version, outcome: result.outcome, reasons: result.evaluation?.summary.reasons ?? [], trainMs: Math.round(result.trainMs), evaluationMs: result.evaluation?.ms ?? null };
  },
});
