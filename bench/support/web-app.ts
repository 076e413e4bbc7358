/**
 * The whole app for the web benchmark, as production runs it: a throwaway
 * embedded PostgreSQL built from the migrations, the production build
 * (rebuilt only when the sources changed), the web process and a worker
 * pool of one process, with the builtin model (no model server) and no
 * mail server. Everything listens on loopback.
 */
import type { ChildProcess } from "node:child_process";
import { freePort } from "@/server/db/embedded";
import { productionEnv, startAppProcesses } from "../../scripts/lib/app-process";
import { buildApp, needsBuild } from "../../scripts/lib/build";
import { startBenchDatabase } from "./database";

export interface WebApp {
  /** What the browser opens (APP_URL: session cookies are issued for it). */
  baseUrl: string;
  /** The same server by address, for the load run. */
  loopbackUrl: string;
  ownerUrl: string;
  appUrl: string;
  /** Whether this run had to build the app first. */
  built: boolean;
}

/**
 * `onCleanup` receives each part's stopper as soon as the part exists (the
 * caller runs them last-in first-out), so an error or an interrupt halfway
 * through the start still stops what was started.
 */
export async function startWebApp(progress: (message: string) => void, onCleanup: (stop: () => Promise<void>) => void): Promise<WebApp> {
  const database = await startBenchDatabase("web");
  onCleanup(database.stop);

  const built = needsBuild();
  if (built) {
    progress("the production build is stale: running next build (a few minutes on 2 cores)");
    let child: ChildProcess | null = null;
    onCleanup(async () => void child?.kill("SIGTERM"));
    await buildApp((c) => (child = c));
  }

  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...productionEnv({ port, databaseUrl: database.appUrl, authSecret: "bench-web-secret-bench-web-secret-bench-web" }),
    MODEL_PROVIDER: "builtin",
    WORKER_PROCESSES: "1",
    WORKER_CONCURRENCY: "4",
  };
  // Their logs go to stderr with the progress lines: stdout is the figures.
  const app = await startAppProcesses(env, { stdio: ["ignore", 2, 2] });
  onCleanup(app.stop);
  return { baseUrl: env.APP_URL!, loopbackUrl: `http://127.0.0.1:${port}`, ownerUrl: database.ownerUrl, appUrl: database.appUrl, built };
}
