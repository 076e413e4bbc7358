import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { NonRetryableError } from "@/server/queue/errors";
import { defineHandler } from "../../workers/registry";
import { allFinished, createTenantRow, enqueue, jobStates, startRunner, waitFor } from "../support/queue";
import { createResultsTable } from "../support/results-table";

let results: Awaited<ReturnType<typeof createResultsTable>>;
beforeAll(async () => {
  results = await createResultsTable();
});
afterAll(() => results.close());

const recordJob = defineHandler({
  type: "test.record",
  payload: z.object({ n: z.number() }),
  async run(_payload, { jobId }) {
    await results.record(jobId, "w");
    return { ok: true };
  },
});

describe("delivery", () => {
  it("runs every job exactly once with 4 workers × 4 slots over 300 jobs of 3 tenants", async () => {
    const tenants = await Promise.all([createTenantRow(), createTenantRow(), createTenantRow()]);
    const workers = await Promise.all(Array.from({ length: 4 }, () => startRunner([recordJob], { concurrency: 4 })));
    const ids: string[] = [];
    for (const [i, tenant] of tenants.entries()) {
      const jobs = await enqueue(tenant, Array.from({ length: 100 }, (_, n) => ({ type: "test.record", payload: { n: i * 100 + n } })));
      ids.push(...jobs.map((j) => j.id));
    }
    const finished = await waitFor(() => allFinished(ids), 30_000, "all jobs");
    await Promise.all(workers.map((w) => w.stop()));
    expect(finished.every((j) => j.state === "succeeded" && j.attempts === 1)).toBe(true);
    const rows = await results.rows(ids);
    expect(rows).toHaveLength(300);
    expect(rows.every((r) => r.runs === 1)).toBe(true);
  });

  it("passes a validated payload and fails a malformed one without retrying", async () => {
    const tenant = await createTenantRow();
    const worker = await startRunner([recordJob]);
    const [bad] = await enqueue(tenant, [{ type: "test.record", payload: { n: "seven" } }]);
    const [unknown] = await enqueue(tenant, [{ type: "test.nobody-handles-this", payload: {} }]);
    await waitFor(() => allFinished([bad!.id, unknown!.id]));
    await worker.stop();
    const states = await jobStates([bad!.id, unknown!.id]);
    const byId = Object.fromEntries(states.map((s) => [s.id, s]));
    expect(byId[bad!.id]).toMatchObject({ state: "failed", attempts: 1 });
    expect(byId[bad!.id]!.errors[0]!.message).toMatch(/Invalid payload: n:/);
    expect(byId[unknown!.id]).toMatchObject({ state: "failed", attempts: 1 });
    expect(byId[unknown!.id]!.errors[0]!.message).toMatch(/No handler for job type "test.nobody-handles-this"/);
  });
});

describe("failures", () => {
  it("retries with exponential backoff, then succeeds", async () => {
    const tenant = await createTenantRow();
    let calls = 0;
    const flaky = defineHandler({
      type: "test.flaky",
      payload: z.object({}),
      async run() {
        calls += 1;
        if (calls < 3) throw new Error(`temporary failure ${calls}`);
        return { calls };
      },
    });
    const worker = await startRunner([flaky], { retryBaseMs: 200, random: () => 1 });
    const [job] = await enqueue(tenant, [{ type: "test.flaky", payload: {} }]);
    const [finished] = await waitFor(() => allFinished([job!.id]), 10_000);
    await worker.stop();
    expect(finished).toMatchObject({ state: "succeeded", attempts: 3 });
    const [first, second] = finished!.errors.map((e) => new Date(e.at).getTime());
    // After attempt 1 the job waits 200 ms, after attempt 2 400 ms (jitter pinned to its maximum).
    expect(second! - first!).toBeGreaterThanOrEqual(200);
    expect(finished!.finished_at!.getTime() - second!).toBeGreaterThanOrEqual(400);
    expect(finished!.errors.map((e) => e.message)).toEqual(["temporary failure 1", "temporary failure 2"]);
  });

  it("fails at once an error that says it is not retryable", async () => {
    const tenant = await createTenantRow();
    const refuse = defineHandler({
      type: "test.bad-request",
      payload: z.object({}),
      async run() {
        throw Object.assign(new Error("Ollama answered 400: invalid format"), { retryable: false });
      },
    });
    const worker = await startRunner([refuse]);
    const [job] = await enqueue(tenant, [{ type: "test.bad-request", payload: {} }]);
    const [finished] = await waitFor(() => allFinished([job!.id]));
    await worker.stop();
    expect(finished).toMatchObject({ state: "failed", attempts: 1 });
  });

  it("fails a NonRetryableError at once", async () => {
    const tenant = await createTenantRow();
    const refuse = defineHandler({
      type: "test.refuse",
      payload: z.object({}),
      async run() {
        throw new NonRetryableError("This brief has no products; add one and try again.");
      },
    });
    const worker = await startRunner([refuse]);
    const [job] = await enqueue(tenant, [{ type: "test.refuse", payload: {} }]);
    const [finished] = await waitFor(() => allFinished([job!.id]));
    await worker.stop();
    expect(finished).toMatchObject({ state: "failed", attempts: 1 });
  });
});

