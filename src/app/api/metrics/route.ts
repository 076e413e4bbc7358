import client from "prom-client";
import { getConnection } from "@/server/db/client";
import { hasBearerToken } from "@/server/http/request-guards";
import { getMetrics } from "@/server/observability/metrics";
import { modelMetricsText } from "@/server/observability/model-metrics";
import { queueDepth } from "@/server/queue/store";

export const dynamic = "force-dynamic";

const STATES = ["pending", "running", "succeeded", "failed", "cancelled"] as const;

/** Queue depth comes from the database at scrape time, so any web replica reports the same figure. */
function registerQueueDepth(registry: client.Registry) {
  if (registry.getSingleMetric("queue_jobs")) return;
  new client.Gauge({
    name: "queue_jobs",
    help: "Jobs in the queue by state (all tenants)",
    labelNames: ["state"] as const,
    registers: [registry],
    async collect() {
      const depth = await queueDepth(getConnection().sql).catch(() => null);
      if (!depth) return;
      for (const state of STATES) this.set({ state }, depth[state] ?? 0);
    },
  });
}

/** With METRICS_TOKEN set, scrapers send it as a bearer token; unset, the port must not be reachable from outside. */
export async function GET(req: Request) {
  const token = process.env.METRICS_TOKEN;
  if (token && !hasBearerToken(req.headers, token)) {
    return Response.json(
      { error: "Metrics need the token: send Authorization: Bearer <METRICS_TOKEN>." },
      { status: 401, headers: { "www-authenticate": 'Bearer realm="metrics"', "cache-control": "no-store" } },
    );
  }
  const { registry } = getMetrics();
  registerQueueDepth(registry);
  const models = await modelMetricsText(getConnection().sql).catch(() => "");
  return new Response((await registry.metrics()) + models, { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
}
