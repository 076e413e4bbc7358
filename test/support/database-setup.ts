/**
 * Integration tests' database: a throwaway embedded PostgreSQL built from the
 * real migrations in drizzle/, with the app login the product uses (subject
 * to row-level security) and the owner login for catalog checks.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/server/db/embedded";
import { migrateDatabase } from "@/server/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    ownerDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = await mkdtemp(path.join(os.tmpdir(), "brandsmith-test-"));
  // Postgres runs as the `postgres` OS user when we are root; it must reach the data dir.
  await chmod(root, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(root, "postgres"), password: "test-owner" });
  await pg.createDatabase("brandsmith_test");
  const ownerUrl = pg.ownerUrl("brandsmith_test");
  const appUrl = `postgres://brandsmith_test_app:test-app@127.0.0.1:${pg.port}/brandsmith_test`;
  await migrateDatabase(ownerUrl, appUrl);
  project.provide("databaseUrl", appUrl);
  project.provide("ownerDatabaseUrl", ownerUrl);
  return async () => {
    await pg.stop();
    await rm(root, { recursive: true, force: true });
  };
}
