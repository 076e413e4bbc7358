import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { provisionAppLogin, provisionQueueDepthLogin } from "./roles";

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "drizzle");

/**
 * Applies drizzle/ as the owner, then provisions the app's login from
 * `appUrl` (when it differs from the owner's) as a member of brandsmith_app,
 * and KEDA's login from `queueDepthUrl` when given.
 */
export async function migrateDatabase(ownerUrl: string, appUrl?: string, queueDepthUrl?: string): Promise<{ appLogin: string | null; queueDepthLogin: string | null }> {
  const owner = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(owner), { migrationsFolder: MIGRATIONS_FOLDER });
    const appLogin = appUrl ? await provisionAppLogin(owner, appUrl, ownerUrl) : null;
    const queueDepthLogin = queueDepthUrl ? await provisionQueueDepthLogin(owner, queueDepthUrl) : null;
    return { appLogin, queueDepthLogin };
  } finally {
    await owner.end({ timeout: 5 });
  }
}
