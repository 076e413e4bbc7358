import { sql } from "drizzle-orm";
import type { Database } from "@/server/db/client";

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
 * Liveness of what the app depends on. The job queue and the model gateway
 * report here as they land; until then they say plainly what is missing.
 */
export async function checkHealth(db: Database): Promise<Health> {
  const started = performance.now();
  let dbStatus: ComponentStatus;
  try {
    await db.execute(sql`select 1`);
    dbStatus = { status: "ok", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    dbStatus = { status: "down", detail: error instanceof Error ? error.message : String(error) };
  }
  const queue: ComponentStatus = { status: "absent", detail: "No job types are registered yet; the worker pool is idle." };
  const modelProvider = {
    provider: "none",
    status: "absent" as const,
    detail: "No model provider is configured yet; content generation is not available.",
  };
  const status = dbStatus.status === "down" ? "down" : "ok";
  return { status, db: dbStatus, queue, modelProvider, version: process.env.npm_package_version ?? "0.1.0" };
}
