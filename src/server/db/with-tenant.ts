import { sql } from "drizzle-orm";
import type { Database, Transaction } from "./client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs `work` in a transaction scoped to one tenant: `app.tenant_id` is set
 * for this transaction only (bound parameter, `is_local = true`), so every
 * row-level-security policy in drizzle/ admits that tenant's rows and no
 * other's. Queries inside should still filter by tenant explicitly.
 */
export async function withTenant<T>(db: Database, tenantId: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
  if (!UUID.test(tenantId)) throw new Error(`withTenant: not a tenant id: ${JSON.stringify(tenantId)}`);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
    return work(tx);
  });
}

/** Scopes an already open transaction to a tenant (e.g. right after creating it). */
export async function setTenant(tx: Transaction, tenantId: string): Promise<void> {
  if (!UUID.test(tenantId)) throw new Error(`setTenant: not a tenant id: ${JSON.stringify(tenantId)}`);
  await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
}
