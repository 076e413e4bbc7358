import postgres from "postgres";
import { z } from "zod";
import { defineHandler } from "../../workers/registry";

/**
 * Writes its result row first (keyed by job id, idempotent), then on the first
 * attempt hangs long enough to be killed: the crash-after-side-effect case.
 */
export function crashableHandler(databaseUrl: string) {
  const app = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  return {
    handler: defineHandler({
      type: "test.crashable",
      payload: z.object({}),
      async run(_payload, { jobId, attempt }) {
        await app`insert into queue_test_results (job_id, worker) values (${jobId}, ${String(process.pid)})
                  on conflict (job_id) do update set runs = queue_test_results.runs + 1`;
        if (attempt === 1) await new Promise((resolve) => setTimeout(resolve, 60_000));
        return { attempt };
      },
    }),
    close: () => app.end(),
  };
}
