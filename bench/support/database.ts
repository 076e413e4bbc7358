/**
 * A throwaway embedded PostgreSQL for one benchmark, built from the real
 * migrations, with the owner and app logins; `stop` removes it.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/server/db/embedded";
import { migrateDatabase } from "@/server/db/migrate";

export interface BenchDatabase {
  ownerUrl: string;
  appUrl: string;
  stop(): Promise<void>;
}

export async function startBenchDatabase(name: string): Promise<BenchDatabase> {
  const root = await mkdtemp(path.join(os.tmpdir(), `brandsmith-bench-${name}-`));
  await chmod(root, 0o755);
  const stopRoot = () => rm(root, { recursive: true, force: true });
  let pg: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  try {
    pg = await startEmbeddedPostgres({ dataDir: path.join(root, "postgres"), password: "bench-owner" });
    await pg.createDatabase("brandsmith_bench");
    const ownerUrl = pg.ownerUrl("brandsmith_bench");
    const appUrl = `postgres://bench_app:bench@127.0.0.1:${pg.port}/brandsmith_bench`;
    await migrateDatabase(ownerUrl, appUrl);
    const started = pg;
    return {
      ownerUrl,
      appUrl,
      stop: async () => {
        await started.stop().catch(() => undefined);
        await stopRoot();
      },
    };
  } catch (error) {
    await pg?.stop().catch(() => undefined);
    await stopRoot();
    throw error;
  }
}
