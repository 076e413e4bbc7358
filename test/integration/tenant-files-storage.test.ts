/**
 * Guide originals, catalog import files and logos with STORAGE_URL pointing at
 * a real S3-compatible server (s3rver): the rows hold keys, the bucket holds
 * the bytes, workers read them from there; and `npm run storage:migrate`
 * moves files kept in the database and the adapter directory into the bucket.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as downloadGuide } from "@/app/api/brand/guides/[id]/route";
import { POST as uploadGuide } from "@/app/api/brand/guides/route";
import { POST as uploadImport } from "@/app/api/catalog/imports/route";
import { getDb } from "@/server/db/client";
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
  delete process.env.STORAGE_URL;
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
