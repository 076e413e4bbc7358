"use client";

import { mergeStreamedOutput } from "@/domain/streamed-output";
import { useEffect, useRef, useState } from "react";
import type { LiveJob } from "./use-job-stream";

type JobEvent =
  | { kind: "state"; jobId: string; state: string; error?: string | null }
  | { kind: "progress"; jobId: string; percent?: number; message?: string }
  | { kind: "token"; jobId: string; offset: number; text: string };

const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);
const EMPTY: Omit<LiveJob, "connection"> = { state: "pending", position: null, progress: null, output: "", lastError: null };

/**
 * Follows several jobs on one server-sent-events connection (browsers allow
 * six per host, so one stream per variant would stall a ten-variant batch).
 * Returns each job's live state by id; `onSettled` fires once per job.
 */
export function useJobsStream(jobIds: readonly string[], tenantSlug: string, onSettled?: (jobId: string, state: string) => void): Record<string, LiveJob> {
  const [jobs, setJobs] = useState<Record<string, LiveJob>>({});
  const settledRef = useRef(onSettled);
  settledRef.current = onSettled;
  const key = [...jobIds].sort().join(",");

  useEffect(() => {
    if (!key) return;
    const source = new EventSource(`/api/stream/jobs?ids=${key}&tenant=${encodeURIComponent(tenantSlug)}`);
    const done = new Set<string>();
    const update = (jobId: string, change: (job: LiveJob) => LiveJob) =>
      setJobs((all) => ({ ...all, [jobId]: change(all[jobId] ?? { ...EMPTY, connection: "live" }) }));
    const settle = (jobId: string, state: string) => {
      if (done.has(jobId)) return;
      done.add(jobId);
      settledRef.current?.(jobId, state);
      if (done.size === key.split(",").length) source.close();
    };
    source.addEventListener("snapshot", (message) => {
      const data = JSON.parse((message as MessageEvent<string>).data) as Omit<LiveJob, "connection"> & { jobId: string };
      update(data.jobId, () => ({ ...data, connection: "live" }));
      if (TERMINAL.has(data.state)) settle(data.jobId, data.state);
    });
    source.addEventListener("position", (message) => {
      const { jobId, position, progress } = JSON.parse((message as MessageEvent<string>).data) as { jobId: string; position: number; progress: LiveJob["progress"] };
      update(jobId, (j) => ({ ...j, position, progress: progress ?? j.progress }));
    });
    source.addEventListener("job", (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as JobEvent;
      update(event.jobId, (j) => {
        switch (event.kind) {
          case "token":
            // Offsets make replays after a reconnect harmless.
            return { ...j, output: mergeStreamedOutput(j.output, event.offset, event.text) };
          case "progress":
            return { ...j, progress: { percent: event.percent, message: event.message } };
          case "state":
            return { ...j, state: event.state, output: event.state === "pending" ? "" : j.output, lastError: event.error ?? j.lastError };
        }
      });
      if (event.kind === "state" && TERMINAL.has(event.state)) settle(event.jobId, event.state);
    });
    source.addEventListener("error", () => {
      if (source.readyState !== EventSource.CLOSED) setJobs((all) => Object.fromEntries(Object.entries(all).map(([id, j]) => [id, { ...j, connection: "reconnecting" as const }])));
    });
    return () => source.close();
  }, [key, tenantSlug]);

  return jobs;
}
