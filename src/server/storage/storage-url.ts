/**
 * STORAGE_URL, parsed. Unset: files stay on this machine, under the data
 * directory. `file:///srv/brandsmith/files`: a directory of your choice.
 * `s3://[KEY:SECRET@]bucket[/prefix]?endpoint=http://minio:9000&region=us-east-1`:
 * an S3-compatible store (no endpoint: AWS; with one, path-style addressing
 * unless `path_style=false`). Without KEY:SECRET the AWS SDK's usual chain
 * (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, instance roles …) applies.
 */
import path from "node:path";
import { StorageConfigError } from "./file-store";

export interface S3Location {
  kind: "s3";
  bucket: string;
  /** "" or ending in "/". */
  prefix: string;
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export type StorageLocation = { kind: "local"; root: string } | S3Location;

/** The embedded default follows BRANDSMITH_DATA_DIR, like the embedded database. */
export function dataDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.BRANDSMITH_DATA_DIR || ".data");
}

const EXAMPLE = "s3://KEY:SECRET@brandsmith/files?endpoint=http://minio:9000&region=us-east-1";

export function parseStorageUrl(value: string | undefined, env: Record<string, string | undefined> = process.env): StorageLocation {
  if (!value?.trim()) return { kind: "local", root: path.join(dataDir(env), "files") };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new StorageConfigError(`STORAGE_URL is not a URL. Use file:///path/to/files, or for S3-compatible storage ${EXAMPLE}.`);
  }
  if (url.protocol === "file:") {
    if (url.host) throw new StorageConfigError("STORAGE_URL=file://… takes an absolute path (file:///srv/brandsmith/files), not a host.");
    return { kind: "local", root: path.resolve(decodeURIComponent(url.pathname)) };
  }
  if (url.protocol !== "s3:") throw new StorageConfigError(`STORAGE_URL must start with file:// or s3:// (got ${url.protocol}//). For MinIO: ${EXAMPLE}.`);
  const bucket = url.hostname;
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new StorageConfigError(`STORAGE_URL names the bucket "${bucket}", which is not a valid S3 bucket name (3–63 lowercase letters, digits, dots, hyphens). The bucket comes right after s3:// (e.g. ${EXAMPLE}).`);
  }
  const prefix = url.pathname.replace(/^\/+|\/+$/g, "");
  const endpoint = url.searchParams.get("endpoint") ?? undefined;
  if (endpoint && !/^https?:\/\/[^/]+/.test(endpoint)) {
    throw new StorageConfigError(`STORAGE_URL's endpoint "${endpoint}" must be an http:// or https:// URL, e.g. endpoint=http://minio:9000.`);
  }
  const user = decodeURIComponent(url.username);
  const secret = decodeURIComponent(url.password);
  if (Boolean(user) !== Boolean(secret)) throw new StorageConfigError("STORAGE_URL has an access key without a secret (or the reverse): write both, s3://KEY:SECRET@bucket, or neither.");
  const pathStyle = url.searchParams.get("path_style");
  return {
    kind: "s3",
    bucket,
    prefix: prefix ? `${prefix}/` : "",
    endpoint,
    region: url.searchParams.get("region") ?? env.AWS_REGION ?? "us-east-1",
    forcePathStyle: pathStyle ? pathStyle !== "false" : Boolean(endpoint),
    credentials: user ? { accessKeyId: user, secretAccessKey: secret } : undefined,
  };
}
