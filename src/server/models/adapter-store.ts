/**
 * LoRA adapters a tenant uploads for its model versions: GGUF files for
 * Ollama, PEFT safetensors for vLLM, size limited, stored by content digest
 * in the file storage — the web process receives them, the workers read them
 * back to push them to the engine (Ollama as blobs, vLLM as a PEFT directory).
 * With STORAGE_URL set they live there (`adapters/<tenant>/<hex>.gguf`: the
 * suffix is historical, the bytes say which format it is), so any
 * node can read them; without it in ADAPTER_DIR, by default
 * `<BRANDSMITH_DATA_DIR>/adapters`. Nothing is kept from an upload that fails.
 */
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { servesWithOpenAI } from "@/server/models/provider";
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

/** The formats the engines load: Ollama takes GGUF adapters, vLLM PEFT safetensors (ollama create also takes safetensors for some families). */
const FORMATS = {
  gguf: { extension: ".gguf", head: 4, matches: (head: Buffer) => head.subarray(0, 4).toString("latin1") === "GGUF" },
  // A safetensors file starts with its JSON header's length (u64, little-endian) and then the header itself.
  safetensors: { extension: ".safetensors", head: 9, matches: (head: Buffer) => head.readBigUInt64LE(0) < 100_000_000n && head[8] === 0x7b },
} as const;

function adapterFormat(name: string) {
  const lower = name.toLowerCase();
  if (lower.endsWith(".gguf") && servesWithOpenAI()) {
    throw new AdapterUploadError(400, "This workspace's models are served by vLLM, which loads PEFT safetensors adapters: upload the adapter_model.safetensors your LoRA training wrote, not a GGUF file.");
  }
  if (lower.endsWith(".gguf")) return FORMATS.gguf;
  if (lower.endsWith(".safetensors")) return FORMATS.safetensors;
  throw new AdapterUploadError(
    400,
    "Adapters must be GGUF files (.gguf) for Ollama (convert a LoRA with llama.cpp's convert_lora_to_gguf.py) or PEFT safetensors files (adapter_model.safetensors) for vLLM.",
  );
}

/** Streams an upload to the store, checking the format's signature and the size limit as it goes. */
export async function saveAdapter(tenantId: string, body: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>, filename: string) {
  const name = path.basename(filename).replace(/[^\w.-]+/g, "_") || "adapter.gguf";
  const format = adapterFormat(name);
  const { store, prefix } = adapterStore();
  const temp = `${prefix}${tenantId}/uploads/${randomUUID()}`;
  const hash = createHash("sha256");
  let size = 0;
  const checked = async function* () {
    let head = Buffer.alloc(0);
    for await (const chunk of body as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > adapterMaxBytes()) throw new AdapterUploadError(413, tooLarge());
      if (head.length < format.head) {
        head = Buffer.concat([head, Buffer.from(chunk.subarray(0, format.head - head.length))]);
        if (head.length >= format.head && !format.matches(head)) {
          throw new AdapterUploadError(
            400,
            format === FORMATS.gguf
              ? "This file is not a GGUF adapter (it does not start with the GGUF signature). Convert it with llama.cpp's convert_lora_to_gguf.py."
              : "This file is not a safetensors adapter (it does not start with a safetensors header). Upload the adapter_model.safetensors your LoRA training wrote.",
          );
        }
      }
      hash.update(chunk);
      yield chunk;
    }
    if (size < format.head) throw new AdapterUploadError(400, `The file is empty or truncated. Upload the whole ${format.extension} file.`);
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
