import type { Logger } from "pino";
import type { z } from "zod";
import { isDatabaseUnavailable } from "@/server/db/unavailable";
import { DeferJobError, NonRetryableError } from "@/server/queue/errors";

/** What a handler gets besides its payload. */
export interface JobContext {
  jobId: string;
  tenantId: string;
  /** The worker holding the job's lease: a handler's final write can check it still does (holdsJob). */
  workerId: string;
  attempt: number;
  maxAttempts: number;
  /** Aborted when the job is cancelled or the worker shuts down. */
  signal: AbortSignal;
  log: Logger;
  progress(update: { percent?: number; message?: string }): Promise<void>;
  /** Streams model output to whoever watches the job. */
  emit(text: string): void;
}

/** A job that ended without succeeding, and will not run again unless someone retries it. */
export interface JobEnded {
  jobId: string;
  tenantId: string;
  /** "failed": out of attempts, a non-retryable error, or its worker lost too many times. */
  state: "failed" | "cancelled";
  /** The last error, in the words the job recorded; null for a cancellation. */
  error: string | null;
}

/** A job type: its payload schema and the handler that runs it. Handlers must be idempotent by job id. */
export interface JobHandler<Schema extends z.ZodType = z.ZodType> {
  type: string;
  payload: Schema;
  run(payload: z.infer<Schema>, context: JobContext): Promise<unknown>;
  /**
   * Called once the job has ended failed or cancelled (after the queue
   * recorded it), whichever way it got there, so what waited on the job
   * (a draft being written) does not wait forever. Idempotent by job id.
   */
  onEnded?(ended: JobEnded): Promise<void>;
}

export function defineHandler<Schema extends z.ZodType>(handler: JobHandler<Schema>): JobHandler {
  return handler as unknown as JobHandler;
}

/**
 * Whether the queue will end the job with this error, as its runner decides:
 * a non-retryable error, or the last attempt. A deferral, a cancellation and
 * a worker that is stopping or lost its lease are not an end here.
 */
export function endsTheJob(error: unknown, context: Pick<JobContext, "attempt" | "maxAttempts" | "signal">): boolean {
  // The queue gives these back without spending an attempt (see QueueRunner.failureOutcome).
  if (error instanceof DeferJobError || context.signal.aborted || isDatabaseUnavailable(error)) return false;
  const retryable = !(error instanceof NonRetryableError) && (error as { retryable?: unknown }).retryable !== false;
  return !retryable || context.attempt >= context.maxAttempts;
}
