"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/client";
import { formatDuration, JOB_TYPE_LABELS, JobStateBadge } from "./job-state-badge";
import { useJobStream } from "./use-job-stream";
import { Fact } from "@/components/ui/fact";

export function JobDetail({ tenantSlug, jobId }: { tenantSlug: string; jobId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const job = useQuery(trpc.jobs.get.queryOptions({ jobId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.jobs.get.queryKey({ jobId }) });
  const [epoch, setEpoch] = useState(0);
  const live = useJobStream(jobId, tenantSlug, () => void refresh(), epoch);
  const cancel = useMutation(trpc.jobs.cancel.mutationOptions({ onSuccess: refresh }));
  const retry = useMutation(
    trpc.jobs.retry.mutationOptions({
      onSuccess: async () => {
        await refresh();
        setEpoch((e) => e + 1);
      },
    }),
  );

  const back = (
    <Link href={`/t/${tenantSlug}/queue`} className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
      <ArrowLeft className="size-4" /> Queue
    </Link>
  );
  if (job.error) {
    return (
      <div className="grid max-w-4xl gap-4">
        {back}
        <Alert>{job.error.message}</Alert>
      </div>
    );
  }
  if (!job.data) return <Skeleton className="h-40 max-w-4xl" />;

  const data = job.data;
  const state = live.connection === "connecting" ? data.state : live.state;
  const progress = live.progress ?? data.progress;
  const output = live.output || data.output;
  const wait = data.startedAt ? data.startedAt.getTime() - data.createdAt.getTime() : null;
  const run = data.startedAt && data.finishedAt ? data.finishedAt.getTime() - data.startedAt.getTime() : null;

  return (
    <div className="grid max-w-4xl gap-6">
      {back}
      <PageHeader
        title={JOB_TYPE_LABELS[data.type] ?? data.type}
        description={<span className="font-mono text-xs">{data.id}</span>}
        actions={
          <div className="flex gap-2">
            {(state === "pending" || state === "running") && (
              <Button variant="outline" disabled={cancel.isPending || data.cancelRequested} onClick={() => cancel.mutate({ jobId })}>
                {data.cancelRequested || cancel.data?.state === "cancelling" ? "Cancelling…" : "Cancel"}
              </Button>
            )}
            {(state === "failed" || state === "cancelled") && (
              <Button disabled={retry.isPending} onClick={() => retry.mutate({ jobId })}>
                Retry
              </Button>
            )}
          </div>
        }
      />
      {(cancel.error ?? retry.error) && <Alert>{(cancel.error ?? retry.error)?.message}</Alert>}

      <Card>
        <CardContent className="grid gap-4 pt-5">
          <div className="flex flex-wrap items-center gap-3" aria-live="polite">
            <JobStateBadge state={state} />
            {state === "pending" && live.position !== null && (
              <span className="text-sm" data-testid="queue-position">
                Number {live.position} in this workspace&apos;s queue
              </span>
            )}
            {state === "pending" && data.runAt > new Date() && (
              <span className="text-sm text-muted-foreground">next attempt at {data.runAt.toLocaleTimeString()}</span>
            )}
            {live.connection === "reconnecting" && <span className="text-xs text-muted-foreground">Connection lost, reconnecting…</span>}
          </div>
          {state === "running" && (
            <div>
              <div
                className="h-2 overflow-hidden rounded bg-muted"
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={progress?.percent ?? undefined}
              >
                <div
                  className={progress?.percent === undefined ? "h-full w-1/3 animate-pulse bg-primary/60" : "h-full bg-primary transition-all"}
                  style={progress?.percent === undefined ? undefined : { width: `${progress.percent}%` }}
                />
              </div>
              {progress?.message && <p className="mt-1 text-sm text-muted-foreground">{progress.message}</p>}
            </div>
          )}
          {output && (
            <pre className="max-h-96 overflow-auto whitespace-pre-wrap rounded-md bg-muted p-3 text-sm" data-testid="job-output">
              {output}
            </pre>
          )}
          <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
            <Fact label="Attempts" value={`${data.attempts} of ${data.maxAttempts}`} />
            <Fact label="Priority" value={data.priority === 0 ? "Interactive" : "Batch"} />
            <Fact label="Waited" value={formatDuration(wait)} />
            <Fact label="Ran for" value={formatDuration(run)} />
            <Fact label="Queued" value={data.createdAt.toLocaleString()} />
            <Fact label="Started" value={data.startedAt?.toLocaleString() ?? "—"} />
            <Fact label="Finished" value={data.finishedAt?.toLocaleString() ?? "—"} />
          </dl>
        </CardContent>
      </Card>

      {data.errors.length > 0 && (
        <Card>
          <CardHeader>
            <CardTitle>Errors</CardTitle>
          </CardHeader>
          <CardContent>
            <ol className="grid gap-2 text-sm">
              {data.errors.map((error, index) => (
                <li key={index} className="rounded-md border p-3">
                  <div className="mb-1 text-xs text-muted-foreground">
                    Attempt {error.attempt} · {new Date(error.at).toLocaleString()} · {error.retryable ? "retried" : "not retryable"}
                  </div>
                  {error.message}
                </li>
              ))}
            </ol>
          </CardContent>
        </Card>
      )}

      {data.result !== null && data.result !== undefined && (
        <Card>
          <CardHeader>
            <CardTitle>Result</CardTitle>
          </CardHeader>
          <CardContent>
            <pre className="overflow-auto rounded-md bg-muted p-3 text-xs">{JSON.stringify(data.result, null, 2)}</pre>
          </CardContent>
        </Card>
      )}
    </div>
  );
}
