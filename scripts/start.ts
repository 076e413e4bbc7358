/**
 * `npm start`: the whole product on one machine. Embedded PostgreSQL when
 * DATABASE_URL is unset, migrations, the demo tenant, a production build when
 * the sources changed, then the web server and the worker pool. Ctrl-C or
 * SIGTERM stops all of it, Postgres last.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { onParentExit } from "@/server/lifecycle";
import { buildApp, needsBuild } from "./lib/build";
import { prepareDatabase, seedDemo } from "./lib/local-stack";

const started = Date.now();
const port = Number(process.env.PORT ?? 3000);
const step = (message: string) => console.log(`▸ ${message}`);
const children: ChildProcess[] = [];
let database: Awaited<ReturnType<typeof prepareDatabase>> | null = null;
let shuttingDown = false;

async function main() {
  await assertPortFree(port);
  database = await prepareDatabase(step);
  installShutdown();

  const seed = database.embedded || process.env.SEED_DEMO === "true";
  const demo = seed ? (step("Seeding the demo workspace"), await seedDemo(database.appUrl)) : null;

  if (needsBuild()) {
    step("Building the app (first start, or the sources changed; takes a minute or two)");
    await buildApp((child) => children.push(child));
  }

  const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    BRANDSMITH_SUPERVISED: "1",
    DATABASE_URL: database.appUrl,
    APP_URL: appUrl,
    PORT: String(port),
  };
  step("Starting the web server and the worker pool");
  const web = launch("web", [process.execPath, "--import", "tsx", "server.ts"], env);
  launch("workers", [process.execPath, "--import", "tsx", "workers/supervisor.ts"], env);
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, web);

  console.log(`\nBrandsmith is running at ${appUrl}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (demo) {
    console.log(`\nDemo workspace "${demo.tenant.name}" — password for every login: ${demo.password}`);
    for (const user of demo.users) console.log(`  ${user.role.padEnd(9)} ${user.email}`);
  }
  console.log("\nPress Ctrl-C to stop.\n");
}

function launch(name: string, [command, ...args]: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command!, args, { env, stdio: "inherit" });
  children.push(child);
  child.on("exit", (code, signal) => {
    if (shuttingDown) return;
    console.error(`\n✖ The ${name} process stopped unexpectedly (${signal ?? `exit code ${code}`}); shutting down.`);
    void shutdown(1);
  });
  return child;
}

function installShutdown() {
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGHUP", () => void shutdown(0));
  onParentExit(() => void shutdown(0));
}

async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log("\nStopping Brandsmith…");
  await Promise.all(children.map((child) => stopChild(child)));
  if (database) await database.stop().catch(() => undefined);
  process.exit(code);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // Workers drain for WORKER_DRAIN_MS and then release what they hold; the supervisor gives them
    // 15 s more before it kills them itself, so this waits a little longer than that.
    const timer = setTimeout(() => child.kill("SIGKILL"), Number(process.env.WORKER_DRAIN_MS ?? 20_000) + 20_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () => reject(new Error(`Port ${port} is in use. Stop what runs there, or start on another port: PORT=${port + 1} npm start`)));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

async function waitForHttp(url: string, child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("The web server exited during startup; see its log above.");
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The web server did not answer on ${url} within two minutes.`);
}

main().catch(async (error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
