/**
 * Model jobs: build a tenant model version on every model host (through the
 * gateway's ensureModel, the same path that restores a version a host lost),
 * try a version with a prompt (streamed, stored as a generation), pull a
 * base model, remove a deleted version from the hosts.
 */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { ModelError } from "@/ai/errors";
import { createRequest } from "@/ai/tenant-model";
import { HOST_READY } from "@/domain/model-hosts";
import { getDb } from "@/server/db/client";
import { generations, tenantModels } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { getServingProvider, noModelServer } from "@/server/models/provider";
import { tenantModelGateway } from "@/server/models/tenant-gateway";
import { NonRetryableError } from "@/server/queue/errors";
import { queueEvaluation } from "@/server/services/model-evaluations";
import { defineHandler, type JobContext } from "../registry";

function provider() {
  const p = getServingProvider();
  if (!p) throw new NonRetryableError(noModelServer());
  return p;
}

async function loadModel(tenantId: string, tenantModelId: string) {
  const [row] = await withTenant(getDb(), tenantId, (tx) =>
    tx.select().from(tenantModels).where(and(eq(tenantModels.id, tenantModelId), eq(tenantModels.tenantId, tenantId))),
  );
  if (!row) throw new NonRetryableError("This model version was deleted before it could be used.");
  return row;
}

async function updateModel(tenantId: string, id: string, values: Partial<typeof tenantModels.$inferInsert>) {
  await withTenant(getDb(), tenantId, (tx) =>
    tx.update(tenantModels).set(values).where(and(eq(tenantModels.id, id), eq(tenantModels.tenantId, tenantId))),
  );
}

function percentOf(p: { completed?: number; total?: number }): number | undefined {
  return p.total ? Math.min(99, Math.round(((p.completed ?? 0) / p.total) * 100)) : undefined;
}

/** Progress updates are rate-limited: pulls report hundreds of lines. */
function throttledProgress(context: JobContext) {
  let last = 0;
  return (update: { percent?: number; message?: string }) => {
    const now = Date.now();
    if (now - last < 250) return;
    last = now;
    void context.progress(update).catch(() => undefined);
  };
}

export const createTenantModel = defineHandler({
  type: "model.create",
  payload: z.object({ tenantModelId: z.uuid() }),
  async run(payload, context) {
    const model = await loadModel(context.tenantId, payload.tenantModelId);
    const server = provider();
    await updateModel(context.tenantId, model.id, { status: "creating", error: null });
    const progress = throttledProgress(context);
    const gateway = tenantModelGateway(server, context.tenantId, {
      onProgress: (p) => progress({ percent: percentOf(p), message: `${new URL(p.host).host}: ${p.status}` }),
    });
    const hosts = (await server.refresh()).filter((h) => h.healthy);
    if (hosts.length === 0) throw new ModelError("unreachable", `No model host is reachable (${server.hosts().map((h) => h.url).join(", ")}).`);
    const hostStatus: Record<string, string> = {};
    let current = "";
    try {
      for (const host of hosts) {
        current = host.url;
        // Adapter blob first (pushed where missing), then the model: the same path a restore takes.
        await gateway.ensureModel(createRequest(model.spec), host.url, context.signal);
        hostStatus[host.url] = HOST_READY;
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      hostStatus[current] = message;
      const last = context.attempt >= context.maxAttempts || (error as { retryable?: boolean }).retryable === false;
      await updateModel(context.tenantId, model.id, { status: last ? "failed" : "creating", error: message, hostStatus });
      throw error;
    }
    await updateModel(context.tenantId, model.id, { status: "ready", readyAt: new Date(), hostStatus, error: null });
    // A new version is measured against the active one before it may go live.
    await withTenant(getDb(), context.tenantId, (tx) => queueEvaluation(tx, context.tenantId, model, model.createdBy));
    await context.progress({ percent: 100, message: `Ready on ${hosts.length} host${hosts.length === 1 ? "" : "s"}` });
    return { model: model.ollamaName, hosts: Object.keys(hostStatus) };
  },
});

export const tryTenantModel = defineHandler({
  type: "model.try",
  payload: z.object({ tenantModelId: z.uuid(), prompt: z.string().min(1), userId: z.uuid() }),
  async run(payload, context) {
    const model = await loadModel(context.tenantId, payload.tenantModelId);
    const server = provider();
    const gateway = tenantModelGateway(server, context.tenantId);
    server.noteRunner(model.ollamaName, model.runnerKey);
    const result = await gateway.generate({
      model: model.ollamaName,
      messages: [{ role: "user", content: payload.prompt }],
      signal: context.signal,
      onToken: context.emit,
      timeoutMs: 5 * 60_000,
      firstTokenTimeoutMs: 2 * 60_000,
    });
    await withTenant(getDb(), context.tenantId, (tx) =>
      tx
        .insert(generations)
        .values({
          tenantId: context.tenantId,
          jobId: context.jobId,
          tenantModelId: model.id,
          kind: "try",
          modelName: result.model,
          host: result.host,
          prompt: payload.prompt,
          output: result.text,
          promptTokens: result.promptTokens,
          completionTokens: result.completionTokens,
          totalMs: result.totalDurationMs,
          loadMs: result.loadDurationMs,
          evalMs: result.evalDurationMs,
          ttftMs: result.timeToFirstTokenMs,
          createdBy: payload.userId,
        })
        // A retried job that already stored its generation keeps the first one.
        .onConflictDoNothing(),
    );
    return {
      text: result.text,
      host: result.host,
      promptTokens: result.promptTokens,
      completionTokens: result.completionTokens,
      totalMs: Math.round(result.totalDurationMs),
      ttftMs: Math.round(result.timeToFirstTokenMs),
    };
  },
});

export const pullBaseModel = defineHandler({
  type: "model.pull_base",
  payload: z.object({ base: z.string() }),
  async run(payload, context) {
    const server = provider();
    const progress = throttledProgress(context);
    const hosts = (await server.refresh()).filter((h) => h.healthy);
    if (hosts.length === 0) throw new ModelError("unreachable", "No model host is reachable.");
    for (const host of hosts) {
      await server.pull(host.url, payload.base, (p) => progress({ percent: percentOf(p), message: `${new URL(host.url).host}: ${p.status}` }), context.signal);
    }
    await context.progress({ percent: 100, message: `${payload.base} is on ${hosts.length} host${hosts.length === 1 ? "" : "s"}` });
    return { base: payload.base, hosts: hosts.map((h) => h.url) };
  },
});

export const deleteTenantModelFromHosts = defineHandler({
  type: "model.delete",
  payload: z.object({ ollamaName: z.string() }),
  async run(payload) {
    const server = provider();
    const hosts = (await server.refresh()).filter((h) => h.healthy);
    for (const host of hosts) await server.deleteModel(host.url, payload.ollamaName);
    return { removed: payload.ollamaName, hosts: hosts.map((h) => h.url) };
  },
});
