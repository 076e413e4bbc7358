"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { onRovingKeyDown } from "@/components/ui/roving";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";
import { formatDuration, JOB_TYPE_LABELS, JobStateBadge, STATE_LABELS } from "./job-state-badge";

const FILTERS = [undefined, "pending", "running", "failed", "succeeded", "cancelled"] as const;
type Filter = (typeof FILTERS)[number];

export function QueueList({ tenantSlug }: { tenantSlug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>(undefined);
  const [confirmRedrive, setConfirmRedrive] = useState(false);
  const list = useQuery({ ...trpc.jobs.list.queryOptions({ state: filter, limit: 100 }), refetchInterval: 3_000, staleTime: 0 });
  const redrive = useMutation(
    trpc.jobs.redrive.mutationOptions({
      onSuccess: () => {
        setConfirmRedrive(false);
        void queryClient.invalidateQueries({ queryKey: trpc.jobs.list.queryKey() });
      },
    }),
  );

  if (list.error) return <Alert>{list.error.message}</Alert>;
  const counts = list.data?.counts;
  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;

  return (
    <div className="grid max-w-6xl gap-6">
      <PageHeader
        title="Queue"
        description="Everything Brandsmith does in the background for this workspace: what waits, what runs, what failed and why."
        actions={
          counts && counts.failed > 0 ? (
            <Button variant="outline" onClick={() => setConfirmRedrive(true)}>
              Retry all {counts.failed} failed
            </Button>
          ) : null
        }
      />
      <div role="tablist" aria-label="Filter by state" className="flex flex-wrap gap-1" onKeyDown={(event) => onRovingKeyDown(event, FILTERS, filter, setFilter)}>
        {FILTERS.map((state) => (
          <button
            key={state ?? "all"}
            role="tab"
            aria-selected={filter === state}
            tabIndex={filter === state ? 0 : -1}
            onClick={() => setFilter(state)}
            className={cn(
              "rounded-md px-3 py-1.5 text-sm",
              filter === state ? "bg-primary text-primary-foreground" : "bg-muted text-foreground/80 hover:bg-accent",
            )}
          >
            {state ? STATE_LABELS[state] : "All"}
            <span className="ml-1.5 tabular-nums">{counts ? (state ? counts[state] : total) : "…"}</span>
          </button>
        ))}
      </div>
      {redrive.error && <Alert>{redrive.error.message}</Alert>}
      <Card>
        <CardContent className="p-0">
          {!list.data ? (
            <div className="grid gap-2 p-5">
              <Skeleton className="h-8" />
              <Skeleton className="h-8" />
            </div>
          ) : list.data.jobs.length === 0 ? (
            <p className="p-8 text-center text-sm text-muted-foreground">
              {filter
                ? `No ${STATE_LABELS[filter]!.toLowerCase()} jobs.`
                : "No jobs yet. They appear here when Brandsmith works in the background, such as sending invitation emails."}
            </p>
          ) : (
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table (scrolls sideways on narrow screens)">
            <table className="w-full text-sm">
              <thead className="border-b text-left text-xs text-muted-foreground">
                <tr>
                  <th className="px-5 py-2 font-medium">Job</th>
                  <th className="py-2 font-medium">State</th>
                  <th className="py-2 font-medium">Attempts</th>
                  <th className="py-2 font-medium">Queued</th>
                  <th className="py-2 font-medium">Took</th>
                  <th className="py-2 pr-5 font-medium">Last error</th>
                </tr>
              </thead>
              <tbody className="divide-y">
                {list.data.jobs.map((job) => (
                  <tr key={job.id} className="hover:bg-muted/40">
                    <td className="px-5 py-2">
                      <Link className="font-medium text-primary hover:underline" href={`/t/${tenantSlug}/queue/${job.id}`}>
                        {JOB_TYPE_LABELS[job.type] ?? job.type}
                      </Link>
                      {job.priority === 0 && <span className="ml-2 text-xs text-muted-foreground">interactive</span>}
                    </td>
                    <td className="py-2">
                      <JobStateBadge state={job.state} />
                    </td>
                    <td className="py-2 tabular-nums">
                      {job.attempts}/{job.maxAttempts}
                    </td>
                    <td className="py-2 text-muted-foreground">{new Intl.DateTimeFormat("en", { dateStyle: "short", timeStyle: "medium" }).format(job.createdAt)}</td>
                    <td className="py-2 tabular-nums text-muted-foreground">
                      {formatDuration(job.startedAt && job.finishedAt ? job.finishedAt.getTime() - job.startedAt.getTime() : null)}
                    </td>
                    <td className="max-w-72 truncate py-2 pr-5 text-muted-foreground" title={job.lastError ?? undefined}>
                      {job.lastError ?? ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          )}
        </CardContent>
      </Card>
      <Dialog open={confirmRedrive} onOpenChange={setConfirmRedrive}>
        <DialogContent>
          <DialogTitle>Retry all failed jobs?</DialogTitle>
          <DialogDescription>
            {counts?.failed} failed jobs go back to the queue with fresh attempts. Fix what made them fail first (the last error
            of each says what it was).
          </DialogDescription>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
            <Button disabled={redrive.isPending} onClick={() => redrive.mutate({})}>
              Retry all
            </Button>
          </div>
        </DialogContent>
      </Dialog>
    </div>
  );
}
