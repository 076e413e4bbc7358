/**
 * `npm run storage:migrate`: moves the files kept so far in the database
 * (guide originals, import files, logos) and in the local adapter directory
 * into the store STORAGE_URL names. Safe to stop and run again. Run it once,
 * with the app's DATABASE_URL and the new STORAGE_URL, before (or right after)
 * switching the web server and workers to that STORAGE_URL.
 */
import path from "node:path";
import { createDatabase } from "@/server/db/client";
import { dataDir, StorageConfigError } from "@/server/storage";
import { migrateFilesToStore } from "@/server/storage/migrate-files";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: point it at the database whose files should move (the app's login is enough).");
  process.exit(1);
}
const adapterDir = process.env.ADAPTER_DIR || path.join(dataDir(), "adapters");
const { db, sql } = createDatabase(url, { max: 2 });
try {
  const moved = await migrateFilesToStore(db, { adapterDir, log: (line) => console.log(line) });
  console.log(`Moved ${moved.guides} guide originals, ${moved.imports} import files, ${moved.logos} logos and ${moved.adapters} adapters (from ${adapterDir}) to the file storage.`);
} catch (error) {
  console.error(error instanceof StorageConfigError ? error.message : error);
  process.exitCode = 1;
} finally {
  await sql.end();
}
