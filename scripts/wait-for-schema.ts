/**
 * Init container of the web and worker pods (deploy/kubernetes): waits until
 * the database has every migration in drizzle/ applied (by the migration
 * Job), so new code never runs on an old schema. Exits 1 after
 * WAIT_FOR_SCHEMA_SECONDS (default 600) with what is missing.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { MIGRATIONS_FOLDER } from "@/server/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: the init container needs the app's database URL.");
  process.exit(1);
}
const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: { tag: string; when: number }[] };
const latest = Math.max(...journal.entries.map((e) => e.when));
const deadline = Date.now() + Number(process.env.WAIT_FOR_SCHEMA_SECONDS ?? 600) * 1000;
const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} });
let last = "";
try {
  for (;;) {
    const applied = await sql<{ latest: string | null }[]>`select max(created_at)::text as latest from drizzle.__drizzle_migrations`.then(
      ([row]) => Number(row?.latest ?? 0),
      (error: Error) => ((last = error.message), 0),
    );
    if (applied >= latest) {
      console.log(`Schema is current (${journal.entries.at(-1)?.tag}).`);
      break;
    }
    if (Date.now() > deadline) {
      console.error(`The database schema is not current after waiting: the migration Job (brandsmith-migrate) has not applied ${journal.entries.at(-1)?.tag}. ${last}`);
      process.exitCode = 1;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
} finally {
  await sql.end({ timeout: 5 });
}
