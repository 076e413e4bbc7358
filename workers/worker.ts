/**
 * One worker process. It holds a database connection (as the RLS-bound app
 * role) and runs the registered job handlers. Until the job queue lands it
 * only proves its connection and waits to be told to stop.
 */
import { getConnection } from "@/server/db/client";
import { assertRlsEnforced } from "@/server/db/roles";
import { assertEnv } from "@/server/env";
import { onParentExit } from "@/server/lifecycle";
import { getLogger } from "@/server/observability/logger";
import { jobHandlers } from "./registry";

const log = getLogger().child({ slot: Number(process.env.WORKER_SLOT ?? 0) });

async function main() {
  assertEnv("worker");
  const { sql } = getConnection();
  await assertRlsEnforced(sql);
  log.info({ jobTypes: jobHandlers.map((handler) => handler.type) }, "worker ready");

  const idle = setInterval(() => {}, 60_000);
  const stop = async (signal: string) => {
    log.info({ signal }, "worker stopping");
    clearInterval(idle);
    await sql.end({ timeout: 5 });
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
  onParentExit(() => void stop("supervisor exited"));
}

main().catch((error: unknown) => {
  log.fatal({ err: error instanceof Error ? error.message : error }, "worker failed to start");
  process.exit(1);
});
