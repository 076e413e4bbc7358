/** Retrains the tenant's builtin model after its corpus changed (a guide read, a draft approved). */
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { BUILTIN_TRAIN_JOB, trainBuiltinModel } from "@/server/models/builtin";
import { defineHandler } from "../registry";

export const trainBuiltin = defineHandler({
  type: BUILTIN_TRAIN_JOB,
  payload: z.object({}).passthrough(),
  async run(_payload, context) {
    const model = await trainBuiltinModel(getDb(), context.tenantId);
    return { version: model.version, documents: model.documents, tokens: model.tokens, trainMs: Math.round(model.trainMs) };
  },
});
