/**
 * A throwaway embedded PostgreSQL for one benchmark, built from the real
 * migrations, with the owner and app logins; `stop` removes it.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type postgres from "postgres";
import { startEmbeddedPostgres } from "@/server/db/embedded";
import { migrateDatabase } from "@/server/db/migrate";
import { median, round } from "../queue/stats";

export interface BenchDatabase {
  ownerUrl: string;
  appUrl: string;
  /** Stops the server, keeping its data (an outage); `resume` starts it again on the same data and port. */
  pause(): Promise<void>;
  resume(): Promise<void>;
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
    let running: typeof pg | null = pg;
    const { port } = pg;
    return {
      ownerUrl,
      appUrl,
      pause: async () => {
        await running?.stop();
        running = null;
      },
      resume: async () => {
        running ??= await startEmbeddedPostgres({ dataDir: path.join(root, "postgres"), password: "bench-owner", port });
      },
      stop: async () => {
        await running?.stop().catch(() => undefined);
        await stopRoot();
      },
    };
  } catch (error) {
    await pg?.stop().catch(() => undefined);
    await stopRoot();
    throw error;
  }
}

/**
 * Same-run baselines every database benchmark prints beside its figures:
 * the median cost of one round trip and of one durable one-row commit on
 * the same database (200 of each after a warm-up), so a figure can be read
 * as a ratio across machines.
 */
export async function databaseBaseline(owner: postgres.Sql): Promise<{ select_ms: number; commit_ms: number }> {
  await owner`create table bench_baseline (n int)`;
  const time = async (run: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < 220; i++) {
      const t = performance.now();
      await run();
      if (i >= 20) times.push(performance.now() - t);
    }
    return round(median(times), 3);
  };
  const select_ms = await time(() => owner`select 1`);
  const commit_ms = await time(() => owner.begin((tx) => tx`insert into bench_baseline values (1)`));
  await owner`drop table bench_baseline`;
  return { select_ms, commit_ms };
}
