import postgres from "postgres";
import { inject } from "vitest";

/**
 * A side-effect table for queue tests: handlers record each run keyed by job
 * id, the way real handlers write drafts keyed by job id.
 */
export async function createResultsTable() {
  const owner = postgres(inject("ownerDatabaseUrl"), { max: 1, onnotice: () => {} });
  await owner`create table if not exists queue_test_results (job_id uuid primary key, runs int not null default 1, worker text)`;
  await owner`grant select, insert, update, delete on queue_test_results to brandsmith_app`;
  await owner.end();
  const app = postgres(inject("databaseUrl"), { max: 4, onnotice: () => {} });
  return {
    /** Idempotent by job id: a re-run counts, but leaves one row. */
    record: (jobId: string, worker: string) =>
      app`insert into queue_test_results (job_id, worker) values (${jobId}, ${worker})
          on conflict (job_id) do update set runs = queue_test_results.runs + 1`,
    rows: (ids: string[]) => app<{ job_id: string; runs: number }[]>`select job_id, runs from queue_test_results where job_id = any(${ids}::uuid[])`,
    close: () => app.end(),
  };
}
