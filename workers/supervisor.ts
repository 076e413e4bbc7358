/**
 * The worker pool supervisor: runs WORKER_PROCESSES worker processes,
 * restarts one that crashes (with backoff), and on SIGTERM/SIGINT asks each
 * to finish its in-flight work before it exits.
 */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { onParentExit } from "@/server/lifecycle";
import { getLogger } from "@/server/observability/logger";

process.env.BRANDSMITH_PROCESS ??= "worker-supervisor";
const log = getLogger();
const here = path.dirname(fileURLToPath(import.meta.url));
const count = Math.max(1, Number(process.env.WORKER_PROCESSES ?? 1));
const workers = new Map<number, ChildProcess>();
let stopping = false;

function start(slot: number, restarts = 0) {
  const child = fork(path.join(here, "worker.ts"), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, BRANDSMITH_PROCESS: "worker", WORKER_SLOT: String(slot) },
    stdio: "inherit",
  });
  workers.set(slot, child);
  const startedAt = Date.now();
  child.on("exit", (code, signal) => {
    workers.delete(slot);
    if (stopping) {
      if (workers.size === 0) process.exit(0);
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
