/**
 * Files in an S3-compatible bucket (MinIO, AWS S3, R2, …). Uploads stream as
 * multipart parts (a few parts in memory at a time, never the whole file).
 */
import { Readable } from "node:stream";
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { checkKey, readAll, StorageConfigError, StoredFileMissing, type FileBody, type FileStore } from "./file-store";
import type { S3Location } from "./storage-url";

const PART_BYTES = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 2;

export class S3FileStore implements FileStore {
  readonly location: string;
  private readonly client: S3Client;
  private checked: Promise<void> | null = null;

  constructor(private readonly target: S3Location) {
    this.location = `s3://${target.bucket}/${target.prefix} at ${target.endpoint ?? "AWS"}`;
    this.client = new S3Client({
      region: target.region,
      endpoint: target.endpoint,
      forcePathStyle: target.forcePathStyle,
      credentials: target.credentials,
      maxAttempts: 3,
      // Checksums only where S3 requires them: many S3-compatible servers do not
      // understand the SDK's default aws-chunked trailing checksums.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  private objectKey(key: string): string {
    return this.target.prefix + checkKey(key);
  }

  /** Once per process: is the bucket there and may we use it? Turns the SDK's errors into what to fix. */
  private ready(): Promise<void> {
    this.checked ??= this.client.send(new HeadBucketCommand({ Bucket: this.target.bucket })).then(
      () => undefined,
      (error: unknown) => {
        this.checked = null;
        throw this.explain(error, { checkingBucket: true });
      },
    );
    return this.checked;
  }

  /** `checkingBucket`: the error answers HeadBucket, which has no body, so a missing bucket is a bare 404. */
  private explain(error: unknown, { checkingBucket = false } = {}): Error {
    const where = `the file storage ${this.location} (STORAGE_URL)`;
    if (error instanceof S3ServiceException) {
      const status = error.$metadata.httpStatusCode;
      if (error.name === "NoSuchBucket" || (checkingBucket && status === 404)) {
        return new StorageConfigError(`The bucket "${this.target.bucket}" does not exist in ${where}. Create it (for MinIO: mc mb <alias>/${this.target.bucket}) or fix the bucket in STORAGE_URL.`, { cause: error });
      }
      if (status === 403 || error.name === "InvalidAccessKeyId" || error.name === "SignatureDoesNotMatch" || error.name === "AccessDenied") {
        return new StorageConfigError(`${where} refused the credentials (${error.name}). Set the access key and secret in STORAGE_URL (s3://KEY:SECRET@…) or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, with read and write rights on the bucket.`, { cause: error });
      }
      return error;
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code ?? (error as Error | undefined)?.name;
    if (code && /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|TimeoutError/.test(code)) {
      return new StorageConfigError(`Cannot reach ${where}: ${code}. Check the endpoint in STORAGE_URL and that the S3 server is running and reachable from this process.`, { cause: error });
    }
    if (error instanceof Error && /credential/i.test(error.message)) {
      return new StorageConfigError(`No credentials for ${where}. Put them in STORAGE_URL (s3://KEY:SECRET@host/bucket) or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.`, { cause: error });
    }
    return error instanceof Error ? error : new Error(String(error));
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    await this.ready();
    try {
      return await work();
    } catch (error) {
      throw this.explain(error);
    }
  }

  async put(key: string, body: FileBody, options: { contentType?: string } = {}): Promise<{ size: number }> {
    const Key = this.objectKey(key);
    let size = 0;
    const counted = Readable.from(
      (async function* () {
        if (body instanceof Uint8Array) {
          size = body.byteLength;
          yield body;
          return;
        }
        for await (const chunk of body) {
          size += chunk.byteLength;
          yield chunk;
        }
      })(),
      { objectMode: false },
    );
    return this.run(async () => {
      const upload = new Upload({
        client: this.client,
        params: { Bucket: this.target.bucket, Key, Body: counted, ContentType: options.contentType ?? "application/octet-stream" },
        partSize: PART_BYTES,
        queueSize: PARTS_IN_FLIGHT,
        leavePartsOnError: false,
      });
      try {
        await upload.done();
      } catch (error) {
        counted.destroy();
        throw error;
      }
      return { size };
    });
  }

  async open(key: string): Promise<Readable> {
    return this.run(async () => {
      try {
        const object = await this.client.send(new GetObjectCommand({ Bucket: this.target.bucket, Key: this.objectKey(key) }));
        return object.Body as Readable;
      } catch (error) {
        if (error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404)) throw new StoredFileMissing(key, this.location);
        throw error;
      }
    });
  }

  async read(key: string): Promise<Buffer> {
    return readAll(await this.open(key));
  }

  async exists(key: string): Promise<boolean> {
    return this.run(async () => {
      try {
        await this.client.send(new HeadObjectCommand({ Bucket: this.target.bucket, Key: this.objectKey(key) }));
        return true;
      } catch (error) {
        if (error instanceof S3ServiceException && (error.name === "NotFound" || error.$metadata.httpStatusCode === 404)) return false;
        throw error;
      }
    });
  }

  async move(from: string, to: string): Promise<void> {
    await this.run(async () => {
      const source = this.objectKey(from);
      try {
        await this.client.send(
          new CopyObjectCommand({ Bucket: this.target.bucket, Key: this.objectKey(to), CopySource: `${this.target.bucket}/${source.split("/").map(encodeURIComponent).join("/")}` }),
        );
      } catch (error) {
        if (error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404)) throw new StoredFileMissing(from, this.location);
        throw error;
      }
      await this.client.send(new DeleteObjectCommand({ Bucket: this.target.bucket, Key: source }));
    });
  }

  async delete(key: string): Promise<void> {
    await this.run(() => this.client.send(new DeleteObjectCommand({ Bucket: this.target.bucket, Key: this.objectKey(key) })));
  }

  async *list(prefix: string): AsyncIterable<string> {
    await this.ready();
    let token: string | undefined;
    do {
      const page = await this.client
        .send(new ListObjectsV2Command({ Bucket: this.target.bucket, Prefix: this.target.prefix + prefix, ContinuationToken: token }))
        .catch((error: unknown) => {
          throw this.explain(error);
        });
      for (const object of page.Contents ?? []) if (object.Key) yield object.Key.slice(this.target.prefix.length);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  /** Checks the bucket now (startup, the migration command) rather than at the first upload. */
  check(): Promise<void> {
    return this.ready();
  }
}
