/**
 * The worker pool as production runs it: `node --import tsx workers/supervisor.ts`
 * forking real `workers/worker.ts` processes (the real jobHandlers, the RLS-bound
 * app login) against the test database. The test reads the processes' JSON log
 * lines and /proc, never the supervisor's internals.
 *
 * The in-flight job of the drain test is a real `webhook.deliver` job aimed at
 * an HTTP receiver inside this test (WEBHOOK_ALLOW_PRIVATE lets it deliver to
 * loopback): the delivery is in flight exactly as long as the receiver holds
 * the request, so the test decides whether it finishes during the drain or is
 * still running when the drain ends — no test-only handler in the worker.
 *
 * Waits are on events (a log line, a request arriving, a process exit); the
 * only time bounds are generous upper limits, documented where they are set.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterEach, expect, inject, it } from "vitest";
import { getDb } from "@/server/db/client";
import { webhookEndpoints } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { queueWebhookEvent } from "@/server/services/webhooks";
import { createTenantRow, jobStates, ownerQuery, waitFor } from "../support/queue";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SUPERVISOR = ["--import", "tsx", "workers/supervisor.ts"];
/** Starting two tsx workers that import every handler takes seconds on an idle laptop; a loaded 2-core CI box gets a wide berth. */
const STARTUP_MS = 90_000;
const DRAIN_MS = 4_000;
/**
 * Past the drain a worker waits for its aborted jobs to be released (≤ 5 s, here
 * milliseconds) and closes its two pools (≤ 5 s, in parallel); then both
 * processes exit. 15 s covers that on a loaded machine; a hang shows up as the
 * supervisor's SIGKILL fallback (at WORKER_DRAIN_MS + 15 s), which exits 1.
 */
const EXIT_MARGIN_MS = 15_000;

interface LogLine {
  msg: string;
  pid: number;
  service: string;
  slot?: number;
  signal?: string | null;
  inFlight?: number;
}

interface Pool {
  /** The process the test spawned: the supervisor, or the parent that spawned it. */
  child: ChildProcess;
  lines: LogLine[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitForLines(match: (line: LogLine) => boolean, count: number, timeoutMs: number, what: string): Promise<LogLine[]>;
  stderr(): string;
}

const started: Pool[] = [];

afterEach(() => {
  // Every pool runs in its own process group: whatever a test leaves behind, this ends it.
  for (const pool of started.splice(0)) killGroup(pool.child.pid!);
});

function spawnPool(env: Record<string, string> = {}, args: string[] = SUPERVISOR): Pool {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: inject("databaseUrl"),
      WORKER_PROCESSES: "2",
      WORKER_CONCURRENCY: "2",
      WORKER_DRAIN_MS: String(DRAIN_MS),
      QUEUE_POLL_MS: "500",
      MODEL_PROVIDER: "builtin",
      OLLAMA_HOST: "",
      WORKER_METRICS_PORT: "",
      BRANDSMITH_SUPERVISED: "",
      LOG_LEVEL: "info",
      // The receiver listens on loopback, which production refuses as a webhook target.
      WEBHOOK_ALLOW_PRIVATE: "true",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const lines: LogLine[] = [];
  let partial = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const complete = text.split("\n");
    partial = complete.pop() ?? "";
    for (const line of complete) if (line.startsWith("{")) lines.push(JSON.parse(line) as LogLine);
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const pool: Pool = {
    child,
    lines,
    exited,
    async waitForLines(match, count, timeoutMs, what) {
      try {
        return await waitFor(async () => {
          const found = lines.filter(match);
          return found.length >= count ? found : null;
        }, timeoutMs, what);
      } catch (error) {
        throw new Error(`${(error as Error).message}\nlog so far:\n${lines.map((l) => JSON.stringify(l)).join("\n")}\nstderr:\n${stderr}`);
      }
    },
    stderr: () => stderr,
  };
  started.push(pool);
  return pool;
}

const isReady = (line: LogLine) => line.msg === "worker ready";

function killGroup(pgid: number) {
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    // The group is gone already.
  }
}

