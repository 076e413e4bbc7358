/**
 * One worker process: claims and runs jobs with WORKER_CONCURRENCY slots, as
 * the RLS-bound app login. SIGTERM: stop claiming, finish or release.
 */
import http from "node:http";
import { getConnection } from "@/server/db/client";
import { assertRlsEnforced } from "@/server/db/roles";
import { assertEnv } from "@/server/env";
import { onParentExit } from "@/server/lifecycle";
import { getServingProvider } from "@/server/models/provider";
import { createQueuePool } from "@/server/queue/store";
import { getLogger } from "@/server/observability/logger";
import { registerModelRestoreMetrics } from "@/server/observability/model-restores";
import { jobHandlers } from "./handlers";
import { createWorkerMetrics } from "./queue/metrics";
import { QueueRunner } from "./queue/runner";

const slot = Number(process.env.WORKER_SLOT ?? 0);
const log = getLogger().child({ slot });

async function main() {
  assertEnv("worker");
  // Handlers work through the app pool under each tenant's RLS scope; the
  // queue's own statements use a pool acting as brandsmith_queue.
  await assertRlsEnforced(getConnection().sql);
  const sql = createQueuePool(process.env.DATABASE_URL!, Math.max(4, Number(process.env.WORKER_CONCURRENCY ?? 4) + 2));
  const metrics = createWorkerMetrics();
  registerModelRestoreMetrics(metrics.registry);
  const server = getServingProvider();
  const runner = new QueueRunner({
    sql,
    handlers: jobHandlers,
    log,
    concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4),
    // Named by the supervisor, which takes this worker's jobs back if the process dies.
    workerId: process.env.WORKER_ID || undefined,
    leaseMs: Number(process.env.QUEUE_LEASE_MS ?? 25_000),
    pollMs: Number(process.env.QUEUE_POLL_MS ?? 5_000),
    retryBaseMs: Number(process.env.QUEUE_RETRY_BASE_MS ?? 1_000),
    metrics,
    // Affinity: the scheduler prefers jobs whose runner is loaded on the host the ring routes them to,
    // on the view of the hosts every worker shares through Postgres (model_host_reports).
    hosts: server?.schedulerHosts() ? () => server.schedulerHosts() ?? [] : undefined,
    home: server ? (key) => server.homeOf(key) : undefined,
  });
  await runner.start();
  log.info({ workerId: runner.workerId, jobTypes: jobHandlers.map((h) => h.type) }, "worker ready");

  const metricsPort = process.env.WORKER_METRICS_PORT ? Number(process.env.WORKER_METRICS_PORT) + slot : null;
  const metricsServer = metricsPort
    ? http
        .createServer((_req, res) => {
          void metrics.registry.metrics().then((body) => res.writeHead(200, { "content-type": metrics.registry.contentType }).end(body));
        })
        .listen(metricsPort)
    : null;

  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason, inFlight: runner.activeJobs }, "worker stopping: no new jobs; finishing or releasing in-flight ones");
    await runner.stop(Number(process.env.WORKER_DRAIN_MS ?? 20_000));
    metricsServer?.close();
    await Promise.all([sql.end({ timeout: 5 }), getConnection().sql.end({ timeout: 5 })]);
    process.exit(0);
  };
  // SIGTERM `on`, not `once`: with no listener left, a second SIGTERM (from a process manager
  // that signals every process, and again from the supervisor) would kill the worker mid-drain.
  // A second Ctrl-C still stops it at once.
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
  onParentExit(() => void stop("supervisor exited"));
}

main().catch((error: unknown) => {
  log.fatal({ err: error instanceof Error ? error.message : error }, "worker failed to start");
  process.exit(1);
});
