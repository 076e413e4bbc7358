import postgres from "postgres";
import { z } from "zod";
import { defineHandler } from "../../workers/registry";

/**
 * Writes its result row first (keyed by job id, idempotent), then, in the
 * process that is about to be killed (`hang`), hangs long enough to be
 * killed: the crash-after-side-effect case. (Not by attempt number: a job
 * taken back from a lost worker gets its attempt back.)
 */
export function crashableHandler(databaseUrl: string, options: { hang: boolean }) {
  const app = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  return {
    handler: defineHandler({
      type: "test.crashable",
      payload: z.object({}),
      async run(_payload, { jobId, attempt }) {
        const hang = options.hang;
        await app`insert into queue_test_results (job_id, worker) values (${jobId}, ${String(process.pid)})
                  on conflict (job_id) do update set runs = queue_test_results.runs + 1`;
        if (hang) await new Promise((resolve) => setTimeout(resolve, 60_000));
        return { attempt };
      },
    }),
    close: () => app.end(),
  };
}
