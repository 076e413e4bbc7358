/**
 * /api/health answers 503, naming the database, while the database is down,
 * and 200 again once it is back.
 *
 * The shared embedded Postgres stays up (other files use it). This file starts
 * a throwaway one built from the real migrations and points the app at it the
 * way production does: DATABASE_URL, which the process-wide pool reads on first
 * use (nothing in this file touches the pool before). The route then talks to a
 * database the test can stop and start.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { getConnection } from "@/server/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "@/server/db/embedded";
import { migrateDatabase } from "@/server/db/migrate";

const PASSWORD = "health-owner";
let root: string;
let postgresServer: EmbeddedPostgresHandle | null = null;
let port: number;
const originalEnv = { DATABASE_URL: process.env.DATABASE_URL, MODEL_PROVIDER: process.env.MODEL_PROVIDER };

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "brandsmith-health-"));
  // Postgres runs as the `postgres` OS user when we are root; it must reach the data dir.
  await chmod(root, 0o755);
  postgresServer = await startEmbeddedPostgres({ dataDir: path.join(root, "postgres"), password: PASSWORD });
  port = postgresServer.port;
  await postgresServer.createDatabase("brandsmith_health");
  const appUrl = `postgres://brandsmith_health_app:health-app@127.0.0.1:${port}/brandsmith_health`;
  await migrateDatabase(postgresServer.ownerUrl("brandsmith_health"), appUrl);
  process.env.DATABASE_URL = appUrl;
  // The model server is not what this file is about: the builtin model needs none.
  process.env.MODEL_PROVIDER = "builtin";
});

afterAll(async () => {
  await getConnection().sql.end({ timeout: 1 });
  await postgresServer?.stop();
  await rm(root, { recursive: true, force: true });
  for (const [name, value] of Object.entries(originalEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

async function health() {
  const response = await GET();
  return { status: response.status, cacheControl: response.headers.get("cache-control"), body: (await response.json()) as { status: string; db: { status: string; detail?: string } } };
}

it("answers 503 naming the database while it is down, and 200 once it is back", { timeout: 120_000 }, async () => {
  const up = await health();
  expect(up.status).toBe(200);
  expect(up.body.db.status).toBe("ok");

  // The pool holds open connections to it: they die with the server.
  await postgresServer!.stop();
  postgresServer = null;
  const down = await health();
  expect(down.status).toBe(503);
  expect(down.cacheControl).toBe("no-store");
  expect(down.body.status).toBe("down");
  expect(down.body.db).toEqual({ status: "down", detail: expect.stringContaining(`ECONNREFUSED 127.0.0.1:${port}`) });

  // Same data directory and port: the pool reconnects without a restart of the app.
  postgresServer = await startEmbeddedPostgres({ dataDir: path.join(root, "postgres"), password: PASSWORD, port });
  const back = await health();
  expect(back.status).toBe(200);
  expect(back.body.db.status).toBe("ok");
});
