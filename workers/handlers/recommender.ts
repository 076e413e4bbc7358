/** Trains the tenant's recommender: offline evaluation (which also tunes it to the shop), then the model on all events, stored and announced. */
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { NonRetryableError } from "@/server/queue/errors";
import { RECOMMENDER_JOB } from "@/server/services/recommendations";
import { NothingToTrainOn, trainRun } from "@/server/services/recommender-training";
import { defineHandler } from "../registry";

export const trainRecommenderJob = defineHandler({
  type: RECOMMENDER_JOB,
  payload: z.object({ runId: z.uuid() }),
  async run(payload, context) {
    try {
      return await trainRun(getDb(), context.tenantId, payload.runId, (percent, message) => context.progress({ percent, message }));
    } catch (error) {
      // The run is marked failed either way; a second attempt would read the same data and fail the same way.
      if (error instanceof NothingToTrainOn) throw new NonRetryableError(error.message);
      throw new NonRetryableError(`Training failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  },
});
