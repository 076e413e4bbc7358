/**
 * What can go wrong talking to a model server, classified once here so
 * callers decide by kind: retry later (through the queue), fix the model
 * (ensure it exists), or give up with the server's own words.
 */
export type ModelErrorKind =
  | "model_not_found"
  | "busy"
  | "unreachable"
  | "stream_failed"
  | "server_error"
  | "bad_request"
  | "invalid_output"
  | "timeout"
  | "aborted";

const RETRYABLE: ReadonlySet<ModelErrorKind> = new Set(["busy", "unreachable", "stream_failed", "server_error", "timeout"]);

export class ModelError extends Error {
  /** The queue retries a job whose handler threw a retryable error; `false` fails it at once. */
  readonly retryable: boolean;

  constructor(
    readonly kind: ModelErrorKind,
    message: string,
    readonly details: { host?: string; model?: string; status?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = "ModelError";
    this.retryable = RETRYABLE.has(kind);
  }
}

/** Maps an HTTP status (and Ollama's error text) to a kind. */
export function kindForStatus(status: number): ModelErrorKind {
  if (status === 404) return "model_not_found";
  if (status === 503 || status === 429) return "busy";
  if (status === 400 || status === 422) return "bad_request";
  if (status === 499) return "aborted";
  return "server_error";
}
