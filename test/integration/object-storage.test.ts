/**
 * Files in S3-compatible storage (STORAGE_URL=s3://…), against a real S3
 * server (s3rver, in a child process): upload, read, delete; a 200 MB adapter
 * streamed through the upload route with bounded memory; an adapter built
 * into a model by a worker that reads it from the bucket and pushes it to the
 * Ollama double; and errors that say what to fix when the store is wrong.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as uploadAdapter } from "@/app/api/adapters/route";
import { adapterExists, adapterKey } from "@/server/models/adapter-store";
import { createFileStore, fileStore, parseStorageUrl, readAll, StorageConfigError, StoredFileMissing } from "@/server/storage";
import { OllamaDouble } from "../../e2e/ollama-double/server";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, signUp, type TestPerson } from "../support/actors";
import { allFinished, startRunner, waitFor } from "../support/queue";
import { startS3Server, type S3TestServer } from "../support/s3-server";

const run = promisify(execFile);
const BUCKET = "brandsmith-files";
let s3: S3TestServer;
let double: OllamaDouble;
let host = "";

beforeAll(async () => {
  s3 = await startS3Server([BUCKET]);
  process.env.STORAGE_URL = s3.storageUrl(BUCKET, "test");
  double = new OllamaDouble({ installed: ["qwen2.5:1.5b"], ttftMs: 1, tokenIntervalMs: 0, loadMs: 5 });
  host = await double.listen();
  process.env.OLLAMA_HOST = `${host}|2`;
});

afterAll(async () => {
  for (const name of ["STORAGE_URL", "OLLAMA_HOST", "ADAPTER_MAX_MB"]) delete process.env[name];
  await double.close();
  await s3.stop();
});

const MB = 1024 * 1024;

/** `total` bytes in 1 MB chunks, starting with the GGUF signature; each chunk differs, so a lost or repeated part changes the hash. */
function generated(total: number) {
  const hash = createHash("sha256");
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const index = sent / MB;
      if (sent >= total) return controller.close();
      const chunk = Buffer.alloc(Math.min(MB, total - sent), index % 251);
      if (index === 0) chunk.write("GGUF");
      chunk.writeUInt32LE(index, 8);
      sent += chunk.length;
      hash.update(chunk);
      controller.enqueue(new Uint8Array(chunk));
    },
  });
  let sent = 0;
  return { stream, digest: () => `sha256:${hash.digest("hex")}` };
}

function upload(person: TestPerson, slug: string, body: BodyInit, length: number, filename = "brand-lora.gguf") {
  return uploadAdapter(
    new Request(`http://localhost:3999/api/adapters?tenant=${slug}&filename=${filename}`, {
      method: "POST",
      headers: { cookie: person.cookie, "content-length": String(length) },
      body,
      duplex: "half",
    } as RequestInit),
  );
}

