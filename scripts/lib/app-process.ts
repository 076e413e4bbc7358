/**
 * The production app as separate processes, the way `npm start` runs it:
 * the web process (server.ts) and the worker pool (workers/supervisor.ts),
 * on a built `.next`. Browser tests and the web benchmark start it this way.
 */
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";

export interface AppProcesses {
  web: ChildProcess;
  workers: ChildProcess | null;
  /** Stops both: SIGTERM, then SIGKILL for one still running after 15 s. */
  stop(): Promise<void>;
}

/** What both processes need to run the production build on `port` against `databaseUrl`; callers add their own settings. */
export function productionEnv(options: { port: number; databaseUrl: string; authSecret: string; logLevel?: string }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(options.port),
    HOST: "127.0.0.1",
    APP_URL: `http://localhost:${options.port}`,
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: options.authSecret,
    LOG_LEVEL: options.logLevel ?? "warn",
  };
}

/**
 * Spawns the web process (and the worker pool unless `workers: false`) with
 * `env`, and resolves once `APP_URL/api/health` answers. If it never does,
 * both are stopped before the error is thrown.
 */
export async function startAppProcesses(env: NodeJS.ProcessEnv, options: { workers?: boolean; stdio?: StdioOptions } = {}): Promise<AppProcesses> {
  const stdio = options.stdio ?? ["ignore", "inherit", "inherit"];
  const web = spawn(process.execPath, ["--import", "tsx", "server.ts"], { env, stdio });
  const workers = options.workers === false ? null : spawn(process.execPath, ["--import", "tsx", "workers/supervisor.ts"], { env, stdio });
  const stop = async () => {
    await Promise.all([stopProcess(web), workers ? stopProcess(workers) : undefined]);
  };
  try {
    await waitForHealth(`${env.APP_URL}/api/health`, web);
  } catch (error) {
    await stop();
    throw error;
  }
  return { web, workers, stop };
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
  clearTimeout(timer);
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

async function waitForHealth(url: string, server: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the web server exited with ${server.exitCode} during startup`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the web server did not become healthy at ${url}`);
}
