/**
 * Files the database keeps by default — guide originals, catalog import files,
 * logos — and that go to the file store instead when STORAGE_URL is set (the
 * row then holds the key, not the bytes). Written before the row that names
 * them, so a row never points at nothing; removed after the row is gone.
 */
import { Readable } from "node:stream";
import { fileStore, readAll, StoredFileMissing } from "./index";

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

/**
 * An upload streamed to where `storeTenantFile` would put it, never held whole
 * with STORAGE_URL: `body` makes its own checks (size, format) by throwing, and
 * an upload that fails leaves nothing in the store.
 */
export async function storeTenantUpload(kind: TenantFileKind, tenantId: string, name: string, body: AsyncIterable<Uint8Array>, contentType?: string): Promise<StoredBytes & { size: number }> {
  if (!process.env.STORAGE_URL) {
    const data = await readAll(body);
    return { data, key: null, size: data.length };
  }
  const key = tenantFileKey(kind, tenantId, name);
  try {
    const { size } = await fileStore().put(key, body, { contentType });
    return { data: null, key, size };
  } catch (error) {
    await removeTenantFile(key);
    throw error;
  }
}

/** Renames a stored upload (a temporary name to its content address); bytes in a row stay where they are. */
export async function moveTenantFile(stored: StoredBytes, kind: TenantFileKind, tenantId: string, name: string): Promise<StoredBytes> {
  if (!stored.key) return stored;
  const key = tenantFileKey(kind, tenantId, name);
  await fileStore().move(stored.key, key);
  return { data: null, key };
}

export async function loadTenantFile(stored: StoredBytes): Promise<Buffer> {
  if (stored.data) return stored.data;
  return readAll(await openTenantFile(stored));
}

/** The file as a stream: large files (catalog imports) are read through without holding them. */
export async function openTenantFile(stored: StoredBytes): Promise<Readable> {
  if (stored.data) return Readable.from([stored.data]);
  if (!stored.key) throw new Error("This file row has neither bytes nor a storage key.");
  try {
    return await fileStore().open(stored.key);
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
