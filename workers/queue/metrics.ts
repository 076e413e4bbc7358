import client from "prom-client";

/** Worker-process metrics, served on WORKER_METRICS_PORT (+ slot). */
export function createWorkerMetrics(registry = new client.Registry()) {
  client.collectDefaultMetrics({ register: registry });
  return {
    registry,
    waitSeconds: new client.Histogram({
      name: "queue_job_wait_seconds",
      help: "Time from a job becoming runnable to a worker starting it",
      labelNames: ["type"] as const,
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120, 600],
      registers: [registry],
    }),
    claimSeconds: new client.Histogram({
      name: "queue_claim_duration_seconds",
      help: "Duration of one claim round (candidates, policy, claim)",
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers: [registry],
    }),
    runSeconds: new client.Histogram({
      name: "queue_job_run_seconds",
      help: "Handler run time by type and outcome",
      labelNames: ["type", "outcome"] as const,
      buckets: [0.001, 0.01, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [registry],
    }),
    retries: new client.Counter({
      name: "queue_job_retries_total",
      help: "Attempts that failed and were scheduled again",
      labelNames: ["type"] as const,
      registers: [registry],
    }),
    takenBack: new client.Counter({
      name: "queue_jobs_taken_back_total",
      help: "Running jobs taken back from a lost worker: lease expired (reclaimed) or its process exited (released by the supervisor)",
      labelNames: ["how"] as const,
      registers: [registry],
    }),
    recoverySeconds: new client.Histogram({
      name: "queue_job_recovery_seconds",
      help: "Time from a job's worker being lost to the job starting again on another",
      buckets: [0.5, 1, 2, 5, 10, 20, 30, 45, 60, 120, 300],
      registers: [registry],
    }),
    databaseReconnects: new client.Counter({
      name: "queue_database_reconnects_total",
      help: "Times the worker's LISTEN connection came back after losing the database",
      registers: [registry],
    }),
    outcomes: new client.Counter({
      name: "queue_jobs_finished_total",
      help: "Finished attempts by type and outcome",
      labelNames: ["type", "outcome"] as const,
      registers: [registry],
    }),
  };
}

export type WorkerMetrics = ReturnType<typeof createWorkerMetrics>;
