import { sql } from "drizzle-orm";
import type { Sql } from "postgres";
import type { Database } from "@/server/db/client";
import { getServingProvider, noModelServer } from "@/server/models/provider";
import { providerSetting } from "@/server/models/selection";
import { asQueue } from "@/server/queue/store";

/** `absent`: the component is not part of this deployment (yet); nothing is broken. */
export type ComponentStatus = { status: "ok" | "degraded" | "down" | "absent"; detail?: string; latencyMs?: number };

export interface Health {
  status: "ok" | "degraded" | "down";
  db: ComponentStatus;
  queue: ComponentStatus;
  modelProvider: ComponentStatus & { provider: string };
  version: string;
}

/**
 * Liveness of what the app depends on: the database, the queue (is work
 * being picked up?) and the model server(s).
 */
export async function checkHealth({ db, sql: raw }: { db: Database; sql: Sql }): Promise<Health> {
  // The three checks run side by side: an unreachable database host must not make the answer
  // take the sum of every connect timeout (orchestrators give a health check a few seconds).
  const checkDb = async (): Promise<ComponentStatus> => {
    const started = performance.now();
    try {
      await db.execute(sql`select 1`);
      return { status: "ok", latencyMs: Math.round(performance.now() - started) };
    } catch (error) {
      return { status: "down", detail: driverMessage(error) };
    }
  };
  const [dbStatus, queue, modelProvider] = await Promise.all([checkDb(), checkQueue(raw), checkModelProvider()]);
  // A dead model server degrades the app (nothing can be generated) but does not take it down.
  const status = dbStatus.status === "down" ? "down" : [queue.status, modelProvider.status].some((s) => s === "degraded" || s === "down") ? "degraded" : "ok";
  return { status, db: dbStatus, queue, modelProvider, version: process.env.npm_package_version ?? "0.1.0" };
}

/**
 * Drizzle wraps the driver's error in "Failed query: select 1 params:"; the
 * cause is what an operator needs ("connect ECONNREFUSED …", "password
 * authentication failed …").
 */
function driverMessage(error: unknown): string {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}

/** Work waiting far longer than a worker would leave it suggests no worker is running. */
async function checkQueue(raw: Sql): Promise<ComponentStatus & { pending?: number; oldestWaitSeconds?: number }> {
  try {
    const [row] = await asQueue(raw, (tx) => tx<{ pending: number; oldest: number | null }[]>`
      select count(*)::int as pending, extract(epoch from now() - min(run_at))::float as oldest
      from jobs where state = 'pending' and run_at <= now()`);
    const pending = row?.pending ?? 0;
    const oldestWaitSeconds = Math.round(row?.oldest ?? 0);
    if (oldestWaitSeconds > 300) {
      return { status: "degraded", pending, oldestWaitSeconds, detail: `The oldest runnable job has waited ${oldestWaitSeconds} s; are workers running?` };
    }
    return { status: "ok", pending, oldestWaitSeconds };
  } catch (error) {
    return { status: "down", detail: error instanceof Error ? error.message : String(error) };
  }
}

async function checkModelProvider(): Promise<ComponentStatus & { provider: string; hosts?: { url: string; healthy: boolean; version: string | null }[] }> {
  const provider = getServingProvider();
  if (!provider || providerSetting() === "builtin") {
    return { provider: "builtin", status: "ok", detail: provider ? "MODEL_PROVIDER=builtin: the builtin model writes." : `The builtin model writes. ${noModelServer()}` };
  }
  const hosts = provider.hosts().some((h) => h.checkedAt !== null) ? provider.hosts() : await provider.refresh();
  const healthy = hosts.filter((h) => h.healthy).length;
  return {
    provider: provider.engine,
    status: healthy === hosts.length ? "ok" : healthy > 0 ? "degraded" : "down",
    detail: healthy === hosts.length ? undefined : `${hosts.length - healthy} of ${hosts.length} model hosts are unreachable.`,
    hosts: hosts.map((h) => ({ url: h.url, healthy: h.healthy, version: h.version })),
  };
}
