/**
 * Browser tests run against the production build, served by the real web
 * process (server.ts) on a free port, on a throwaway embedded PostgreSQL
 * built from the migrations.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startEmbeddedPostgres } from "@/server/db/embedded";
import { migrateDatabase } from "@/server/db/migrate";
import { buildApp, needsBuild } from "../../scripts/lib/build";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    artifactsDir: string;
  }
}

export default async function setup(project: TestProject) {
  const root = await mkdtemp(path.join(os.tmpdir(), "brandsmith-e2e-"));
  await chmod(root, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(root, "postgres"), password: "e2e-owner" });
  let server: ChildProcess | null = null;
  const teardown = async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (server.exitCode === null) server.kill("SIGKILL");
    }
    await pg.stop();
    await rm(root, { recursive: true, force: true });
  };

  try {
    await pg.createDatabase("brandsmith_e2e");
    const appUrl = `postgres://brandsmith_e2e_app:e2e-app@127.0.0.1:${pg.port}/brandsmith_e2e`;
    await migrateDatabase(pg.ownerUrl("brandsmith_e2e"), appUrl);
    if (needsBuild()) await buildApp();

    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
        HOST: "127.0.0.1",
        APP_URL: baseUrl,
        DATABASE_URL: appUrl,
        AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
        LOG_LEVEL: process.env.E2E_SERVER_LOGS ? "info" : "warn",
        SMTP_URL: "",
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
    await waitForHealth(`${baseUrl}/api/health`, server);

    const artifactsDir = path.resolve("e2e", "artifacts");
    await mkdir(artifactsDir, { recursive: true });
    project.provide("baseUrl", baseUrl);
    project.provide("artifactsDir", artifactsDir);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
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
