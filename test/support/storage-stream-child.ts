/**
 * Run in its own process (node --expose-gc --import tsx): streams a generated
 * GGUF file of SIZE_MB through saveAdapter into the file storage
 * (STORAGE_URL), then reads it back as a stream, sampling this process's RSS
 * throughout. Prints one JSON line: digests, sizes and the peak RSS growth.
 */
import { createHash } from "node:crypto";
import { adapterKey, saveAdapter } from "@/server/models/adapter-store";
import { fileStore } from "@/server/storage";
import { peakGrowth } from "./rss";

const MB = 1024 * 1024;
const total = Number(process.env.SIZE_MB) * MB;
async function* generated(sent: { hash: ReturnType<typeof createHash> }) {
  for (let index = 0; index * MB < total; index++) {
    const chunk = Buffer.alloc(Math.min(MB, total - index * MB), index % 251);
    if (index === 0) chunk.write("GGUF");
    chunk.writeUInt32LE(index, 8);
    sent.hash.update(chunk);
    yield new Uint8Array(chunk);
  }
}

// A small round trip first, so the SDK's one-time setup is not counted.
await fileStore().put("warm-up", Buffer.from("GGUF"));
await fileStore().delete("warm-up");
const sent = { hash: createHash("sha256") };
const upload = await peakGrowth(() => saveAdapter(process.env.TENANT_ID!, generated(sent), "big.gguf"));
const read = await peakGrowth(async () => {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of await fileStore().open(adapterKey(process.env.TENANT_ID!, upload.result.digest))) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { digest: `sha256:${hash.digest("hex")}`, size };
});
process.stdout.write(
  `${JSON.stringify({ sent: `sha256:${sent.hash.digest("hex")}`, saved: upload.result, uploadGrowthMb: upload.growthMb, read: read.result, readGrowthMb: read.growthMb })}\n`,
);
