/**
 * The worker pool supervisor: runs WORKER_PROCESSES worker processes,
 * restarts one that crashes (with backoff), and on SIGTERM/SIGINT asks each
 * to finish its in-flight work before it exits.
 *
 * It names each worker (WORKER_ID), so when one exits without finishing
 * (a crash, SIGKILL, the OOM killer) it takes that worker's jobs back at
 * once instead of leaving them until their leases expire. The lease stays
 * the backstop for a frozen process, a lost host, or a supervisor that was
 * killed itself.
 */
import { fork, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { onParentExit } from "@/server/lifecycle";
import { getLogger } from "@/server/observability/logger";
import { createQueuePool, releaseWorkerJobs, WORKER_EXITED_MESSAGE, type TakenBack } from "@/server/queue/store";

process.env.BRANDSMITH_PROCESS ??= "worker-supervisor";
const log = getLogger();
const here = path.dirname(fileURLToPath(import.meta.url));
const count = Math.max(1, Number(process.env.WORKER_PROCESSES ?? 1));
const workers = new Map<number, ChildProcess>();
let stopping = false;
// One connection, used only when a worker dies holding jobs.
const queue = process.env.DATABASE_URL ? createQueuePool(process.env.DATABASE_URL, 1) : null;

/** Gives a dead worker's jobs back to the queue; tries for a while if the database is unreachable too. */
async function takeBackJobsOf(workerId: string) {
  if (!queue) return;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const jobs = await releaseWorkerJobs(queue, workerId);
      if (jobs.length > 0) log.warn({ workerId, jobs: jobs.map((job) => job.id) }, "took back the jobs of a worker that exited");
      await endHooks(jobs.filter((job) => job.state === "failed"));
      return;
    } catch (error) {
      if (attempt === 4) log.error({ err: error, workerId }, "could not take back a dead worker's jobs; their leases will expire");
      else await new Promise((resolve) => setTimeout(resolve, 1_000 * (attempt + 1)));
    }
  }
}

/**
 * Jobs dead-lettered as their worker died (their workers keep dying): their
 * handlers hear it, as the runner's would, so a draft does not wait forever. The handlers load only for this rare case.
 */
async function endHooks(failed: TakenBack[]) {
  if (failed.length === 0) return;
  const { jobHandlers } = await import("./handlers");
  for (const job of failed) {
    const handler = jobHandlers.find((h) => h.type === job.type);
    await handler?.onEnded?.({ jobId: job.id, tenantId: job.tenant_id, state: "failed", error: WORKER_EXITED_MESSAGE }).catch((error: unknown) => {
      log.error({ err: error, jobId: job.id }, "the job's end hook failed");
    });
  }
}

function start(slot: number, restarts = 0) {
  const workerId = `worker-${os.hostname()}-${slot}-${randomUUID().slice(0, 8)}`;
  const child = fork(path.join(here, "worker.ts"), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, BRANDSMITH_PROCESS: "worker", WORKER_SLOT: String(slot), WORKER_ID: workerId },
    stdio: "inherit",
  });
  workers.set(slot, child);
  const startedAt = Date.now();
  child.on("exit", (code, signal) => {
    workers.delete(slot);
    // A worker that stopped cleanly released its jobs itself; this finds none then.
    const takenBack = takeBackJobsOf(workerId);
    if (stopping) {
      if (workers.size === 0) void takenBack.finally(() => process.exit(0));
      return;
    }
    const quickCrash = Date.now() - startedAt < 10_000;
    const nextRestarts = quickCrash ? restarts + 1 : 0;
    const delay = Math.min(30_000, 500 * 2 ** nextRestarts);
    log.error({ slot, code, signal, restartInMs: delay }, "worker exited; restarting");
    setTimeout(() => !stopping && start(slot, nextRestarts), delay).unref();
  });
}

for (let slot = 0; slot < count; slot++) start(slot);
log.info({ processes: count }, "worker pool started");

function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "worker pool shutting down");
  if (workers.size === 0) process.exit(0);
  for (const child of workers.values()) child.kill("SIGTERM");
  // A worker drains for WORKER_DRAIN_MS, then takes up to ~10 s to release what it holds and
  // close its pools; only one still running after that is killed.
  const drainMs = Number(process.env.WORKER_DRAIN_MS ?? 20_000);
  setTimeout(() => {
    for (const child of workers.values()) child.kill("SIGKILL");
    process.exit(1);
  }, drainMs + 15_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
if (process.env.BRANDSMITH_SUPERVISED === "1") onParentExit(() => shutdown("SIGTERM"));
