/**
 * A workspace for a benchmark, made the way the product makes one: a person
 * (inserted with the owner login, as sign-up would) and a tenant through
 * createTenant, which makes them its owner. Returns the ServiceContext the
 * pages' services take.
 */
import type { Sql } from "postgres";
import type { Database } from "@/server/db/client";
import type { ServiceContext } from "@/server/services/context";
import { createTenant } from "@/server/services/tenants";

export async function benchWorkspace(owner: Sql, db: Database, workspace: { name: string; slug: string }): Promise<ServiceContext> {
  const email = `owner@${workspace.slug}.example`;
  const [person] = await owner<{ id: string }[]>`insert into "user" (name, email, email_verified) values ('Bench Owner', ${email}, true) returning id`;
  const actor = { userId: person!.id, email, name: "Bench Owner" };
  const tenant = await createTenant(db, actor, workspace);
  return { tenantId: tenant.id, db, actor: { ...actor, role: "owner" } };
}
