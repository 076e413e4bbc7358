/** Files in a local directory: the embedded default (`<BRANDSMITH_DATA_DIR>/files`, or ADAPTER_DIR for adapters). */
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { checkKey, StoredFileMissing, type FileBody, type FileStore } from "./file-store";

export class LocalFileStore implements FileStore {
  readonly location: string;

  constructor(private readonly root: string) {
    this.location = `directory ${root}`;
  }

  private pathOf(key: string): string {
    return path.join(/*turbopackIgnore: true*/ this.root, checkKey(key));
  }

  async put(key: string, body: FileBody): Promise<{ size: number }> {
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = path.join(path.dirname(target), `.upload-${randomUUID()}`);
    let size = 0;
    const counted = async function* () {
      if (body instanceof Uint8Array) {
        size = body.byteLength;
        yield body;
        return;
      }
      for await (const chunk of body) {
        size += chunk.byteLength;
        yield chunk;
      }
    };
    try {
      await pipeline(counted, createWriteStream(temp));
      await fs.rename(temp, target);
      return { size };
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }

  async open(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    const handle = await fs.open(file, "r").catch((error: NodeJS.ErrnoException) => {
      throw error.code === "ENOENT" ? new StoredFileMissing(key, this.location) : error;
    });
    return handle.createReadStream();
  }

  async read(key: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      throw error.code === "ENOENT" ? new StoredFileMissing(key, this.location) : error;
    });
  }

  async exists(key: string): Promise<boolean> {
    return fs.stat(this.pathOf(key)).then(
      (stat) => stat.isFile(),
      () => false,
    );
  }

  async move(from: string, to: string): Promise<void> {
    const target = this.pathOf(to);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rename(this.pathOf(from), target).catch((error: NodeJS.ErrnoException) => {
      throw error.code === "ENOENT" ? new StoredFileMissing(from, this.location) : error;
    });
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  async *list(prefix: string): AsyncIterable<string> {
    const base = path.join(/*turbopackIgnore: true*/ this.root, prefix);
    const entries = await fs.readdir(base, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    });
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.startsWith(".upload-")) continue;
      yield path.relative(this.root, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join("/");
    }
  }
}
