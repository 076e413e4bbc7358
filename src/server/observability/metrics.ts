import client from "prom-client";

/**
 * One Prometheus registry per process, on globalThis: the custom server and
 * the route handlers Next.js bundles load this module separately and must
 * still share the registry.
 */
const globalKey = Symbol.for("brandsmith.metrics");

function createMetrics() {
  const registry = new client.Registry();
  registry.setDefaultLabels({ service: process.env.BRANDSMITH_PROCESS ?? "web" });
  client.collectDefaultMetrics({ register: registry });
  const httpDuration = new client.Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request latency by method, route and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return { registry, httpDuration };
}

type Metrics = ReturnType<typeof createMetrics>;
type GlobalWithMetrics = typeof globalThis & { [globalKey]?: Metrics };

export function getMetrics(): Metrics {
  const g = globalThis as GlobalWithMetrics;
  g[globalKey] ??= createMetrics();
  return g[globalKey];
}

/**
 * Collapses a request path into a low-cardinality route label: tenant slugs
 * and ids become placeholders, static assets share one label.
 */
export function routeLabel(pathname: string): string {
  if (pathname.startsWith("/_next/")) return "/_next/*";
  if (pathname.startsWith("/api/trpc/")) return "/api/trpc";
  if (pathname.startsWith("/api/auth/")) return pathname.replace(/\/[0-9a-f-]{36}/g, "/:id");
  return pathname
    .replace(/^\/t\/[^/]+/, "/t/:tenant")
    .replace(/^\/invite\/[^/]+/, "/invite/:id")
    .replace(/\/[0-9a-f]{8}-[0-9a-f-]{27}/g, "/:id");
}
