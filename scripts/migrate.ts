/** `npm run db:migrate`: applies drizzle/ to DATABASE_URL (as MIGRATION_DATABASE_URL when set). */
import { migrateDatabase } from "@/server/db/migrate";

const appUrl = process.env.DATABASE_URL;
if (!appUrl) {
  console.error("DATABASE_URL is not set. For the embedded database, just run `npm start`; it migrates for you.");
  process.exit(1);
}
const ownerUrl = process.env.MIGRATION_DATABASE_URL ?? appUrl;
const { appLogin } = await migrateDatabase(ownerUrl, appUrl);
console.log(`Migrations applied.${appLogin ? ` The app logs in as "${appLogin}" (member of brandsmith_app, subject to row-level security).` : ""}`);
