/**
 * Jobs taken back from a lost worker keep their place, and a database that
 * cannot be reached costs a job no attempt. Real runners on the test
 * database; a "lost" worker is one that claimed and then went silent.
 */
import { expect, inject, it } from "vitest";
import { z } from "zod";
import { claimJobs, createQueuePool, reclaimExpired, releaseWorkerJobs } from "@/server/queue/store";
import { getDb } from "@/server/db/client";
import { withTenant } from "@/server/db/with-tenant";
import { holdsJob } from "@/server/queue/fence";
import { defineHandler } from "../../workers/registry";
import { createTenantRow, enqueue, jobStates, ownerQuery, startRunner, waitFor } from "../support/queue";

/** Records the order jobs start in. */
function orderRecorder() {
  const started: string[] = [];
  const handler = defineHandler({
    type: "test.ordered",
    payload: z.object({ name: z.string() }),
    async run({ name }) {
      started.push(name);
      return { ok: true };
    },
  });
  return { started, handler };
}

/** A worker that claims a job and then is never heard from again (frozen, or its host gone). */
async function claimAndVanish(jobId: string, workerId: string, leaseMs: number) {
  const sql = createQueuePool(inject("databaseUrl"), 1);
  try {
    const claimed = await claimJobs(sql, [jobId], workerId, leaseMs);
    expect(claimed).toHaveLength(1);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

it("runs a job reclaimed after its lease before jobs queued after it", async () => {
  const tenant = await createTenantRow();
  const [lost] = await enqueue(tenant, [{ type: "test.ordered", payload: { name: "lost" } }]);
  await claimAndVanish(lost!.id, "worker-frozen", 300);
  // Queued after the lost job, with the same priority: today's backlog behind it.
  await enqueue(tenant, [1, 2, 3].map((n) => ({ type: "test.ordered", payload: { name: `later-${n}` } })));
  const { started, handler } = orderRecorder();
  // The lease runs out before any worker looks: the one that comes reclaims it, then picks in queue order.
  await new Promise((resolve) => setTimeout(resolve, 400));
  const worker = await startRunner([handler], { concurrency: 1, leaseMs: 300, pollMs: 100 });
  try {
    await waitFor(async () => started.length === 4, 10_000, "all four jobs to run");
  } finally {
    await worker.stop();
  }
  expect(started[0]).toBe("lost");
  const [row] = await jobStates([lost!.id]);
  // Losing its worker cost it no attempt.
  expect(row).toMatchObject({ state: "succeeded", attempts: 1, lost_at: null });
  expect(row!.errors[0]).toMatchObject({ message: expect.stringMatching(/lease expired/), lost: true });
});

it("takes back every job of a worker the supervisor saw exit, at once and in place", async () => {
  const tenant = await createTenantRow();
  const jobs = await enqueue(tenant, [{ type: "test.ordered", payload: { name: "a" } }, { type: "test.ordered", payload: { name: "b" } }]);
  const runAtBefore = (await jobStates(jobs.map((j) => j.id))).map((j) => j.run_at.getTime()).sort();
  // A long lease: only the release explains the jobs coming back.
  for (const job of jobs) await claimAndVanish(job.id, "worker-killed", 600_000);
  const sql = createQueuePool(inject("databaseUrl"), 1);
  try {
    const taken = await releaseWorkerJobs(sql, "worker-killed");
    expect(taken.map((j) => j.state)).toEqual(["pending", "pending"]);
    // Another worker's jobs are not touched.
    expect(await releaseWorkerJobs(sql, "worker-alive")).toEqual([]);
  } finally {
    await sql.end({ timeout: 5 });
  }
  const rows = await jobStates(jobs.map((j) => j.id));
  expect(rows.map((r) => r.run_at.getTime()).sort()).toEqual(runAtBefore);
  for (const row of rows) {
    expect(row).toMatchObject({ state: "pending", attempts: 0, locked_by: null });
    expect(row.lost_at).toBeInstanceOf(Date);
    expect(row.errors.at(-1)!.message).toMatch(/exited/);
  }
});

it("fences a handler's final write: a worker that lost its job cannot write, its successor can", async () => {
  const tenant = await createTenantRow();
  const [job] = await enqueue(tenant, [{ type: "test.ordered", payload: { name: "fenced" } }]);
  await claimAndVanish(job!.id, "worker-frozen", 600_000);
  const holds = (workerId: string) => withTenant(getDb(), tenant, (tx) => holdsJob(tx, job!.id, workerId));
  expect(await holds("worker-frozen")).toBe(true);
  const sql = createQueuePool(inject("databaseUrl"), 1);
  try {
    await releaseWorkerJobs(sql, "worker-frozen");
    // Woken up, the frozen worker finds it no longer holds the job.
    expect(await holds("worker-frozen")).toBe(false);
    await claimJobs(sql, [job!.id], "worker-next", 60_000);
    expect(await holds("worker-next")).toBe(true);
  } finally {
    await sql.end({ timeout: 5 });
  }
});

it("dead-letters a job whose worker is lost three times, whatever its attempts", async () => {
  const tenant = await createTenantRow();
  const [job] = await enqueue(tenant, [{ type: "test.ordered", payload: { name: "poison" }, maxAttempts: 5 }]);
  const sql = createQueuePool(inject("databaseUrl"), 1);
  const states: string[] = [];
  try {
    for (let loss = 1; loss <= 3; loss++) {
      await claimAndVanish(job!.id, `worker-oom-${loss}`, 600_000);
      states.push(...(await releaseWorkerJobs(sql, `worker-oom-${loss}`)).map((j) => j.state));
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
  expect(states).toEqual(["pending", "pending", "failed"]);
  const [row] = await jobStates([job!.id]);
  expect(row).toMatchObject({ state: "failed", lost_at: null });
  expect(row!.errors.filter((e) => (e as { lost?: boolean }).lost)).toHaveLength(3);
});

it("gives a job back without spending an attempt when the database cannot be reached", async () => {
  const tenant = await createTenantRow();
  let calls = 0;
  const handler = defineHandler({
    type: "test.database-down",
    payload: z.object({}),
    async run() {
      calls++;
      // What postgres.js raises when the server goes down under a query.
      if (calls === 1) throw Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
      return { ok: true };
    },
  });
  const [job] = await enqueue(tenant, [{ type: "test.database-down", payload: {}, maxAttempts: 1 }]);
  const worker = await startRunner([handler], { pollMs: 100 });
  try {
    await waitFor(async () => (await jobStates([job!.id]))[0]?.state === "succeeded", 15_000, "the job to run again and succeed");
  } finally {
    await worker.stop();
  }
  // One attempt allowed, two runs: the first did not count.
  expect(calls).toBe(2);
  expect((await jobStates([job!.id]))[0]).toMatchObject({ state: "succeeded", attempts: 1 });
});

it("spends an attempt as usual when another service refuses the connection and the database answers", async () => {
  const tenant = await createTenantRow();
  const handler = defineHandler({
    type: "test.model-server-down",
    payload: z.object({}),
    async run() {
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:11434"), { code: "ECONNREFUSED" });
    },
  });
  const [job] = await enqueue(tenant, [{ type: "test.model-server-down", payload: {}, maxAttempts: 2 }]);
  const worker = await startRunner([handler], { pollMs: 100 });
  try {
    await waitFor(async () => (await jobStates([job!.id]))[0]?.state === "failed", 15_000, "the job to use up its attempts");
  } finally {
    await worker.stop();
  }
  expect((await jobStates([job!.id]))[0]).toMatchObject({ state: "failed", attempts: 2 });
});

it("does not reclaim leases within one lease of the database starting", async () => {
  const [row] = await ownerQuery((sql) => sql<{ up_ms: number }[]>`select extract(epoch from now() - pg_postmaster_start_time()) * 1000 as up_ms`);
  const upMs = Number(row!.up_ms);
  const tenant = await createTenantRow();
  const [job] = await enqueue(tenant, [{ type: "test.ordered", payload: { name: "held" } }]);
  await claimAndVanish(job!.id, "worker-reconnecting", 1);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const sql = createQueuePool(inject("databaseUrl"), 1);
  try {
    // A lease longer than the database has been up: its holder may still be reconnecting.
    expect(await reclaimExpired(sql, upMs + 60_000)).toEqual([]);
    expect((await jobStates([job!.id]))[0]?.state).toBe("running");
    // Long enough after the start: taken back.
    expect((await reclaimExpired(sql, 1)).map((j) => j.id)).toContain(job!.id);
  } finally {
    await sql.end({ timeout: 5 });
  }
});
