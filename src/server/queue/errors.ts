/** Thrown by a job handler for bad input: the job fails at once, without retries. */
export class NonRetryableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "NonRetryableError";
  }
}

/**
 * Thrown by a job handler that cannot run yet for a reason outside the job
 * (the model server is down): the job goes back to the queue until `delayMs`
 * has passed, without spending an attempt. Its progress message says why.
 */
export class DeferJobError extends Error {
  constructor(
    message: string,
    readonly delayMs: number,
  ) {
    super(message);
    this.name = "DeferJobError";
  }
}
