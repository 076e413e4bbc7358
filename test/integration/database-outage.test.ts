/**
 * The database goes away in the middle of a batch and comes back on the same
 * data directory: the worker pool (the real supervisor and worker processes)
 * keeps running, finishes every job, and spends no attempt on the outage;
 * /api/health says 503 while it is down and 200 after, with no restart.
 *
 * Like health-db-down.test.ts, this file runs its own throwaway Postgres (the
 * shared one stays up for the other files) and points the process-wide pool
 * at it through DATABASE_URL before anything uses the pool.
 *
 * The jobs are real webhook deliveries to a receiver in this test, each held
 * for a moment so the outage lands while some are in flight. Deliveries are
 * at least once by design (each carries its idempotency key), so the check is
 * on the jobs: each succeeded, on its first counted attempt.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { getConnection, getDb } from "@/server/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from "@/server/db/embedded";
import { migrateDatabase } from "@/server/db/migrate";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/server/db/unavailable";
import { createCaller } from "@/server/trpc/router";
import { webhookEndpoints } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { queueWebhookEvent } from "@/server/services/webhooks";
import { waitFor } from "../support/queue";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PASSWORD = "outage-owner";
const JOBS = 24;
/** Longer than the lease below: every lease runs out while the database is down. */
const OUTAGE_MS = 8_000;
const LEASE_MS = 4_000;
const STARTUP_MS = 90_000;

let root: string;
let database: EmbeddedPostgresHandle | null = null;
let port: number;
let appUrl: string;
let ownerUrl: string;
const originalEnv = { DATABASE_URL: process.env.DATABASE_URL, MODEL_PROVIDER: process.env.MODEL_PROVIDER };

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "brandsmith-outage-"));
  await chmod(root, 0o755);
  database = await startEmbeddedPostgres({ dataDir: path.join(root, "postgres"), password: PASSWORD });
  port = database.port;
  await database.createDatabase("brandsmith_outage");
  appUrl = `postgres://brandsmith_outage_app:outage-app@127.0.0.1:${port}/brandsmith_outage`;
  ownerUrl = database.ownerUrl("brandsmith_outage");
  await migrateDatabase(ownerUrl, appUrl);
  process.env.DATABASE_URL = appUrl;
  process.env.MODEL_PROVIDER = "builtin";
}, STARTUP_MS);

afterAll(async () => {
  await getConnection().sql.end({ timeout: 1 });
  await database?.stop();
  await rm(root, { recursive: true, force: true });
  for (const [name, value] of Object.entries(originalEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

async function owner<T>(query: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    return await query(sql);
  } finally {
    await sql.end();
  }
}

interface LogLine {
  msg: string;
  pid: number;
  slot?: number;
}

it("finishes every job of a batch across a database restart, without spending attempts or restarting anything", { timeout: 4 * STARTUP_MS }, async () => {
  // Each delivery is held 400 ms: with 2 workers × 2 slots the batch lasts a few seconds.
  const receiver = http.createServer((request, response) => {
    request.resume();
    const id = String(request.headers["idempotency-key"]);
    received.set(id, (received.get(id) ?? 0) + 1);
    setTimeout(() => response.writeHead(200).end(), 400);
  });
  const received = new Map<string, number>();
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

  const lines: LogLine[] = [];
  const pool: ChildProcess = spawn(process.execPath, ["--import", "tsx", "workers/supervisor.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: appUrl,
      WORKER_PROCESSES: "2",
      WORKER_CONCURRENCY: "2",
      QUEUE_LEASE_MS: String(LEASE_MS),
      QUEUE_POLL_MS: "500",
      MODEL_PROVIDER: "builtin",
      OLLAMA_HOST: "",
      WORKER_METRICS_PORT: "",
      BRANDSMITH_SUPERVISED: "",
      LOG_LEVEL: "info",
      WEBHOOK_ALLOW_PRIVATE: "true",
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  let partial = "";
  pool.stdout!.on("data", (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const complete = text.split("\n");
    partial = complete.pop() ?? "";
    for (const line of complete) if (line.startsWith("{")) lines.push(JSON.parse(line) as LogLine);
  });

  try {
    await waitFor(async () => lines.filter((line) => line.msg === "worker ready").length >= 2, STARTUP_MS, "both workers to be ready");
    const workerPids = new Set(lines.filter((line) => line.msg === "worker ready").map((line) => line.pid));

    const [tenant] = await owner((sql) => sql<{ id: string }[]>`insert into organization (name, slug) values ('Outage', 'outage') returning id`);
    const tenantId = tenant!.id;
    await withTenant(getDb(), tenantId, async (tx) => {
      const endpoints = await tx
        .insert(webhookEndpoints)
        .values(Array.from({ length: JOBS }, (_, i) => ({ tenantId, url: `${receiverUrl}/hook-${i}`, secret: "whsec_outage_test" })))
        .returning({ id: webhookEndpoints.id });
      expect(endpoints).toHaveLength(JOBS);
      await queueWebhookEvent(tx, tenantId, "test", { message: "outage" });
    });
    const jobIds = (await owner((sql) => sql<{ id: string }[]>`select id from jobs where tenant_id = ${tenantId}`)).map((row) => row.id);
    expect(jobIds).toHaveLength(JOBS);

    // Down in the middle of the batch: some deliveries done, some in flight, some waiting.
    await waitFor(async () => received.size >= 4, STARTUP_MS, "the batch to be under way");
    await database!.stop();
    database = null;
    const down = await GET();
    expect(down.status).toBe(503);
    // A procedure says so in words (and 503, which the browser retries), not with a stack trace.
    const caller = createCaller({ db: getDb(), headers: new Headers(), requestId: undefined, user: { id: "00000000-0000-4000-8000-000000000000" } as never });
    await expect(caller.tenant.mine()).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE });
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    database = await startEmbeddedPostgres({ dataDir: path.join(root, "postgres"), password: PASSWORD, port });

    await waitFor(async () => (await GET()).status === 200, 30_000, "/api/health to answer 200 again");
    const finished = await waitFor(async () => {
      const rows = await owner((sql) => sql<{ id: string; state: string; attempts: number; errors: unknown }[]>`select id, state, attempts, errors from jobs where id = any(${jobIds}::uuid[])`);
      return rows.every((row) => ["succeeded", "failed", "cancelled"].includes(row.state)) ? rows : null;
    }, 60_000, "every job to finish after the database came back");

    expect(finished.filter((row) => row.state !== "succeeded")).toEqual([]);
    // The outage cost no attempt: each job succeeded on its one counted attempt.
    expect(finished.filter((row) => row.attempts !== 1)).toEqual([]);
    // Every delivery reached the receiver.
    expect(received.size).toBe(JOBS);
    const deliveries = await owner((sql) => sql<{ status: string; n: number }[]>`
      select status, count(*)::int as n from webhook_deliveries where tenant_id = ${tenantId} group by status`);
    expect(deliveries).toEqual([{ status: "delivered", n: JOBS }]);
    // No process exited or was replaced: the same two workers did everything.
    expect(lines.filter((line) => line.msg === "worker exited; restarting")).toEqual([]);
    expect(new Set(lines.filter((line) => line.msg === "worker ready").map((line) => line.pid))).toEqual(workerPids);
    for (const pid of workerPids) expect(() => process.kill(pid, 0)).not.toThrow();
    // Both listened again (the new-job notifications reach them) after the restart.
    expect(new Set(lines.filter((line) => line.msg === "database connection back: listening again").map((line) => line.pid))).toEqual(workerPids);
  } finally {
    try {
      process.kill(-pool.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
});
