/**
 * A real S3-compatible server for the tests: s3rver (npm), in a child process
 * so its memory is not counted in the test's, with its data in a temporary
 * directory and the given buckets created.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export interface S3TestServer {
  endpoint: string;
  /** STORAGE_URL for a bucket (and optional prefix) on this server. */
  storageUrl(bucket: string, prefix?: string): string;
  stop(): Promise<void>;
}

const SERVER = `
import S3rver from "s3rver";
const [directory, buckets] = [process.argv[1], process.argv[2].split(",")];
const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: buckets.map((name) => ({ name })) });
const { port } = await server.run();
process.stdout.write(JSON.stringify({ port }) + "\\n");
process.on("SIGTERM", () => server.close().then(() => process.exit(0)));
`;

export async function startS3Server(buckets: string[]): Promise<S3TestServer> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "brandsmith-s3-"));
  const child: ChildProcess = spawn(process.execPath, ["--input-type=module", "-e", SERVER, directory, buckets.join(",")], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once("exit", (code) => reject(new Error(`s3rver exited with ${code} before listening`)));
  });
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    // s3rver accepts its well-known development credentials.
    storageUrl: (bucket, prefix = "") => `s3://S3RVER:S3RVER@${bucket}/${prefix}?endpoint=${encodeURIComponent(endpoint)}&region=us-east-1`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      await rm(directory, { recursive: true, force: true });
    },
  };
}
