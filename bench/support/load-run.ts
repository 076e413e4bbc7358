/**
 * A bounded load run with autocannon against the app on loopback. Each
 * target is one autocannon instance with its own connections (each
 * connection sends its next request when the previous one answered); the
 * targets of one run start together and stop together after `seconds`.
 * autocannon reports no p95, so every response's time is kept (its
 * "response" event) and the percentiles are computed here (nearest rank,
 * like the other benchmarks).
 */
import autocannon from "autocannon";
import { percentile } from "../queue/stats";

export interface LoadTarget {
  name: string;
  connections: number;
  /** Paths sent in turn, over all connections (one path: every request is the same). */
  paths: string[];
}

export interface LoadFigures {
  name: string;
  connections: number;
  responses: number;
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

/** tRPC's GET form of a query, unbatched: /api/trpc/<procedure>?input=<superjson {"json": input}>. */
export function trpcQueryPath(procedure: string, input: unknown): string {
  return `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
}

export async function runLoad(baseUrl: string, headers: Record<string, string>, targets: LoadTarget[], seconds: number): Promise<LoadFigures[]> {
  return Promise.all(targets.map((target) => runOne(baseUrl, headers, target, seconds)));
}

function runOne(baseUrl: string, headers: Record<string, string>, target: LoadTarget, seconds: number): Promise<LoadFigures> {
  const times: number[] = [];
  let next = 0;
  const nextPath = () => target.paths[next++ % target.paths.length]!;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}${target.paths[0]}`,
        connections: target.connections,
        duration: seconds,
        timeout: 30,
        headers,
        requests: [target.paths.length > 1 ? { method: "GET", setupRequest: (request) => ({ ...request, path: nextPath() }) } : { method: "GET", path: target.paths[0] }],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          name: target.name,
          connections: target.connections,
          responses: times.length,
          rps: times.length / result.duration,
          p50_ms: percentile(times, 50),
          p95_ms: percentile(times, 95),
          p99_ms: percentile(times, 99),
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count])),
        });
      },
    );
    instance.on("response", (_client, _statusCode, _bytes, responseTime) => times.push(responseTime));
  });
}
