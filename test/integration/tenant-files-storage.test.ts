/**
 * Guide originals, catalog import files and logos with STORAGE_URL pointing at
 * a real S3-compatible server (s3rver): the rows hold keys, the bucket holds
 * the bytes, workers read them from there; uploads stream to the bucket
 * (a 180 MB CSV with bounded memory) and leave nothing when refused; and
 * `npm run storage:migrate` moves files kept in the database and the adapter
 * directory into the bucket.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as downloadGuide } from "@/app/api/brand/guides/[id]/route";
import { POST as uploadGuide } from "@/app/api/brand/guides/route";
import { POST as uploadImport } from "@/app/api/catalog/imports/route";
import { getDb } from "@/server/db/client";
import { catalogTooLarge } from "@/server/services/catalog-imports";
import { guideTooLarge } from "@/server/services/brand-guides";
import { fileStore } from "@/server/storage";
import { migrateFilesToStore } from "@/server/storage/migrate-files";
import { jobHandlers } from "../../workers/handlers";
import { createWorkspace, signUp, type TestPerson } from "../support/actors";
import { allFinished, ownerQuery, startRunner, waitFor } from "../support/queue";
import { startS3Server, type S3TestServer } from "../support/s3-server";

const BUCKET = "brandsmith-tenant-files";
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAFklEQVR4AWP4z8DwHwyBDAYGBgYGAFrTB/m5Jv5XAAAAAElFTkSuQmCC", "base64");
const GUIDE = "# Voice\n\nWe are warm and plain-spoken. Never say cheap; say good value.";
const PRODUCTS = "SKU,Title,Description,Price,Category,In stock\nR1,Spring Roast,Bright beans,14.90,coffee,yes\nR2,Winter Blend,Cocoa notes,15.50,coffee,yes";

let s3: S3TestServer;
let worker: Awaited<ReturnType<typeof startRunner>>;

beforeAll(async () => {
  s3 = await startS3Server([BUCKET]);
  worker = await startRunner(jobHandlers, { concurrency: 2 });
});

afterAll(async () => {
  for (const name of ["STORAGE_URL", "CATALOG_MAX_MB", "GUIDE_MAX_MB"]) delete process.env[name];
  await worker.stop();
  await s3.stop();
});

const postGuide = (person: TestPerson, slug: string, body: string) =>
  uploadGuide(new Request(`http://localhost:3999/api/brand/guides?tenant=${slug}&filename=voice.md`, { method: "POST", headers: { cookie: person.cookie }, body }));
const postImport = (person: TestPerson, slug: string, body: string) =>
  uploadImport(new Request(`http://localhost:3999/api/catalog/imports?tenant=${slug}&kind=products&filename=products.csv`, { method: "POST", headers: { cookie: person.cookie }, body }));

/** A workspace with a guide (read by a worker), a finished product import and a logo. */
async function workspaceWithFiles() {
  const owner = await signUp("Ada Owner");
  const ws = await createWorkspace(owner);
  const caller = await owner.caller(ws.slug);
  const { guide, jobId } = (await (await postGuide(owner, ws.slug, GUIDE)).json()) as { guide: { id: string }; jobId: string };
  const uploaded = (await (await postImport(owner, ws.slug, PRODUCTS)).json()) as { importId: string; mapping: Record<string, number | null> };
  const run = await caller.catalog.startImport({ importId: uploaded.importId, mapping: uploaded.mapping, mode: "all" });
  const finished = await waitFor(() => allFinished([jobId, run.jobId]), 20_000);
  expect(finished.map((j) => j.state)).toEqual(["succeeded", "succeeded"]);
  expect((await caller.catalog.products({})).total).toBe(2);
  expect((await caller.brand.guides())[0]).toMatchObject({ status: "ready" });
  await caller.brand.setLogo({ base64: PNG.toString("base64") });
  return { owner, ws, caller, guideId: guide.id, importId: uploaded.importId };
}

async function storedColumns(tenantId: string) {
  const [row] = await ownerQuery(
    (sql) => sql<{ guide_in_row: boolean; guide_key: string | null; import_in_row: boolean; import_key: string | null; logo_in_row: boolean; logo_key: string | null }[]>`
      select (select data is not null from brand_guide_files where tenant_id = ${tenantId}) as guide_in_row,
             (select storage_key from brand_guide_files where tenant_id = ${tenantId}) as guide_key,
             (select file is not null from catalog_imports where tenant_id = ${tenantId}) as import_in_row,
             (select file_key from catalog_imports where tenant_id = ${tenantId}) as import_key,
             (select logo is not null from brand_kits where tenant_id = ${tenantId}) as logo_in_row,
             (select logo_key from brand_kits where tenant_id = ${tenantId}) as logo_key`,
  );
  return row!;
}