/** The process's state and parent from /proc; null once it is gone. A zombie counts as gone: it runs nothing. */
function processStat(pid: number): { state: string; ppid: number; pgrp: number } | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return state === "Z" ? null : { state: state!, ppid: Number(ppid), pgrp: Number(pgrp) };
}

const isRunning = (pid: number) => processStat(pid) !== null;

function runningInGroup(pgid: number): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => processStat(pid)?.pgrp === pgid);
}

it("starts both workers and replaces one killed with SIGKILL", { timeout: 3 * STARTUP_MS }, async () => {
  const pool = spawnPool();
  const supervisorPid = pool.child.pid!;

  const ready = await pool.waitForLines(isReady, 2, STARTUP_MS, "both workers to be ready");
  expect(new Set(ready.map((line) => line.slot))).toEqual(new Set([0, 1]));
  // Two distinct worker processes, both children of the supervisor.
  expect(new Set(ready.map((line) => line.pid)).size).toBe(2);
  for (const line of ready) expect(processStat(line.pid)?.ppid).toBe(supervisorPid);

  const victim = ready.find((line) => line.slot === 0)!;
  const survivor = ready.find((line) => line.slot === 1)!;
  process.kill(victim.pid, "SIGKILL");

  const [crash] = await pool.waitForLines((line) => line.msg === "worker exited; restarting", 1, STARTUP_MS, "the supervisor to notice the crash");
  expect(crash).toMatchObject({ slot: 0, signal: "SIGKILL", pid: supervisorPid });
  const [replacement] = await pool.waitForLines((line) => isReady(line) && line.slot === 0 && line.pid !== victim.pid, 1, STARTUP_MS, "a replacement worker");
  expect(isRunning(victim.pid)).toBe(false);
  expect(processStat(replacement!.pid)?.ppid).toBe(supervisorPid);
  // Only the crashed slot was restarted.
  expect(isRunning(survivor.pid)).toBe(true);
  expect(pool.lines.filter(isReady)).toHaveLength(3);

  pool.child.kill("SIGTERM");
  expect(await pool.exited).toEqual({ code: 0, signal: null });
  expect(runningInGroup(supervisorPid)).toEqual([]);
});

it("on SIGTERM finishes the in-flight job that completes within the drain, releases the one that does not, and exits", { timeout: 3 * STARTUP_MS }, async () => {
  const receiver = await startReceiver();
  try {
    const pool = spawnPool();
    const supervisorPid = pool.child.pid!;
    const workers = await pool.waitForLines(isReady, 2, STARTUP_MS, "both workers to be ready");

    const tenant = await createTenantRow();
    const jobs = await queueDeliveries(tenant, [`${receiver.url}/answered`, `${receiver.url}/held`]);
    // Both deliveries are in flight: their requests are open at the receiver.
    await waitFor(async () => receiver.requests.size === 2, STARTUP_MS, "both deliveries to reach the receiver");
    expect((await jobStates(Object.values(jobs))).map((job) => job.state)).toEqual(["running", "running"]);

    const sigtermAt = Date.now();
    pool.child.kill("SIGTERM");
    const stopping = await pool.waitForLines((line) => line.msg.startsWith("worker stopping"), 2, EXIT_MARGIN_MS, "both workers to start draining");
    expect(stopping.reduce((sum, line) => sum + (line.inFlight ?? 0), 0)).toBeGreaterThanOrEqual(2);
    // A second SIGTERM must not cut the drain short: systemd (KillMode=control-group) and
    // `kill -- -PGID` signal every process, so a worker hears it from them and again from the
    // supervisor. (Only draining workers: an idle one may already be gone.)
    for (const line of stopping) if (line.inFlight) process.kill(line.pid, "SIGTERM");

    // The answer arrives during the drain: that job finishes normally.
    receiver.requests.get("/answered")!.response.writeHead(200).end();
    const heldClosed = receiver.requests.get("/held")!.closed;
    const exit = await pool.exited;
    const exitedAt = Date.now();
    const heldAbortedAt = await heldClosed;

    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitedAt - sigtermAt).toBeLessThan(DRAIN_MS + EXIT_MARGIN_MS);
    // The held request was given the whole drain before the worker let go of it (timers never fire early; 50 ms for clock rounding).
    expect(heldAbortedAt - sigtermAt).toBeGreaterThanOrEqual(DRAIN_MS - 50);
    expect(runningInGroup(supervisorPid)).toEqual([]);
    for (const worker of workers) expect(isRunning(worker.pid)).toBe(false);

    const states = new Map((await jobStates(Object.values(jobs))).map((job) => [job.id, job]));
    expect(states.get(jobs["/answered"]!)).toMatchObject({ state: "succeeded", attempts: 1 });
    // Released, not lost: runnable again, and the interrupted attempt is not counted against it.
    expect(states.get(jobs["/held"]!)).toMatchObject({ state: "pending", attempts: 0 });
    const deliveries = await ownerQuery((sql) => sql<{ job_id: string; status: string }[]>`
      select job_id, status from webhook_deliveries where job_id = any(${Object.values(jobs)}::uuid[])`);
    expect(Object.fromEntries(deliveries.map((d) => [d.job_id, d.status]))).toEqual({ [jobs["/answered"]!]: "delivered", [jobs["/held"]!]: "pending" });
  } finally {
    await receiver.close();
  }
});

