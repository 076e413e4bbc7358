"use client";

import { mergeStreamedOutput } from "@/domain/streamed-output";
import { useEffect, useState } from "react";

export interface LiveJob {
  state: string;
  position: number | null;
  progress: { percent?: number; message?: string } | null;
  output: string;
  lastError: string | null;
  connection: "connecting" | "live" | "reconnecting" | "closed";
}

type JobEvent =
  | { kind: "state"; state: string; error?: string | null }
  | { kind: "progress"; percent?: number; message?: string }
  | { kind: "token"; offset: number; text: string };

const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);

/**
 * Follows one job live over server-sent events: queue position while it
 * waits, streamed output while it runs, then its final state. A dropped
 * connection reconnects and resumes from a fresh snapshot. Bump `epoch` to
 * follow the job again after it settled (e.g. after a retry).
 */
export function useJobStream(jobId: string, tenantSlug: string, onSettled?: (state: string) => void, epoch = 0): LiveJob {
  const [job, setJob] = useState<LiveJob>({ state: "pending", position: null, progress: null, output: "", lastError: null, connection: "connecting" });

  useEffect(() => {
    const source = new EventSource(`/api/stream/jobs/${jobId}?tenant=${encodeURIComponent(tenantSlug)}`);
    let finished = false;
    source.addEventListener("open", () => setJob((j) => ({ ...j, connection: "live" })));
    source.addEventListener("snapshot", (message) => {
      const data = JSON.parse((message as MessageEvent<string>).data) as Omit<LiveJob, "connection">;
      setJob({ ...data, connection: "live" });
      if (TERMINAL.has(data.state)) {
        finished = true;
        source.close();
        setJob((j) => ({ ...j, connection: "closed" }));
        onSettled?.(data.state);
      }
    });
    source.addEventListener("position", (message) => {
      const { position } = JSON.parse((message as MessageEvent<string>).data) as { position: number };
      setJob((j) => ({ ...j, position }));
    });
    source.addEventListener("job", (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as JobEvent;
      setJob((j) => {
        switch (event.kind) {
          case "token":
            // Offsets make replays after a reconnect harmless.
            return { ...j, output: mergeStreamedOutput(j.output, event.offset, event.text) };
          case "progress":
            return { ...j, progress: { percent: event.percent, message: event.message } };
          case "state":
            return {
              ...j,
              state: event.state,
              position: event.state === "pending" ? j.position : null,
              output: event.state === "pending" ? "" : j.output,
              lastError: event.error ?? j.lastError,
            };
        }
      });
      if (event.kind === "state" && TERMINAL.has(event.state)) {
        finished = true;
        source.close();
        setJob((j) => ({ ...j, connection: "closed" }));
        onSettled?.(event.state);
      }
    });
    source.addEventListener("error", () => {
      if (!finished) setJob((j) => ({ ...j, connection: source.readyState === EventSource.CLOSED ? "closed" : "reconnecting" }));
    });
    return () => source.close();
    // onSettled is a notification; re-subscribing when its identity changes would drop the stream.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jobId, tenantSlug, epoch]);

  return job;
}
