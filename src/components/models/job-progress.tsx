"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { JobStateBadge } from "@/components/queue/job-state-badge";
import { useJobStream, type LiveJob } from "@/components/queue/use-job-stream";
import { Alert } from "@/components/ui/alert";

/** A bar for `progress.percent` (0–100), pulsing while the job gives no percentage. */
export function ProgressBar({ progress, label }: { progress: LiveJob["progress"]; label: string }) {
  const percent = progress?.percent;
  return (
    <div>
      <div
        className="h-2 overflow-hidden rounded bg-muted"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={progress?.message ?? (percent === undefined ? "Working" : `${Math.round(percent)}%`)}
      >
        <div
          className={percent === undefined ? "h-full w-1/3 animate-pulse bg-primary/60" : "h-full bg-primary transition-all"}
          style={percent === undefined ? undefined : { width: `${percent}%` }}
        />
      </div>
      {progress?.message && <p className="mt-1 text-sm text-muted-foreground">{progress.message}</p>}
    </div>
  );
}

/**
 * Follows one background job live: its state, place in line, progress bar
 * while it runs, and what went wrong if it failed. Key it by `jobId` so a new
 * job starts from a clean slate.
 */
export function JobProgress({
  jobId,
  tenantSlug,
  label,
  onSettled,
  succeeded,
}: {
  jobId: string;
  tenantSlug: string;
  /** What the job does, for the progress bar's accessible name. */
  label: string;
  onSettled?: (state: string) => void;
  /** Shown once the job is done. */
  succeeded?: ReactNode;
}) {
  const live = useJobStream(jobId, tenantSlug, onSettled);
  return (
    <div className="grid gap-3 rounded-md border p-3" data-testid="job-progress">
      <div className="flex flex-wrap items-center gap-3 text-sm" aria-live="polite">
        <span className="font-medium">{label}</span>
        <JobStateBadge state={live.state} />
        {live.state === "pending" && live.position !== null && <span>Number {live.position} in this workspace&apos;s queue</span>}
        {live.connection === "reconnecting" && <span className="text-xs text-muted-foreground">Connection lost, reconnecting…</span>}
        <Link className="ml-auto text-primary hover:underline" href={`/t/${tenantSlug}/queue/${jobId}`}>
          Open job
        </Link>
      </div>
      {live.state === "running" && <ProgressBar progress={live.progress} label={label} />}
      {live.state === "succeeded" && succeeded && <Alert tone="success">{succeeded}</Alert>}
      {live.state === "failed" && <Alert>{live.lastError ?? "The job failed. Open it to see why."}</Alert>}
      {live.state === "cancelled" && <Alert tone="info">The job was cancelled.</Alert>}
    </div>
  );
}
