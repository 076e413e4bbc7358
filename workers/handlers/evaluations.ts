/**
 * Evaluates a new model version against the active one: both write the
 * tenant's evaluation set through the gateway (structured output, the same
 * prompt a campaign uses), the service scores and saves each pair.
 */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/server/db/client";
import { modelEvaluations, organization } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { getServingProvider, noModelServer } from "@/server/models/provider";
import { NonRetryableError } from "@/server/queue/errors";
import { gatewayWriter, runEvaluation } from "@/server/services/model-evaluations";
import { defineHandler } from "../registry";

export const evaluateModel = defineHandler({
  type: "model.evaluate",
  payload: z.object({ evaluationId: z.uuid() }),
  async run(payload, context) {
    const server = getServingProvider();
    if (!server) throw new NonRetryableError(noModelServer());
    const db = getDb();
    const [tenant] = await withTenant(db, context.tenantId, (tx) => tx.select({ name: organization.name }).from(organization).where(eq(organization.id, context.tenantId)));
    const write = gatewayWriter(server, context.tenantId, tenant?.name ?? "the company");
    try {
      const summary = await runEvaluation(db, context.tenantId, payload.evaluationId, write, {
        signal: context.signal,
        progress: (done, total) => context.progress({ percent: Math.round((100 * done) / total), message: `${done} of ${total} briefs written by both versions` }),
      });
      return { verdict: summary.verdict, reasons: summary.reasons };
    } catch (error) {
      if (context.attempt >= context.maxAttempts || error instanceof NonRetryableError) {
        await withTenant(db, context.tenantId, (tx) =>
          tx
            .update(modelEvaluations)
            .set({ status: "failed", error: error instanceof Error ? error.message : String(error) })
            .where(and(eq(modelEvaluations.id, payload.evaluationId), eq(modelEvaluations.tenantId, context.tenantId))),
        );
      }
      throw error;
    }
  },
});
