import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export function createDatabase(url: string, options: { max?: number } = {}) {
  const sql = postgres(url, {
    max: options.max ?? 10,
    idle_timeout: 30,
    connect_timeout: 10,
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
