/**
 * The process's file store, from STORAGE_URL (see storage-url.ts): guide
 * originals, catalog import files, logos and LoRA adapters all go through it.
 */
import { LocalFileStore } from "./local-store";
import { S3FileStore } from "./s3-store";
import { parseStorageUrl, type StorageLocation } from "./storage-url";
import type { FileStore } from "./file-store";

export { StorageConfigError, StoredFileMissing, readAll, type FileBody, type FileStore } from "./file-store";
export { dataDir, parseStorageUrl } from "./storage-url";

export function createFileStore(location: StorageLocation): FileStore {
  return location.kind === "local" ? new LocalFileStore(location.root) : new S3FileStore(location);
}

const stores = new Map<string, FileStore>();

/** One store per configuration (tests switch STORAGE_URL between files). */
export function fileStore(): FileStore {
  const key = `${process.env.STORAGE_URL ?? ""}\n${process.env.BRANDSMITH_DATA_DIR ?? ""}`;
  let store = stores.get(key);
  if (!store) {
    store = createFileStore(parseStorageUrl(process.env.STORAGE_URL));
    stores.set(key, store);
  }
  return store;
}
