/** Postgres NOTIFY channels the queue uses. */
export const CHANNEL_JOBS_AVAILABLE = "brandsmith_jobs";
export const CHANNEL_JOB_EVENTS = "brandsmith_job_events";
export const CHANNEL_JOB_CANCEL = "brandsmith_job_cancel";

/** One live event about a job, as it travels through NOTIFY and SSE. */
export type JobEvent =
  | { kind: "state"; jobId: string; tenantId: string; state: string; error?: string | null }
  | { kind: "progress"; jobId: string; tenantId: string; percent?: number; message?: string }
  /** Streamed output: `text` belongs at character `offset` of the job's output. */
  | { kind: "token"; jobId: string; tenantId: string; offset: number; text: string };

/** NOTIFY payloads are limited to 8000 bytes; long token runs are split. */
export const MAX_EVENT_TEXT = 2000;