describe("S3 file storage", () => {
  it("uploads, reads, lists, moves and deletes files in the bucket", async () => {
    const store = fileStore();
    expect(store.location).toContain(`s3://${BUCKET}/test/`);
    const key = `guides/tenant-a/${crypto.randomUUID()}`;
    const body = Buffer.from("%PDF-1.7 the brand guide");
    expect(await store.put(key, body)).toEqual({ size: body.length });
    expect(await store.exists(key)).toBe(true);
    expect((await store.read(key)).toString()).toBe("%PDF-1.7 the brand guide");
    expect((await readAll(await store.open(key))).equals(body)).toBe(true);

    const moved = `${key}-moved`;
    await store.move(key, moved);
    expect(await store.exists(key)).toBe(false);
    const listed: string[] = [];
    for await (const k of store.list("guides/tenant-a/")) listed.push(k);
    expect(listed).toContain(moved);

    await store.delete(moved);
    expect(await store.exists(moved)).toBe(false);
    await expect(store.read(moved)).rejects.toBeInstanceOf(StoredFileMissing);
    // Deleting what is gone is not an error.
    await store.delete(moved);
  });

  it("streams a 200 MB adapter through the upload route to the bucket", async () => {
    process.env.ADAPTER_MAX_MB = "256";
    const owner = await signUp("Ada Owner");
    const ws = await createWorkspace(owner);
    const file = generated(200 * MB);
    const response = await upload(owner, ws.slug, file.stream, 200 * MB, "big-lora.gguf");
    expect(response.status).toBe(201);
    const saved = (await response.json()) as { digest: string; size: number };
    expect(saved).toMatchObject({ digest: file.digest(), size: 200 * MB });
    const key = adapterKey(ws.id, saved.digest);
    expect(key).toBe(`adapters/${ws.id}/${saved.digest.slice(7)}.gguf`);
    expect(await adapterExists(ws.id, saved.digest)).toBe(true);
    await fileStore().delete(key);
    expect(await adapterExists(ws.id, saved.digest)).toBe(false);
  }, 120_000);

  it("holds a few parts of a 200 MB file in memory, not the file, writing and reading it (RSS of a separate process)", async () => {
    const { stdout } = await run(process.execPath, ["--expose-gc", "--import", "tsx", "test/support/storage-stream-child.ts"], {
      env: { ...process.env, SIZE_MB: "200", TENANT_ID: crypto.randomUUID(), LOG_LEVEL: "silent" },
      maxBuffer: MB,
    });
    const measured = JSON.parse(stdout.trim().split("\n").at(-1)!) as { sent: string; saved: { digest: string; size: number }; uploadGrowthMb: number; read: { digest: string; size: number }; readGrowthMb: number };
    expect(measured.saved).toMatchObject({ digest: measured.sent, size: 200 * MB });
    expect(measured.read).toEqual({ digest: measured.sent, size: 200 * MB });
    // Two 8 MB parts in flight, the part being filled and the multipart client's first-use cost (about 60 MB
    // for a 50 MB file as for a 200 MB one): well below the 200 MB a buffered upload or read would add.
    expect(measured.uploadGrowthMb).toBeLessThan(100);
    expect(measured.readGrowthMb).toBeLessThan(64);
  }, 180_000);

  it("keeps nothing from an upload it refuses", async () => {
    process.env.ADAPTER_MAX_MB = "1";
    const owner = await signUp("Ada Owner");
    const ws = await createWorkspace(owner);
    const tooBig = generated(3 * MB);
    const response = await upload(owner, ws.slug, tooBig.stream, 0);
    expect(response.status).toBe(413);
    const left: string[] = [];
    for await (const k of fileStore().list(`adapters/${ws.id}/`)) left.push(k);
    expect(left).toEqual([]);
  });

  it("builds a version whose adapter a worker reads from the bucket and pushes to the model server", async () => {
    const owner = await signUp("Ada Owner");
    const ws = await createWorkspace(owner);
    const caller = await owner.caller(ws.slug);
    const weights = Buffer.concat([Buffer.from("GGUF"), Buffer.from(`lora weights of ${ws.slug}`)]);
    const uploaded = (await (await upload(owner, ws.slug, new Uint8Array(weights), weights.length)).json()) as { digest: string; filename: string };
    expect(uploaded.digest).toBe(`sha256:${createHash("sha256").update(weights).digest("hex")}`);
    expect(await fileStore().exists(adapterKey(ws.id, uploaded.digest))).toBe(true);

    const worker = await startRunner(jobHandlers, { concurrency: 1 });
    try {
      const built = await caller.models.create({ adapter: uploaded });
      const [job] = await waitFor(() => allFinished([built.jobId]), 15_000);
      expect(job!.state).toBe("succeeded");
    } finally {
      await worker.stop();
    }
    const [version] = await caller.models.list();
    expect(version).toMatchObject({ status: "ready" });
    // The double accepts a blob only when its bytes hash to the digest, and creates a model only when its adapter blob is there.
    expect((await fetch(`${host}/api/blobs/${uploaded.digest}`, { method: "HEAD" })).status).toBe(200);
    expect(((await (await fetch(`${host}/api/tags`)).json()) as { models: { name: string }[] }).models.map((m) => m.name)).toContain(`brandsmith/${ws.slug}:v1`);
  });
});

describe("a misconfigured STORAGE_URL", () => {
  it("says what to fix when the server cannot be reached, the bucket is missing or the credentials are wrong", async () => {
    const unreachable = createFileStore(parseStorageUrl("s3://K:S@brandsmith/x?endpoint=http://127.0.0.1:9"));
    await expect(unreachable.put("a/b", Buffer.from("x"))).rejects.toThrow(/Cannot reach the file storage .*ECONNREFUSED.*Check the endpoint in STORAGE_URL/);
    const missing = createFileStore(parseStorageUrl(s3.storageUrl("no-such-bucket")));
    await expect(missing.read("a/b")).rejects.toThrow(/The bucket "no-such-bucket" does not exist.*Create it/);
    const wrongKey = createFileStore(parseStorageUrl(s3.storageUrl(BUCKET).replace("S3RVER:S3RVER", "someone:wrong")));
    const error = await wrongKey.put("a/b", Buffer.from("x")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageConfigError);
    expect((error as Error).message).toMatch(/refused the credentials/);
  });
});