it("takes a killed worker's job back at once and runs it before work queued after it", { timeout: 3 * STARTUP_MS }, async () => {
  const receiver = await startReceiver();
  try {
    // One slot per worker, and a lease far longer than the bound below: only the supervisor can explain a quick restart.
    const pool = spawnPool({ WORKER_CONCURRENCY: "1", QUEUE_LEASE_MS: "120000" });
    const workers = await pool.waitForLines(isReady, 2, STARTUP_MS, "both workers to be ready");
    const tenant = await createTenantRow();
    const first = await queueDelivery(tenant, `${receiver.url}/first`);
    const other = await queueDelivery(tenant, `${receiver.url}/other`);
    await waitFor(async () => receiver.requests.size === 2, STARTUP_MS, "both workers to hold a delivery");
    // Queued after the crash victim's job, while every slot is busy.
    const later = await queueDelivery(tenant, `${receiver.url}/later`);

    const [holder] = await jobStates([first]);
    const slot = Number(/^worker-.+-(\d+)-[0-9a-f]{8}$/.exec(holder!.locked_by ?? "")?.[1]);
    const victim = workers.find((line) => line.slot === slot)!;
    const killedAt = Date.now();
    process.kill(victim.pid, "SIGKILL");

    // Back in the queue at once (not after the 120 s lease), keeping its place.
    const [released] = await waitFor(async () => {
      const rows = await jobStates([first]);
      return rows[0]?.state === "pending" ? rows : null;
    }, 5_000, "the supervisor to take the job back");
    expect(released!.errors.at(-1)!.message).toMatch(/worker process .* exited/);
    // The surviving worker's slot frees up; the next delivery it makes is the victim's job, not the later one.
    receiver.answerFromNowOn();
    await waitFor(async () => receiver.arrivals.filter((path) => path === "/first").length === 2, 5_000, "the victim's job to run again");
    const restartSeconds = (Date.now() - killedAt) / 1000;
    expect(restartSeconds).toBeLessThan(5);
    expect(receiver.arrivals.slice(2, 3)).toEqual(["/first"]);
    await waitFor(async () => (await jobStates([first, other, later])).every((job) => job.state === "succeeded"), STARTUP_MS, "every delivery to finish");
    expect(receiver.arrivals.indexOf("/later")).toBeGreaterThan(2);
  } finally {
    await receiver.close();
  }
});