describe("dead letters and cancellation", () => {
  it("dead-letters a job after max attempts and redrives it", async () => {
    const { createWorkspace, signUp } = await import("../support/actors");
    const owner = await signUp("Queue Owner");
    const ws = await createWorkspace(owner);
    let healthy = false;
    const fragile = defineHandler({
      type: "test.fragile",
      payload: z.object({}),
      async run() {
        if (!healthy) throw new Error("model server unreachable");
        return { ok: true };
      },
    });
    const worker = await startRunner([fragile], { retryBaseMs: 20 });
    const [job] = await enqueue(ws.id, [{ type: "test.fragile", payload: {}, maxAttempts: 3 }]);
    const [dead] = await waitFor(() => allFinished([job!.id]));
    expect(dead).toMatchObject({ state: "failed", attempts: 3 });
    expect(dead!.errors).toHaveLength(3);

    const caller = await owner.caller(ws.slug);
    const listed = await caller.jobs.list({ state: "failed" });
    expect(listed.jobs.map((j) => j.id)).toContain(job!.id);
    expect(listed.counts.failed).toBe(1);

    healthy = true;
    expect(await caller.jobs.redrive({ type: "test.fragile" })).toEqual({ redriven: 1 });
    const [redriven] = await waitFor(() => allFinished([job!.id]).then((r) => (r?.[0]?.state === "succeeded" ? r : null)));
    expect(redriven).toMatchObject({ state: "succeeded", attempts: 1 });
    await worker.stop();
  });

  it("cancels a pending job before it runs and a running job through its AbortSignal", async () => {
    const { createWorkspace, signUp } = await import("../support/actors");
    const owner = await signUp("Queue Owner");
    const ws = await createWorkspace(owner);
    const caller = await owner.caller(ws.slug);
    let sawAbort = false;
    const slow = defineHandler({
      type: "test.slow",
      payload: z.object({}),
      async run(_payload, { signal }) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, 20_000);
          signal.addEventListener("abort", () => {
            sawAbort = true;
            clearTimeout(timer);
            reject(signal.reason);
          });
        });
      },
    });
    const [pending] = await enqueue(ws.id, [{ type: "test.slow", payload: {}, runAt: new Date(Date.now() + 60_000) }]);
    expect(await caller.jobs.cancel({ jobId: pending!.id })).toMatchObject({ state: "cancelled" });

    const worker = await startRunner([slow]);
    const [running] = await enqueue(ws.id, [{ type: "test.slow", payload: {} }]);
    await waitFor(() => jobStates([running!.id]).then((r) => r[0]?.state === "running"));
    expect(await caller.jobs.cancel({ jobId: running!.id })).toMatchObject({ state: "cancelling" });
    const [cancelled] = await waitFor(() => allFinished([running!.id]), 5_000);
    expect(cancelled!.state).toBe("cancelled");
    expect(sawAbort).toBe(true);
    expect((await jobStates([pending!.id]))[0]!.state).toBe("cancelled");

    const message = await caller.jobs.cancel({ jobId: running!.id }).catch((error: Error) => error.message);
    expect(message).toMatch(/already been cancelled/);
    expect(await caller.jobs.retry({ jobId: running!.id })).toMatchObject({ state: "pending" });
    await caller.jobs.cancel({ jobId: running!.id }).catch(() => undefined);
    await worker.stop(100);
  });
});

