/**
 * LoRA adapters a tenant uploads for its model versions: GGUF files, size
 * limited, stored by content digest in the file storage — the web process
 * receives them, the workers read them back to push them to Ollama as blobs.
 * With STORAGE_URL set they live there (`adapters/<tenant>/<hex>.gguf`), so any
 * node can read them; without it in ADAPTER_DIR, by default
 * `<BRANDSMITH_DATA_DIR>/adapters`. Nothing is kept from an upload that fails.
 */
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { LocalFileStore } from "@/server/storage/local-store";
import { dataDir, fileStore, type FileStore } from "@/server/storage";

/** ADAPTER_MAX_MB, default 200. */
export function adapterMaxBytes(): number {
  return Number(process.env.ADAPTER_MAX_MB ?? 200) * 1024 * 1024;
}

export class AdapterUploadError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

const localStores = new Map<string, FileStore>();

/** The store adapters live in, and the key prefix inside it. */
export function adapterStore(): { store: FileStore; prefix: string } {
  if (process.env.STORAGE_URL) return { store: fileStore(), prefix: "adapters/" };
  // Runtime data, not code: keep the bundler from tracing this path.
  const root = path.resolve(/*turbopackIgnore: true*/ process.env.ADAPTER_DIR || path.join(dataDir(), "adapters"));
  let store = localStores.get(root);
  if (!store) localStores.set(root, (store = new LocalFileStore(root)));
  return { store, prefix: "" };
}

/** The key of a tenant's adapter; a digest that is not one is refused before it reaches the store. */
export function adapterKey(tenantId: string, digest: string): string {
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new AdapterUploadError(400, "That adapter reference is not valid.");
  return `${adapterStore().prefix}${tenantId}/${digest.slice("sha256:".length)}.gguf`;
}

export async function adapterExists(tenantId: string, digest: string): Promise<boolean> {
  return adapterStore().store.exists(adapterKey(tenantId, digest));
}

/** The adapter's bytes (Ollama takes a blob as one body); StoredFileMissing when it is not in the store. */
export async function readAdapter(tenantId: string, digest: string): Promise<Uint8Array<ArrayBuffer>> {
  const data = await adapterStore().store.read(adapterKey(tenantId, digest));
  return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)) as Uint8Array<ArrayBuffer>;
}

/** Streams an upload to the store, checking the GGUF magic bytes and the size limit as it goes. */
export async function saveAdapter(tenantId: string, body: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>, filename: string) {
  const name = path.basename(filename).replace(/[^\w.-]+/g, "_") || "adapter.gguf";
  if (!name.toLowerCase().endsWith(".gguf")) throw new AdapterUploadError(400, "Adapters must be GGUF files (.gguf). Convert a LoRA to GGUF with llama.cpp's convert_lora_to_gguf.py.");
  const { store, prefix } = adapterStore();
  const temp = `${prefix}${tenantId}/uploads/${randomUUID()}`;
  const hash = createHash("sha256");
  let size = 0;
  const checked = async function* () {
    let head = Buffer.alloc(0);
    for await (const chunk of body as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > adapterMaxBytes()) throw new AdapterUploadError(413, tooLarge());
      if (head.length < 4) {
        head = Buffer.concat([head, Buffer.from(chunk.subarray(0, 4 - head.length))]);
        if (head.length >= 4 && head.toString("latin1") !== "GGUF") {
          throw new AdapterUploadError(400, "This file is not a GGUF adapter (it does not start with the GGUF signature). Convert it with llama.cpp's convert_lora_to_gguf.py.");
        }
      }
      hash.update(chunk);
      yield chunk;
    }
    if (size < 4) throw new AdapterUploadError(400, "The file is empty or truncated. Upload the whole .gguf file.");
  };
  try {
    await store.put(temp, checked(), { contentType: "application/octet-stream" });
    const digest = `sha256:${hash.digest("hex")}`;
    await store.move(temp, adapterKey(tenantId, digest));
    return { digest, filename: name, size };
  } catch (error) {
    await store.delete(temp).catch(() => {});
    throw error;
  }
}

export function tooLarge(): string {
  return `The adapter is larger than ${Math.round(adapterMaxBytes() / 1024 / 1024)} MB. Use a smaller rank, or raise ADAPTER_MAX_MB.`;
}
