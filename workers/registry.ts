import type { Logger } from "pino";
import type { z } from "zod";

/** What a handler gets besides its payload. */
export interface JobContext {
  jobId: string;
  tenantId: string;
  attempt: number;
  maxAttempts: number;
  /** Aborted when the job is cancelled or the worker shuts down. */
  signal: AbortSignal;
  log: Logger;
  progress(update: { percent?: number; message?: string }): Promise<void>;
  /** Streams model output to whoever watches the job. */
  emit(text: string): void;
}

/** A job type: its payload schema and the handler that runs it. Handlers must be idempotent by job id. */
export interface JobHandler<Schema extends z.ZodType = z.ZodType> {
  type: string;
  payload: Schema;
  run(payload: z.infer<Schema>, context: JobContext): Promise<unknown>;
}

export function defineHandler<Schema extends z.ZodType>(handler: JobHandler<Schema>): JobHandler {
  return handler as unknown as JobHandler;
}
