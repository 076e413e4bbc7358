/** A worker killed with SIGKILL mid-job: the lease lapses, another worker reclaims the job, one result row. */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { crashableHandler } from "../support/crashable-handler";
import { allFinished, createTenantRow, enqueue, jobStates, startRunner, waitFor } from "../support/queue";
import { createResultsTable } from "../support/results-table";

let results: Awaited<ReturnType<typeof createResultsTable>>;
beforeAll(async () => {
  results = await createResultsTable();
});
afterAll(() => results.close());

it("reclaims a job from a worker killed with -9 and completes it exactly once", async () => {
  const tenant = await createTenantRow();
  const child = spawn(process.execPath, ["--import", "tsx", "test/support/queue-worker-process.ts"], {
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      child.once("exit", (code) => reject(new Error(`worker process exited early (${code})`)));
    });
    const [job] = await enqueue(tenant, [{ type: "test.crashable", payload: {} }]);
    await waitFor(() => jobStates([job!.id]).then((rows) => rows[0]?.state === "running"), 10_000, "the child to start the job");
    await waitFor(() => results.rows([job!.id]).then((rows) => rows.length === 1), 5_000, "the side effect");

    child.kill("SIGKILL");
    await exited;
    const killedAt = Date.now();

    const { handler, close } = crashableHandler(inject("databaseUrl"), { hang: false });
    const survivor = await startRunner([handler], { leaseMs: 1_500, pollMs: 200 });
    const [finished] = await waitFor(() => allFinished([job!.id]), 15_000, "the job to be reclaimed and finished");
    const reclaimSeconds = (Date.now() - killedAt) / 1000;
    await survivor.stop();
    await close();

    // Losing its worker cost it no attempt; the loss is on record.
    expect(finished).toMatchObject({ state: "succeeded", attempts: 1 });
    // Taken back because its lease lapsed (not because anything else noticed the crash), and run again after the kill.
    expect(finished!.errors[0]!.message).toMatch(/lease expired/);
    expect(new Date(finished!.errors[0]!.at).getTime()).toBeGreaterThanOrEqual(killedAt - 1_000);
    // Lease 1.5 s + poll 0.2 s; 12 s leaves a 7× margin for a loaded 2-core machine and still catches a lease that never lapses.
    expect(reclaimSeconds).toBeLessThan(12);
    const rows = await results.rows([job!.id]);
    expect(rows).toEqual([{ job_id: job!.id, runs: 2 }]);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
});