it("with BRANDSMITH_SUPERVISED=1 shuts the pool down when the supervisor's parent dies", { timeout: 3 * STARTUP_MS }, async () => {
  // A stand-in for `npm start`: a parent that starts the supervisor and is then killed outright.
  const parentScript = `
    const { spawn } = require("node:child_process");
    spawn(process.execPath, ${JSON.stringify(SUPERVISOR)}, { stdio: "inherit" });
    setInterval(() => {}, 60_000);
  `;
  const pool = spawnPool({ BRANDSMITH_SUPERVISED: "1" }, ["-e", parentScript]);
  const group = pool.child.pid!;
  const workers = await pool.waitForLines(isReady, 2, STARTUP_MS, "both workers to be ready");
  const [poolStarted] = await pool.waitForLines((line) => line.msg === "worker pool started", 1, STARTUP_MS, "the supervisor's first line");
  const supervisorPid = poolStarted!.pid;
  expect(processStat(supervisorPid)?.ppid).toBe(group);

  pool.child.kill("SIGKILL");
  await pool.exited;

  // The supervisor checks its parent every second, then drains idle workers: 1 s + EXIT_MARGIN_MS is generous.
  await waitFor(async () => runningInGroup(group).length === 0, 1_000 + EXIT_MARGIN_MS, "the supervisor and its workers to exit");
  expect(pool.lines.some((line) => line.msg === "worker pool shutting down" && line.pid === supervisorPid)).toBe(true);
  for (const worker of workers) expect(isRunning(worker.pid)).toBe(false);
  expect(isRunning(supervisorPid)).toBe(false);
});

/** One webhook endpoint and an event for it alone, queued as the app queues it: returns its job id. */
async function queueDelivery(tenantId: string, url: string): Promise<string> {
  const [deliveryId] = await withTenant(getDb(), tenantId, async (tx) => {
    const [endpoint] = await tx.insert(webhookEndpoints).values({ tenantId, url, secret: "whsec_worker_supervisor_test" }).returning({ id: webhookEndpoints.id });
    return queueWebhookEvent(tx, tenantId, "test", { message: "crash me" }, endpoint!.id);
  });
  const [row] = await ownerQuery((sql) => sql<{ job_id: string }[]>`select job_id from webhook_deliveries where id = ${deliveryId!}`);
  return row!.job_id;
}

/** A webhook endpoint per URL and one event, queued as the app queues it: returns each URL path's job id. */
async function queueDeliveries(tenantId: string, urls: string[]): Promise<Record<string, string>> {
  const deliveryIds = await withTenant(getDb(), tenantId, async (tx) => {
    await tx.insert(webhookEndpoints).values(urls.map((url) => ({ tenantId, url, secret: "whsec_worker_supervisor_test" })));
    return queueWebhookEvent(tx, tenantId, "test", { message: "drain me" });
  });
  const rows = await ownerQuery((sql) => sql<{ job_id: string; url: string }[]>`
    select d.job_id, e.url from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id where d.id = any(${deliveryIds}::uuid[])`);
  return Object.fromEntries(rows.map((row) => [new URL(row.url).pathname, row.job_id]));
}

interface HeldRequest {
  response: http.ServerResponse;
  /** When the worker closed the connection without an answer (its job was aborted). */
  closed: Promise<number>;
}

/** Receives webhook deliveries and holds each one open until the test answers it (or answers all from some point on). */
async function startReceiver() {
  const requests = new Map<string, HeldRequest>();
  /** Every request's path, in the order they arrived. */
  const arrivals: string[] = [];
  let answering = false;
  const server = http.createServer((request, response) => {
    request.resume();
    arrivals.push(request.url ?? "/");
    if (answering) return void response.writeHead(200).end();
    const closed = new Promise<number>((resolve) => response.once("close", () => resolve(Date.now())));
    requests.set(request.url ?? "/", { response, closed });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    arrivals,
    /** Answers the requests held so far and every one after. */
    answerFromNowOn() {
      answering = true;
      for (const held of requests.values()) if (!held.response.headersSent) held.response.writeHead(200).end();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
