import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

/**
 * Seconds before the pool tries to reconnect after failed attempts. The
 * driver's default grows to 20 s, so after a 30–60 s database restart work
 * would wait up to 20 s more; this tries again within 2 s (with jitter, so a
 * pool's connections don't all knock at once).
 */
export function reconnectBackoff(retries: number): number {
  return (0.5 + Math.random() / 2) * Math.min(0.25 * 2 ** retries, 2);
}

export function createDatabase(url: string, options: { max?: number } = {}) {
  const sql = postgres(url, {
    max: options.max ?? 10,
    idle_timeout: 30,
    connect_timeout: 10,
    backoff: reconnectBackoff,
    onnotice: () => {},
  });
  const db = drizzle(sql, { schema, casing: "snake_case" });
  return { sql, db };
}

export type Database = ReturnType<typeof createDatabase>["db"];
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the root database or an open transaction; services accept both. */
export type Queryable = Database | Transaction;

type Connection = ReturnType<typeof createDatabase>;
const globalKey = Symbol.for("brandsmith.db");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Connection };

/**
 * The process-wide connection pool for the web server and workers. Kept on
 * globalThis so Next.js dev reloads and the custom server share one pool.
 */
export function getConnection(): Connection {
  const g = globalThis as GlobalWithDb;
  if (!g[globalKey]) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error("DATABASE_URL is not set. Start the app with `npm start` (embedded Postgres) or set DATABASE_URL.");
    }
    g[globalKey] = createDatabase(url, { max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
  }
  return g[globalKey];
}

export function getDb(): Database {
  return getConnection().db;
}
