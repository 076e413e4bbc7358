/**
 * Files the database keeps by default — guide originals, catalog import files,
 * logos — and that go to the file store instead when STORAGE_URL is set (the
 * row then holds the key, not the bytes). Written before the row that names
 * them, so a row never points at nothing; removed after the row is gone.
 */
import { fileStore, StoredFileMissing } from "./index";

export type TenantFileKind = "guides" | "imports" | "logos";

/** Where a file is: bytes in the row, or a key in the file store. */
export interface StoredBytes {
  data: Buffer | null;
  key: string | null;
}

export function tenantFileKey(kind: TenantFileKind, tenantId: string, name: string): string {
  return `${kind}/${tenantId}/${name}`;
}

/** Without STORAGE_URL the bytes stay in the row (unchanged for `npm start`); with it they go to the store now. */
export async function storeTenantFile(kind: TenantFileKind, tenantId: string, name: string, data: Buffer, contentType?: string): Promise<StoredBytes> {
  if (!process.env.STORAGE_URL) return { data, key: null };
  const key = tenantFileKey(kind, tenantId, name);
  await fileStore().put(key, data, { contentType });
  return { data: null, key };
}

export async function loadTenantFile(stored: StoredBytes): Promise<Buffer> {
  if (stored.data) return stored.data;
  if (!stored.key) throw new Error("This file row has neither bytes nor a storage key.");
  try {
    return await fileStore().read(stored.key);
  } catch (error) {
    if (error instanceof StoredFileMissing) {
      throw new StoredFileMissing(stored.key, `${error.location}; is STORAGE_URL the same for the web server and the workers, and were files migrated with npm run storage:migrate?`);
    }
    throw error;
  }
}

/** Best effort: a file left behind costs space, never correctness. */
export async function removeTenantFile(key: string | null | undefined): Promise<void> {
  if (key) await fileStore().delete(key).catch(() => {});
}
