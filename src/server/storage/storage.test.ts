import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { adapterStore } from "@/server/models/adapter-store";
import { LocalFileStore } from "./local-store";
import { parseStorageUrl, StorageConfigError, StoredFileMissing, readAll } from "./index";

describe("STORAGE_URL", () => {
  it("defaults to a directory under the data directory, which follows BRANDSMITH_DATA_DIR", () => {
    expect(parseStorageUrl(undefined, {})).toEqual({ kind: "local", root: path.resolve(".data/files") });
    expect(parseStorageUrl("", { BRANDSMITH_DATA_DIR: "/srv/bs" })).toEqual({ kind: "local", root: "/srv/bs/files" });
    expect(parseStorageUrl("file:///var/lib/brandsmith/files")).toEqual({ kind: "local", root: "/var/lib/brandsmith/files" });
  });

  it("reads bucket, prefix, endpoint, region and credentials from an s3:// URL", () => {
    expect(parseStorageUrl("s3://minio:s3cr%2Ft@brandsmith/files/?endpoint=http://minio:9000&region=eu-west-1", {})).toEqual({
      kind: "s3",
      bucket: "brandsmith",
      prefix: "files/",
      endpoint: "http://minio:9000",
      region: "eu-west-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "minio", secretAccessKey: "s3cr/t" },
    });
    expect(parseStorageUrl("s3://my-bucket", { AWS_REGION: "us-west-2" })).toMatchObject({ bucket: "my-bucket", prefix: "", region: "us-west-2", forcePathStyle: false, credentials: undefined });
  });

  it.each([
    ["not a url", /not a URL/],
    ["http://minio:9000/bucket", /must start with file:\/\/ or s3:\/\//],
    ["s3://B_ad", /not a valid S3 bucket name/],
    ["s3://key@bucket1", /access key without a secret/],
    ["s3://bucket1?endpoint=minio:9000", /must be an http:\/\/ or https:\/\/ URL/],
    ["file://host/path", /absolute path/],
  ])("refuses %s and says what to write", (value, message) => {
    expect(() => parseStorageUrl(value)).toThrow(StorageConfigError);
    expect(() => parseStorageUrl(value)).toThrow(message);
  });
});

describe("the local file store", () => {
  let root = "";
  afterEach(async () => {
    for (const name of ["STORAGE_URL", "ADAPTER_DIR", "BRANDSMITH_DATA_DIR"]) delete process.env[name];
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("writes, reads, streams, lists, moves and deletes, and leaves nothing behind from a failed write", async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "brandsmith-files-"));
    const store = new LocalFileStore(root);
    await store.put("guides/t1/a", Buffer.from("one"));
    expect((await store.read("guides/t1/a")).toString()).toBe("one");
    expect((await readAll(await store.open("guides/t1/a"))).toString()).toBe("one");
    await store.move("guides/t1/a", "guides/t1/b");
    const keys: string[] = [];
    for await (const key of store.list("guides/")) keys.push(key);
    expect(keys).toEqual(["guides/t1/b"]);
    await store.delete("guides/t1/b");
    await expect(store.read("guides/t1/b")).rejects.toBeInstanceOf(StoredFileMissing);
    await expect(store.open("guides/t1/b")).rejects.toBeInstanceOf(StoredFileMissing);

    const failing = async function* () {
      yield new Uint8Array([1, 2, 3]);
      throw new Error("client went away");
    };
    await expect(store.put("guides/t1/c", failing())).rejects.toThrow("client went away");
    expect(await store.exists("guides/t1/c")).toBe(false);
    expect(await readdir(path.join(root, "guides/t1"))).toEqual([]);
  });

  it("refuses keys that would leave its directory", async () => {
    const store = new LocalFileStore("/tmp/nowhere");
    for (const key of ["../etc/passwd", "/etc/passwd", "a/../../b", "a b"]) await expect(store.read(key)).rejects.toThrow(/Not a valid storage key/);
  });

  it("keeps adapters under the data directory by default, in ADAPTER_DIR when set, and in STORAGE_URL's store when set", () => {
    process.env.BRANDSMITH_DATA_DIR = "/srv/bs";
    expect(adapterStore().store.location).toBe("directory /srv/bs/adapters");
    process.env.ADAPTER_DIR = "/mnt/adapters";
    expect(adapterStore().store.location).toBe("directory /mnt/adapters");
    process.env.STORAGE_URL = "file:///srv/files";
    expect(adapterStore()).toMatchObject({ prefix: "adapters/", store: { location: "directory /srv/files" } });
  });
});
