/**
 * LoRA adapters a tenant uploads for its model versions: GGUF files, size
 * limited, stored by content digest under ADAPTER_DIR (shared by the web
 * process, which receives them, and the workers, which push them to Ollama as
 * blobs). Nothing is kept from an upload that fails.
 */
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

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

// Adapters are runtime data, not code: keep the bundler from tracing these paths.
function adapterRoot(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.ADAPTER_DIR ?? path.join(".data", "adapters"));
}

function adapterPath(tenantId: string, digest: string): string {
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new AdapterUploadError(400, "That adapter reference is not valid.");
  return path.join(/*turbopackIgnore: true*/ adapterRoot(), tenantId, `${digest.slice("sha256:".length)}.gguf`);
}

export function adapterExists(tenantId: string, digest: string): boolean {
  return existsSync(adapterPath(tenantId, digest));
}

export async function readAdapter(tenantId: string, digest: string): Promise<Uint8Array<ArrayBuffer>> {
  const data = await fs.readFile(adapterPath(tenantId, digest));
  return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)) as Uint8Array<ArrayBuffer>;
}

/** Streams an upload to disk, checking the GGUF magic bytes and the size limit as it goes. */
export async function saveAdapter(tenantId: string, body: ReadableStream<Uint8Array>, filename: string) {
  const name = path.basename(filename).replace(/[^\w.-]+/g, "_") || "adapter.gguf";
  if (!name.toLowerCase().endsWith(".gguf")) throw new AdapterUploadError(400, "Adapters must be GGUF files (.gguf). Convert a LoRA to GGUF with llama.cpp's convert_lora_to_gguf.py.");
  const dir = path.join(/*turbopackIgnore: true*/ adapterRoot(), tenantId);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.upload-${randomUUID()}`);
  const hash = createHash("sha256");
  const file = createWriteStream(temp);
  let size = 0;
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > adapterMaxBytes()) {
        throw new AdapterUploadError(413, tooLarge());
      }
      if (head.length < 4) head = Buffer.concat([head, Buffer.from(chunk.subarray(0, 4 - head.length))]);
      if (head.length >= 4 && head.subarray(0, 4).toString("latin1") !== "GGUF") {
        throw new AdapterUploadError(400, "This file is not a GGUF adapter (it does not start with the GGUF signature). Convert it with llama.cpp's convert_lora_to_gguf.py.");
      }
      hash.update(chunk);
      if (!file.write(chunk)) await new Promise<void>((resolve) => file.once("drain", () => resolve()));
    }
    if (size < 4) throw new AdapterUploadError(400, "The file is empty or truncated. Upload the whole .gguf file.");
    await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
    const digest = `sha256:${hash.digest("hex")}`;
    await fs.rename(temp, adapterPath(tenantId, digest));
    return { digest, filename: name, size };
  } catch (error) {
    file.destroy();
    await fs.rm(temp, { force: true });
    throw error;
  }
}

export function tooLarge(): string {
  return `The adapter is larger than ${Math.round(adapterMaxBytes() / 1024 / 1024)} MB. Use a smaller rank, or raise ADAPTER_MAX_MB.`;
}
