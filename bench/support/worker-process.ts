/**
 * A job worker in its own process, as production runs one (workers/worker.ts):
 * QueueRunner with the product's handlers, configured the same way
 * (WORKER_CONCURRENCY 4, a 5 s poll behind NOTIFY wake-ups), plus
 * `bench.noop`, a job that does nothing, for queue round-trip baselines.
 * Its own process so that handlers' CPU work (parsing, training) does not
 * share an event loop with the requests a benchmark times, as it would not
 * share one with the web server. DATABASE_URL from the environment; prints
 * "ready" once listening; stops (finishing what it holds) on SIGTERM or when
 * the parent goes away.
 */
import pino from "pino";
import { z } from "zod";
import { getConnection } from "@/server/db/client";
import { createQueuePool } from "@/server/queue/store";
import { jobHandlers } from "../../workers/handlers";
import { QueueRunner } from "../../workers/queue/runner";
import { defineHandler } from "../../workers/registry";
import { NOOP_JOB } from "./worker";

const CONCURRENCY = 4;

const noop = defineHandler({ type: NOOP_JOB, payload: z.object({}), run: async () => ({}) });

async function main() {
  const sql = createQueuePool(process.env.DATABASE_URL!, CONCURRENCY + 2);
  const runner = new QueueRunner({ sql, handlers: [...jobHandlers, noop], log: pino({ level: "silent" }), concurrency: CONCURRENCY, pollMs: 5_000 });
  await runner.start();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await runner.stop().catch(() => undefined);
    await sql.end().catch(() => undefined);
    await getConnection().sql.end().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.stdin.on("close", () => void stop());
  process.stdin.resume();
  process.stdout.write("ready\n");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
