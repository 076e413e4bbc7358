/**
 * The second wall of tenant isolation, checked from Postgres' own catalog:
 * every table with a tenant_id column has row-level security enabled AND
 * forced, with a policy on app.tenant_id, and the app's login cannot bypass it.
 */
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { getConnection, getDb } from "@/server/db/client";
import { auditEvents } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import { createWorkspace, signUp } from "../support/actors";

const owner = postgres(inject("ownerDatabaseUrl"), { max: 1, onnotice: () => {} });
afterAll(() => owner.end());

describe("row-level security catalog", () => {
  it("covers every table that has a tenant_id column: enabled, forced, with the tenant policy", async () => {
    const tables = await owner<{ table: string; enabled: boolean; forced: boolean; policies: string[] }[]>`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
             coalesce(array_agg(p.polname) filter (where p.polname is not null), '{}') as policies
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
      left join pg_policy p on p.polrelid = c.oid
      where c.relkind in ('r', 'p')
      group by c.relname, c.relrowsecurity, c.relforcerowsecurity
      order by c.relname
    `;
    expect(tables.length).toBeGreaterThan(0);
    const unprotected = tables.filter((t) => !t.enabled || !t.forced || !t.policies.includes("tenant_isolation"));
    expect(unprotected, `tables without enabled+forced RLS: ${unprotected.map((t) => t.table).join(", ")}`).toEqual([]);
  });

  it("allows no other policy than the queue role's, and that role cannot bypass RLS or log in", async () => {
    const policies = await owner<{ table: string; policy: string; roles: string[] }[]>`
      select tablename as table, policyname as policy, roles from pg_policies where schemaname = 'public' and policyname <> 'tenant_isolation'`;
    expect(policies).toEqual(
      expect.arrayContaining([
        { table: "jobs", policy: "queue_workers", roles: ["brandsmith_queue"] },
        { table: "generations", policy: "model_metrics", roles: ["brandsmith_metrics"] },
      ]),
    );
    expect(policies).toHaveLength(2);
    // The metrics role sees speed figures only: no prompt, no output, no tenant.
    const columns = await owner`select column_name from information_schema.column_privileges where grantee = 'brandsmith_metrics' order by 1`;
    expect(columns.map((c) => c.column_name)).toEqual(["completion_tokens", "eval_ms", "model_name", "ttft_ms"]);
    const [queueRole] = await owner`select rolcanlogin, rolbypassrls, rolsuper from pg_roles where rolname = 'brandsmith_queue'`;
    expect(queueRole).toEqual({ rolcanlogin: false, rolbypassrls: false, rolsuper: false });
    const grants = await owner`select table_name from information_schema.role_table_grants where grantee = 'brandsmith_queue'`;
    // It also owns queue_runnable_jobs (drizzle/0020): the view reads jobs through this role's policy and shows counts only.
    expect(new Set(grants.map((g) => g.table_name))).toEqual(new Set(["jobs", "queue_runnable_jobs"]));
  });

  it("lets the app login reach other tenants' jobs only after SET ROLE brandsmith_queue", async () => {
    const sql = getConnection().sql;
    // Without a tenant in scope the app login sees no job at all, whatever exists.
    const [plain] = await sql`select count(*)::int as n from jobs`;
    expect(plain?.n).toBe(0);
    const [inherited] = await sql`select pg_has_role(current_user, 'brandsmith_queue', 'USAGE') as usage, pg_has_role(current_user, 'brandsmith_queue', 'MEMBER') as member`;
    expect(inherited).toEqual({ usage: false, member: true });
  });

  it("has an index starting with tenant_id on every tenant table", async () => {
    const missing = await owner<{ table: string }[]>`
      select c.relname as table
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id'
      where c.relkind = 'r'
        and not exists (select 1 from pg_index i where i.indrelid = c.oid and i.indkey[0] = a.attnum)
    `;
    expect(missing).toEqual([]);
  });

  it("connects the app as a login that is neither superuser, BYPASSRLS, nor table owner", async () => {
    const [me] = await getConnection().sql<{ user: string; super: boolean; bypass: boolean }[]>`
      select current_user as user, rolsuper as super, rolbypassrls as bypass from pg_roles where rolname = current_user`;
    expect(me).toMatchObject({ super: false, bypass: false });
    const owned = await owner`select tablename from pg_tables where schemaname = 'public' and tableowner = ${me!.user}`;
    expect(owned).toEqual([]);
  });
});

describe("row-level security in action (app login)", () => {
  it("shows no tenant rows without app.tenant_id, and only the scoped tenant's rows with it", async () => {
    const alice = await signUp("Alice Rls");
    const bob = await signUp("Bob Rls");
    const a = await createWorkspace(alice);
    const b = await createWorkspace(bob);
    const db = getDb();

    const unscoped = await db.select().from(auditEvents);
    expect(unscoped).toEqual([]);

    // No WHERE on purpose: only the policy stands between tenants here.
    const seenByA = await withTenant(db, a.id, (tx) => tx.select().from(auditEvents));
    expect(seenByA.length).toBeGreaterThan(0);
    expect(new Set(seenByA.map((row) => row.tenantId))).toEqual(new Set([a.id]));

    const forged = await withTenant(db, b.id, (tx) =>
      tx.insert(auditEvents).values({ tenantId: a.id, action: "forged", objectType: "tenant" }),
    ).catch((error: Error) => error);
    expect((forged as Error & { cause?: Error }).cause?.message).toMatch(/row-level security/);
    const changed = await withTenant(db, b.id, (tx) => tx.execute(sql`update audit_events set action = 'tampered' where tenant_id = ${a.id}`));
    expect(changed.count).toBe(0);
  });

  it("binds the tenant id as a parameter and rejects anything that is not a uuid", async () => {
    await expect(withTenant(getDb(), "x'; drop table audit_events; --", async () => 1)).rejects.toThrow(/not a tenant id/);
  });
});
