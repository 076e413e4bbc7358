/**
 * Model restores per host: a tenant model found missing on a model server
 * (404 on use, or absent at a health check) and re-created there. Counted by
 * the process that restored it (workers, mostly), in its process registry;
 * a worker also registers them in the registry it serves
 * (registerModelRestoreMetrics). The host label is bounded by OLLAMA_HOST.
 */
import client from "prom-client";
import { getMetrics } from "./metrics";

const globalKey = Symbol.for("brandsmith.model-restores");

function createModelRestoreMetrics() {
  const restores = new client.Counter({
    name: "model_restores_total",
    help: "Tenant models re-created on a model host that had lost them, by host, outcome (restored|failed) and trigger (use|health_check)",
    labelNames: ["host", "outcome", "trigger"] as const,
    registers: [],
  });
  const restoreSeconds = new client.Histogram({
    name: "model_restore_duration_seconds",
    help: "Time to restore a tenant model on a host (adapter blob pushed if missing, then created)",
    labelNames: ["host"] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [],
  });
  return { restores, restoreSeconds };
}

type ModelRestoreMetrics = ReturnType<typeof createModelRestoreMetrics>;
type GlobalWithRestores = typeof globalThis & { [globalKey]?: ModelRestoreMetrics };

export function modelRestoreMetrics(): ModelRestoreMetrics {
  const g = globalThis as GlobalWithRestores;
  if (!g[globalKey]) {
    g[globalKey] = createModelRestoreMetrics();
    registerModelRestoreMetrics(getMetrics().registry);
  }
  return g[globalKey];
}

/** Adds the restore metrics to another registry (a worker's), once. */
export function registerModelRestoreMetrics(registry: client.Registry) {
  const { restores, restoreSeconds } = modelRestoreMetrics();
  if (!registry.getSingleMetric("model_restores_total")) registry.registerMetric(restores);
  if (!registry.getSingleMetric("model_restore_duration_seconds")) registry.registerMetric(restoreSeconds);
}
