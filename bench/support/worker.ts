/** Starts a job worker process (worker-process.ts) on a benchmark's database; `stop` (safe to call twice) drains and ends it. */
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";

/** A job type that does nothing, which the worker process also runs: the queue's own round trip. */
export const NOOP_JOB = "bench.noop";

export interface BenchWorker {
  stop(): Promise<void>;
}

export async function startBenchWorker(databaseUrl: string): Promise<BenchWorker> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "worker-process.ts")], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = once(child, "exit");
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  const [line] = (await Promise.race([once(createInterface({ input: child.stdout }), "line"), exited.then(() => [null])])) as [string | null];
  if (line !== "ready") {
    await stop();
    throw new Error(`the worker process did not start (exit code ${child.exitCode})`);
  }
  return { stop };
}
