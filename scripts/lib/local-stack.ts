/**
 * What `npm start` and `npm run dev` share: the database (embedded unless
 * DATABASE_URL is set), migrations, secrets, and the demo tenant.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DATA_DIR = path.resolve(process.env.BRANDSMITH_DATA_DIR ?? ".data");

interface LocalSecrets {
  postgresPassword: string;
  appPassword: string;
  authSecret: string;
}

/** Generated once per data directory, so restarts reuse data and sessions. */
export function loadSecrets(): LocalSecrets {
  const file = path.join(DATA_DIR, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  mkdirSync(DATA_DIR, { recursive: true });
  const secrets: LocalSecrets = {
    postgresPassword: randomBytes(18).toString("base64url"),
    appPassword: randomBytes(18).toString("base64url"),
    authSecret: randomBytes(32).toString("base64url"),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export interface Database {
  appUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function prepareDatabase(step: (message: string) => void): Promise<Database> {
  const { migrateDatabase } = await import("@/server/db/migrate");
  if (process.env.DATABASE_URL) {
    const appUrl = process.env.DATABASE_URL;
    step("Applying migrations to DATABASE_URL");
    await migrateDatabase(process.env.MIGRATION_DATABASE_URL ?? appUrl, appUrl);
    return { appUrl, embedded: false, stop: async () => {} };
  }

  const secrets = loadSecrets();
  step(`Starting the embedded PostgreSQL (data in ${path.relative(process.cwd(), DATA_DIR) || "."}/postgres)`);
  const { startEmbeddedPostgres } = await import("@/server/db/embedded");
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "postgres"),
    password: secrets.postgresPassword,
    onLog: (line) => process.env.DEBUG_POSTGRES && console.log(`[postgres] ${line}`),
  });
  await pg.createDatabase("brandsmith");
  const appUrl = `postgres://brandsmith:${encodeURIComponent(secrets.appPassword)}@127.0.0.1:${pg.port}/brandsmith`;
  step("Applying migrations");
  await migrateDatabase(pg.ownerUrl("brandsmith"), appUrl);
  process.env.AUTH_SECRET ??= secrets.authSecret;
  return { appUrl, embedded: true, stop: () => pg.stop() };
}

export async function seedDemo(appUrl: string) {
  process.env.DATABASE_URL = appUrl;
  const { getConnection } = await import("@/server/db/client");
  const { getAuth } = await import("@/server/auth/auth");
  const { seedDemoTenant } = await import("@/server/services/demo");
  const result = await seedDemoTenant(getConnection().db, getAuth());
  await getConnection().sql.end({ timeout: 5 });
  return result;
}
