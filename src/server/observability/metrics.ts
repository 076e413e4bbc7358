import client from "prom-client";
import { createRouteMatcher } from "@/server/http/route-table";

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

/** Requests no route of the app matches share this one label, however many paths are probed. */
export const UNMATCHED_ROUTE = "unmatched";
const NEXT_ASSETS_ROUTE = "/_next/*";
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * Labels a request path with the app route that serves it
 * (`/t/[tenant]/campaigns/[id]`), so the number of series is bounded by the
 * route table and not by what clients send.
 */
export function createRouteLabeller(routePatterns: readonly string[]): (pathname: string) => string {
  const match = createRouteMatcher(routePatterns);
  return (pathname) => (pathname.startsWith("/_next/") ? NEXT_ASSETS_ROUTE : (match(pathname) ?? UNMATCHED_ROUTE));
}

export function methodLabel(method: string | undefined): string {
  const upper = (method ?? "GET").toUpperCase();
  return METHODS.has(upper) ? upper : "other";
}
