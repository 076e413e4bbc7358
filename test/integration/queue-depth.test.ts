/**
 * queue_runnable_jobs, the view KEDA scales the workers on (drizzle/0020):
 * per class, the jobs a worker could start now — pending and due, or running
 * on a lapsed lease — and nothing else, across tenants; readable by the
 * queue-depth login, which can read nothing else.
 */
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { provisionQueueDepthLogin } from "@/server/db/roles";
import { PRIORITY } from "@/server/queue/enqueue";
import { createWorkspace, signUp } from "../support/actors";

type Depth = { interactive: number; batch: number };
const owner = postgres(inject("ownerDatabaseUrl"), { max: 1, onnotice: () => {} });
let tenants: string[] = [];

beforeAll(async () => {
  const person = await signUp("Ada Owner");
  tenants = [(await createWorkspace(person)).id, (await createWorkspace(person)).id, (await createWorkspace(person)).id];
});
afterAll(() => owner.end());

/** One job in each state a job can be in, `n` times, for a tenant and a class. */
async function insertEveryState(sql: postgres.TransactionSql, tenantId: string, priority: number, n: number) {
  const states = [
    ["pending", "now() - interval '1 second'", null], // due: runnable
    ["pending", "now() + interval '1 hour'", null], // deferred (retry backoff, a later run_at): not yet
    ["running", "now() - interval '1 minute'", "now() + interval '1 minute'"], // leased out to a live worker
    ["running", "now() - interval '1 minute'", "now() - interval '1 second'"], // its lease lapsed: a worker must take it back
    ["succeeded", "now() - interval '1 minute'", null],
    ["failed", "now() - interval '1 minute'", null],
    ["cancelled", "now() - interval '1 minute'", null],
  ] as const;
  for (let i = 0; i < n; i++) {
    for (const [state, runAt, lease] of states) {
      await sql.unsafe(
        `insert into jobs (tenant_id, type, payload, state, priority, run_at, lease_expires_at, locked_by)
         values ($1, 'campaign.generate', '{}', $2, $3, ${runAt}, ${lease ?? "null"}, ${lease ? "'worker-1'" : "null"})`,
        [tenantId, state, priority],
      );
    }
  }
}

/** The view as KEDA's role sees it. */
async function depth(sql: postgres.TransactionSql): Promise<Depth> {
  await sql`set local role brandsmith_queue_depth`;
  const rows = await sql<{ class: keyof Depth; runnable: number }[]>`select class, runnable from queue_runnable_jobs order by class`;
  await sql`reset role`;
  return Object.fromEntries(rows.map((r) => [r.class, r.runnable])) as Depth;
}

class Rollback extends Error {}

describe("queue_runnable_jobs", () => {
  it("counts, per class, the jobs due now and the ones whose lease lapsed, in every tenant, and nothing else", async () => {
    // One transaction, rolled back: now() is fixed inside it, so the counts before and after are exact
    // whatever other test files left in the queue.
    await owner
      .begin(async (sql) => {
        const before = await depth(sql);
        expect(Object.keys(before).sort()).toEqual(["batch", "interactive"]);
        await insertEveryState(sql, tenants[0]!, PRIORITY.interactive, 1);
        await insertEveryState(sql, tenants[0]!, PRIORITY.batch, 3);
        await insertEveryState(sql, tenants[1]!, PRIORITY.interactive, 2);
        await insertEveryState(sql, tenants[2]!, PRIORITY.batch, 5);
        const after = await depth(sql);
        // Two runnable states (due, lapsed lease) per inserted set.
        expect({ interactive: after.interactive - before.interactive, batch: after.batch - before.batch }).toEqual({ interactive: 2 * (1 + 2), batch: 2 * (3 + 5) });

        // A deferred job counts once it is due; a claimed one stops counting.
        await sql`update jobs set run_at = now() - interval '1 second' where tenant_id = ${tenants[2]!} and state = 'pending' and run_at > now()`;
        expect((await depth(sql)).batch - before.batch).toBe(2 * 8 + 5);
        await sql`update jobs set state = 'running', lease_expires_at = now() + interval '1 minute' where tenant_id = ${tenants[1]!} and state = 'pending'`;
        expect((await depth(sql)).interactive - before.interactive).toBe(2 * 3 - 2);
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
  });

  it("answers zero for a class with nothing to do, so the scaler always gets a number", async () => {
    await owner
      .begin(async (sql) => {
        await sql`delete from jobs where (state = 'pending' and run_at <= now()) or (state = 'running' and lease_expires_at < now())`;
        expect(await depth(sql)).toEqual({ batch: 0, interactive: 0 });
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
  });

  it("lets KEDA's login read the counts and nothing else", async () => {
    const ownerUrl = new URL(inject("ownerDatabaseUrl"));
    const kedaUrl = new URL(ownerUrl);
    kedaUrl.username = "brandsmith_keda_test";
    kedaUrl.password = "keda-test";
    expect(await provisionQueueDepthLogin(owner, kedaUrl.toString())).toBe("brandsmith_keda_test");
    const grants = await owner`select table_name, privilege_type from information_schema.role_table_grants where grantee = 'brandsmith_queue_depth'`;
    expect(grants.map((g) => [g.table_name, g.privilege_type])).toEqual([["queue_runnable_jobs", "SELECT"]]);
    const [role] = await owner`select rolcanlogin, rolbypassrls, rolsuper from pg_roles where rolname = 'brandsmith_queue_depth'`;
    expect(role).toEqual({ rolcanlogin: false, rolbypassrls: false, rolsuper: false });
    const keda = postgres(kedaUrl.toString(), { max: 1, onnotice: () => {} });
    try {
      const rows = await keda<{ runnable: number }[]>`select runnable from queue_runnable_jobs where class = 'interactive'`;
      expect(rows).toHaveLength(1);
      expect(typeof rows[0]!.runnable).toBe("number");
      for (const table of ["jobs", "organization", "brand_guide_files", "drafts"]) {
        await expect(keda.unsafe(`select count(*) from ${table}`)).rejects.toThrow(/permission denied/);
      }
      await expect(keda`update jobs set state = 'cancelled'`).rejects.toThrow(/permission denied/);
    } finally {
      await keda.end();
    }
  });
});