async function download(person: TestPerson, slug: string, guideId: string) {
  const res = await downloadGuide(new Request(`http://localhost:3999/api/brand/guides/${guideId}?tenant=${slug}`, { headers: { cookie: person.cookie } }), { params: Promise.resolve({ id: guideId }) });
  return res.text();
}

describe("files in S3-compatible storage", () => {
  it("keeps guide originals, import files and logos in the bucket, read back by the web server and the workers", async () => {
    process.env.STORAGE_URL = s3.storageUrl(BUCKET);
    const { owner, ws, caller, guideId, importId } = await workspaceWithFiles();
    const columns = await storedColumns(ws.id);
    expect(columns).toMatchObject({ guide_in_row: false, import_in_row: false, logo_in_row: false, import_key: `imports/${ws.id}/${importId}` });
    expect(columns.guide_key).toMatch(new RegExp(`^guides/${ws.id}/[0-9a-f]{64}$`));
    expect(columns.logo_key).toMatch(new RegExp(`^logos/${ws.id}/[0-9a-f]{64}\\.png$`));
    expect((await fileStore().read(columns.guide_key!)).toString()).toBe(GUIDE);
    expect((await fileStore().read(columns.import_key!)).toString()).toBe(PRODUCTS);
    expect((await fileStore().read(columns.logo_key!)).equals(PNG)).toBe(true);

    expect(await download(owner, ws.slug, guideId)).toBe(GUIDE);
    expect((await caller.brand.kit()).logo).toMatchObject({ type: "image/png", dataUri: `data:image/png;base64,${PNG.toString("base64")}` });

    // A new logo replaces the old object; a deleted guide takes its original with it.
    const GIF = Buffer.from("R0lGODlhAQABAAAAACw=", "base64");
    await caller.brand.setLogo({ base64: GIF.toString("base64") });
    expect(await fileStore().exists(columns.logo_key!)).toBe(false);
    expect((await caller.brand.kit()).logo).toMatchObject({ type: "image/gif" });
    await caller.brand.deleteGuide({ guideId });
    expect(await fileStore().exists(columns.guide_key!)).toBe(false);
  });

  it("moves files kept in the database and the adapter directory into the bucket, and can run again", async () => {
    delete process.env.STORAGE_URL;
    const { owner, ws, caller, guideId } = await workspaceWithFiles();
    expect(await storedColumns(ws.id)).toMatchObject({ guide_in_row: true, guide_key: null, import_in_row: true, import_key: null, logo_in_row: true, logo_key: null });
    const adapterDir = await mkdtemp(path.join(os.tmpdir(), "brandsmith-adapters-"));
    const digest = "a".repeat(64);
    await mkdir(path.join(adapterDir, ws.id));
    await writeFile(path.join(adapterDir, ws.id, `${digest}.gguf`), "GGUF weights");
    try {
      process.env.STORAGE_URL = s3.storageUrl(BUCKET, "migrated");
      const moved = await migrateFilesToStore(getDb(), { adapterDir });
      expect(moved.guides).toBeGreaterThanOrEqual(1);
      expect(moved.imports).toBeGreaterThanOrEqual(1);
      expect(moved.logos).toBeGreaterThanOrEqual(1);
      expect(moved.adapters).toBe(1);
      const columns = await storedColumns(ws.id);
      expect(columns).toMatchObject({ guide_in_row: false, import_in_row: false, logo_in_row: false });
      expect((await fileStore().read(columns.import_key!)).toString()).toBe(PRODUCTS);
      expect((await fileStore().read(`adapters/${ws.id}/${digest}.gguf`)).toString()).toBe("GGUF weights");
      expect(await download(owner, ws.slug, guideId)).toBe(GUIDE);
      expect((await caller.brand.kit()).logo).toMatchObject({ dataUri: `data:image/png;base64,${PNG.toString("base64")}` });

      expect(await migrateFilesToStore(getDb(), { adapterDir })).toEqual({ guides: 0, imports: 0, logos: 0, adapters: 0 });
      delete process.env.STORAGE_URL;
      await expect(migrateFilesToStore(getDb(), { adapterDir })).rejects.toThrow(/STORAGE_URL is not set/);
    } finally {
      await rm(adapterDir, { recursive: true, force: true });
    }
  });
});

const MB = 1024 * 1024;

/** `bytes` as a request body arriving in `size`-byte chunks, with no Content-Length; `failAt`: the client goes away there. */
function chunked(bytes: Uint8Array, size: number, failAt = Infinity) {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= failAt) return controller.error(new Error("the client went away"));
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, (offset += size)));
    },
  });
}

