/** `npm run db:migrate`: applies drizzle/ to DATABASE_URL (as MIGRATION_DATABASE_URL when set). */
import { migrateDatabase } from "@/server/db/migrate";

const appUrl = process.env.DATABASE_URL;
if (!appUrl) {
  console.error("DATABASE_URL is not set. For the embedded database, just run `npm start`; it migrates for you.");
  process.exit(1);
}
const ownerUrl = process.env.MIGRATION_DATABASE_URL ?? appUrl;
// Optional: the login KEDA's scaler reads queue_runnable_jobs with (deploy/kubernetes).
const { appLogin, queueDepthLogin } = await migrateDatabase(ownerUrl, appUrl, process.env.QUEUE_DEPTH_DATABASE_URL || undefined);
console.log(`Migrations applied.${appLogin ? ` The app logs in as "${appLogin}" (member of brandsmith_app, subject to row-level security).` : ""}`);
if (queueDepthLogin) console.log(`KEDA reads the queue depth as "${queueDepthLogin}" (member of brandsmith_queue_depth: the view queue_runnable_jobs only).`);
