import type { z } from "zod";

/** A job type: its payload schema and the handler that runs it. */
export interface JobHandler<Schema extends z.ZodType = z.ZodType> {
  type: string;
  payload: Schema;
  run(payload: z.infer<Schema>, context: { signal: AbortSignal }): Promise<unknown>;
}

/**
 * Every job type the pool can run. Features register their handlers here as
 * they land (generation, parsing, imports…); the pool starts even when empty.
 */
export const jobHandlers: JobHandler[] = [];