function streamed(route: (req: Request) => Promise<Response>, person: TestPerson, url: string, body: ReadableStream<Uint8Array>) {
  return route(new Request(`http://localhost:3999${url}`, { method: "POST", headers: { cookie: person.cookie }, body, duplex: "half" } as RequestInit));
}

async function keysUnder(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of fileStore().list(prefix)) keys.push(key);
  return keys;
}

/** A products CSV of `rows` rows; row `badRow` (counting the header as 1) has a price that is not a number. */
function productsCsv(rows: number, badRow: number): Buffer {
  const lines = ["SKU,Title,Description,Price,Category,In stock"];
  for (let i = 2; i <= rows + 1; i++) lines.push(`S${i},"Roast ${i}","Bright beans, ${i}",${i === badRow ? "lots" : (i % 900) / 10 + 1},coffee,yes`);
  return Buffer.from(lines.join("\r\n") + "\r\n");
}

describe("uploads streamed to S3-compatible storage", () => {
  it("streams a catalog import to the bucket, and the worker reads it from there as a stream, row errors on their lines", async () => {
    process.env.STORAGE_URL = s3.storageUrl(BUCKET, "streamed");
    const owner = await signUp("Ada Owner");
    const ws = await createWorkspace(owner);
    const caller = await owner.caller(ws.slug);
    const csv = productsCsv(12_000, 11_000);
    expect(csv.length).toBeGreaterThan(512 * 1024);
    const response = await streamed(uploadImport, owner, `/api/catalog/imports?tenant=${ws.slug}&kind=products&filename=big.csv`, chunked(csv, 70_001));
    expect(response.status).toBe(201);
    const uploaded = (await response.json()) as { importId: string; header: string[]; preview: string[][]; mapping: Record<string, number | null> };
    expect(uploaded.header).toEqual(["SKU", "Title", "Description", "Price", "Category", "In stock"]);
    expect(uploaded.preview[0]).toEqual(["S2", "Roast 2", "Bright beans, 2", "1.2", "coffee", "yes"]);
    const key = `imports/${ws.id}/${uploaded.importId}`;
    expect((await fileStore().read(key)).equals(csv)).toBe(true);
    const [row] = await ownerQuery((sql) => sql<{ in_row: boolean; file_key: string; size: number }[]>`select file is not null as in_row, file_key, size from catalog_imports where id = ${uploaded.importId}`);
    expect(row).toEqual({ in_row: false, file_key: key, size: csv.length });

    const run = await caller.catalog.startImport({ importId: uploaded.importId, mapping: uploaded.mapping, mode: "valid" });
    const [job] = await waitFor(() => allFinished([run.jobId]), 30_000);
    expect(job!.state).toBe("succeeded");
    expect((await caller.catalog.products({})).total).toBe(11_999);
    const [done] = await ownerQuery((sql) => sql<{ stats: { rows: number; invalid: number }; errors: { row: number; column: string }[] }[]>`select stats, errors from catalog_imports where id = ${uploaded.importId}`);
    expect(done!.stats).toMatchObject({ rows: 12_000, invalid: 1 });
    expect(done!.errors).toEqual([{ row: 11_000, column: "price", reason: "“lots” is not a number." }]);
  }, 60_000);

  it("refuses an import over the size limit (413) or with bytes that are not UTF-8 past its start (400), and keeps nothing of either, nor of an upload cut off", async () => {
    const owner = await signUp("Ada Owner");
    const ws = await createWorkspace(owner);
    const url = `/api/catalog/imports?tenant=${ws.slug}&kind=products`;
    const csv = productsCsv(60_000, 0);
    expect(csv.length).toBeGreaterThan(3 * MB);
    process.env.CATALOG_MAX_MB = "1";
    try {
      for (const storage of [undefined, s3.storageUrl(BUCKET, "refused")]) {
        if (storage) process.env.STORAGE_URL = storage;
        else delete process.env.STORAGE_URL;
        const refused = await streamed(uploadImport, owner, url, chunked(csv, 64 * 1024));
        expect(refused.status).toBe(413);
        expect(await refused.json()).toEqual({ error: catalogTooLarge() });
      }
    } finally {
      delete process.env.CATALOG_MAX_MB;
    }
    const latin1 = Buffer.concat([csv.subarray(0, 600 * 1024), Buffer.from("S9,Caf\xe9,x,1,coffee,yes\n", "latin1")]);
    const notUtf8 = await streamed(uploadImport, owner, url, chunked(latin1, 64 * 1024));
    expect(notUtf8.status).toBe(400);
    expect(((await notUtf8.json()) as { error: string }).error).toMatch(/not UTF-8 text/);
    // Past the first part (8 MB), so the multipart upload has begun when the client goes away. s3rver has no
    // AbortMultipartUpload: it answers 405, which the SDK throws instead of the client's error; its parts never become an object.
    const large = productsCsv(200_000, 0);
    await expect(streamed(uploadImport, owner, url, chunked(large, 256 * 1024, 9 * MB))).rejects.toThrow(/the client went away|not allowed against this resource/);

    expect(await keysUnder(`imports/${ws.id}/`)).toEqual([]);
    const [imports] = await ownerQuery((sql) => sql<{ count: number }[]>`select count(*)::int as count from catalog_imports where tenant_id = ${ws.id}`);
    expect(imports!.count).toBe(0);
  }, 60_000);

  it("streams a guide to a temporary key, moves it to its content address, and leaves nothing of duplicates and refused uploads", async () => {
    process.env.STORAGE_URL = s3.storageUrl(BUCKET, "guides");
    const owner = await signUp("Ada Owner");
    const ws = await createWorkspace(owner);
    const guide = Buffer.from(`${GUIDE}\n\n${"We write short sentences. ".repeat(50_000)}`);
    const post = (body: Buffer, filename = "voice.md") => streamed(uploadGuide, owner, `/api/brand/guides?tenant=${ws.slug}&filename=${filename}`, chunked(body, 50_000));
    const first = await post(guide);
    expect(first.status).toBe(201);
    const sha = createHash("sha256").update(guide).digest("hex");
    expect(((await first.json()) as { guide: { sha256: string; size: number } }).guide).toMatchObject({ sha256: sha, size: guide.length });
    expect((await fileStore().read(`guides/${ws.id}/${sha}`)).equals(guide)).toBe(true);

    const again = await post(guide, "voice-again.md");
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true });
    const mislabelled = await post(Buffer.from("# Other voice\n\nPlain."), "voice.pdf");
    expect(mislabelled.status).toBe(400);
    expect(await mislabelled.json()).toMatchObject({ readAs: "markdown" });
    process.env.GUIDE_MAX_MB = "1";
    try {
      const tooBig = await post(guide);
      expect(tooBig.status).toBe(413);
      expect(await tooBig.json()).toEqual({ error: guideTooLarge() });
    } finally {
      delete process.env.GUIDE_MAX_MB;
    }
    expect(await keysUnder(`guides/${ws.id}/`)).toEqual([`guides/${ws.id}/${sha}`]);
  });

  it("holds a bounded part of a 180 MB CSV in memory, not the file, uploading it; and of a 24 MB one, reading it (RSS of a separate process)", async () => {
    process.env.STORAGE_URL = s3.storageUrl(BUCKET, "large");
    const owner = await signUp("Ada Owner");
    const ws = await createWorkspace(owner);
    const stored = productsCsv(420_000, 0);
    expect(stored.length).toBeGreaterThan(24 * MB);
    const { importId } = (await (await streamed(uploadImport, owner, `/api/catalog/imports?tenant=${ws.slug}&kind=products`, chunked(stored, MB))).json()) as { importId: string };
    const { stdout } = await promisify(execFile)(process.execPath, ["--expose-gc", "--import", "tsx", "test/support/import-stream-child.ts"], {
      env: { ...process.env, SIZE_MB: "180", READ_KEY: `imports/${ws.id}/${importId}`, SLUG: ws.slug, COOKIE: owner.cookie, TENANT_ID: ws.id },
      maxBuffer: MB,
    });
    const measured = JSON.parse(stdout.trim().split("\n").at(-1)!) as Record<"readRows" | "readGrowthMb" | "sentBytes" | "status" | "uploadGrowthMb", number> & { importId: string };
    expect(measured.readRows).toBe(420_000);
    expect(measured.status).toBe(201);
    const [row] = await ownerQuery((sql) => sql<{ size: number; file_key: string }[]>`select size, file_key from catalog_imports where id = ${measured.importId}`);
    expect(row).toEqual({ size: measured.sentBytes, file_key: `imports/${ws.id}/${measured.importId}` });
    for (const key of [row!.file_key, `imports/${ws.id}/${importId}`]) await fileStore().delete(key);
    // Uploading: two 8 MB parts in flight, the part being filled, the 1 MB chunks arriving, and allocator slack
    // (80–110 MB measured for a 60 MB file as for a 180 MB one); a buffered upload would add the 180 MB and its copy.
    expect(measured.uploadGrowthMb).toBeLessThan(128);
    // Reading: the 64 KB pieces of the records being parsed, not the file's 24 MB.
    expect(measured.readGrowthMb).toBeLessThan(16);
  }, 120_000);
});