describe("scheduling", () => {
  it("starts all of a light tenant's jobs within a bounded number of a heavy tenant's", async () => {
    const heavy = await createTenantRow();
    const light = await createTenantRow();
    const order: string[] = [];
    const tracked = defineHandler({
      type: "test.tracked",
      payload: z.object({ tenant: z.string() }),
      async run(payload) {
        order.push(payload.tenant);
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    });
    const heavyJobs = await enqueue(heavy, Array.from({ length: 200 }, () => ({ type: "test.tracked", payload: { tenant: "heavy" } })));
    const worker = await startRunner([tracked], { concurrency: 2 });
    await waitFor(async () => order.length >= 10);
    const lightJobs = await enqueue(light, Array.from({ length: 5 }, () => ({ type: "test.tracked", payload: { tenant: "light" } })));
    const startIndex = order.length;
    await waitFor(() => allFinished([...heavyJobs, ...lightJobs].map((j) => j.id)), 30_000);
    await worker.stop();
    const afterLight = order.slice(startIndex);
    const lastLight = afterLight.lastIndexOf("light");
    const heavyBefore = afterLight.slice(0, lastLight).filter((t) => t === "heavy").length;
    // FIFO would run all ~190 remaining heavy jobs first.
    expect(heavyBefore).toBeLessThanOrEqual(8);
  });

  it("prefers jobs whose model runner is loaded, without starving the others", async () => {
    const tenant = await createTenantRow();
    const order: string[] = [];
    const model = defineHandler({
      type: "test.model",
      payload: z.object({ key: z.string() }),
      async run(payload) {
        order.push(payload.key);
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    });
    const jobs = await enqueue(
      tenant,
      Array.from({ length: 20 }, (_, i) => ({ type: "test.model", payload: { key: i % 2 ? "warm" : "cold" }, runnerKey: i % 2 ? "warm" : "cold" })),
    );
    const worker = await startRunner([model], {
      concurrency: 1,
      hosts: () => [{ host: "h1", freeSlots: 1, loadedKeys: ["warm"] }],
      // Ten warm jobs take ~50 ms; a cold one is forced after 2 s of waiting, a 40× margin for a loaded machine.
      scheduling: { maxWaitMs: 2_000 },
    });
    await waitFor(() => allFinished(jobs.map((j) => j.id)), 20_000);
    await worker.stop();
    expect(order.slice(0, 10), order.join(",")).toEqual(Array(10).fill("warm"));
    expect(order.filter((key) => key === "cold")).toHaveLength(10);
  });
});

describe("graceful shutdown", () => {
  const sleeper = (ms: number) =>
    defineHandler({
      type: "test.sleeper",
      payload: z.object({}),
      async run(_payload, { signal }) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, ms);
          signal.addEventListener("abort", () => {
            clearTimeout(timer);
            reject(signal.reason);
          });
        });
        return { slept: ms };
      },
    });

  it("finishes in-flight work that ends within the drain time", async () => {
    const tenant = await createTenantRow();
    const worker = await startRunner([sleeper(300)]);
    const [job] = await enqueue(tenant, [{ type: "test.sleeper", payload: {} }]);
    await waitFor(() => jobStates([job!.id]).then((r) => r[0]?.state === "running"));
    await worker.stop(5_000);
    expect((await jobStates([job!.id]))[0]).toMatchObject({ state: "succeeded", attempts: 1 });
  });

  it("stopped while it is claiming and running a backlog, it finishes what it holds and leaves the rest untouched", async () => {
    const tenant = await createTenantRow();
    const jobs = await enqueue(tenant, Array.from({ length: 20 }, () => ({ type: "test.sleeper", payload: {} })));
    const worker = await startRunner([sleeper(300)], { concurrency: 8 });
    // Stop as soon as the first claim round has landed: the backlog is half taken.
    await waitFor(() => jobStates(jobs.map((j) => j.id)).then((rows) => rows.some((r) => r.state === "running")), 10_000, "the first claim");
    await worker.stop(5_000);
    const states = await jobStates(jobs.map((j) => j.id));
    const count = (state: string) => states.filter((j) => j.state === state).length;
    expect(count("running")).toBe(0);
    // The stop fell in the middle: some jobs were run to the end, some were never taken, none spent an attempt for nothing.
    expect(count("succeeded")).toBeGreaterThan(0);
    expect(count("pending")).toBeGreaterThan(0);
    expect(states.filter((j) => j.state === "succeeded").every((j) => j.attempts === 1)).toBe(true);
    expect(states.filter((j) => j.state === "pending").every((j) => j.attempts === 0)).toBe(true);
  });

  it("keeps renewing leases while it drains, so nobody else takes the job", async () => {
    const tenant = await createTenantRow();
    // The job outlasts its lease twice over; heartbeats every third of the lease keep it (a 1.5 s lease leaves
    // room for event-loop stalls of a busy 2-core machine, which a 600 ms one did not).
    const worker = await startRunner([sleeper(3_500)], { leaseMs: 1_500 });
    const [job] = await enqueue(tenant, [{ type: "test.sleeper", payload: {} }]);
    await waitFor(() => jobStates([job!.id]).then((r) => r[0]?.state === "running"));
    const stopping = worker.stop(10_000);
    const rival = await startRunner([sleeper(1)], { leaseMs: 1_500, pollMs: 100 });
    await stopping;
    await rival.stop();
    expect((await jobStates([job!.id]))[0]).toMatchObject({ state: "succeeded", attempts: 1 });
  });

  it("releases work that outlasts the drain time, without spending an attempt", async () => {
    const tenant = await createTenantRow();
    const worker = await startRunner([sleeper(30_000)]);
    const [job] = await enqueue(tenant, [{ type: "test.sleeper", payload: {} }]);
    await waitFor(() => jobStates([job!.id]).then((r) => r[0]?.state === "running"));
    await worker.stop(200);
    expect((await jobStates([job!.id]))[0]).toMatchObject({ state: "pending", attempts: 0 });
    const next = await startRunner([sleeper(10)]);
    await waitFor(() => allFinished([job!.id]));
    await next.stop();
    expect((await jobStates([job!.id]))[0]).toMatchObject({ state: "succeeded", attempts: 1 });
  });
});
