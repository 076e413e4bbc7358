import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { provisionAppLogin } from "./roles";

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "drizzle");

/**
 * Applies drizzle/ as the owner, then provisions the app's login from
 * `appUrl` (when it differs from the owner's) as a member of brandsmith_app.
 */
export async function migrateDatabase(ownerUrl: string, appUrl?: string): Promise<{ appLogin: string | null }> {
  const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(owner), { migrationsFolder: MIGRATIONS_FOLDER });
    const appLogin = appUrl ? await provisionAppLogin(owner, appUrl, ownerUrl) : null;
    return { appLogin };
  } finally {
    await owner.end({ timeout: 5 });
  }
}
