/**
 * Where uploaded files live: one interface, two implementations. The embedded
 * default is a local directory under the data directory (one machine); with
 * STORAGE_URL=s3://… any S3-compatible store (MinIO, AWS, R2…), which every
 * node of a cluster can reach. Keys are paths like `adapters/<tenant>/<hex>.gguf`.
 */
import type { Readable } from "node:stream";

export type FileBody = Uint8Array | AsyncIterable<Uint8Array>;

export interface FileStore {
  /** Where the files are, for logs and error messages (never contains a secret). */
  readonly location: string;
  /** Streams `body` to `key`; a reader never sees a partly written file. */
  put(key: string, body: FileBody, options?: { contentType?: string }): Promise<{ size: number }>;
  /** A stream of the file; StoredFileMissing when there is none. */
  open(key: string): Promise<Readable>;
  /** The whole file in memory: for small files (logos, guides) and for adapters Ollama takes as one body. */
  read(key: string): Promise<Buffer>;
  exists(key: string): Promise<boolean>;
  /** Renames within the store (an upload's temporary key to its content address). */
  move(from: string, to: string): Promise<void>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
  /** Every key under a prefix (the migration command and tests use it). */
  list(prefix: string): AsyncIterable<string>;
}

export class StoredFileMissing extends Error {
  constructor(
    readonly key: string,
    readonly location: string,
  ) {
    super(`The file ${key} is not in the file storage (${location}).`);
  }
}

/** The store cannot be used as configured: the message says what to change. */
export class StorageConfigError extends Error {}

const KEY = /^(?!\/)(?!.*\.\.)[\w./=-]+$/;

/** Keys come from the app (tenant ids, digests), but a bad one must never reach outside the store. */
export function checkKey(key: string): string {
  if (!KEY.test(key) || key.endsWith("/")) throw new Error(`Not a valid storage key: ${JSON.stringify(key)}`);
  return key;
}

export async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
