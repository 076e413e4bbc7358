"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { JobStateBadge } from "@/components/queue/job-state-badge";
import { useJobStream } from "@/components/queue/use-job-stream";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label, Select } from "@/components/ui/input";
import { useTRPC } from "@/lib/trpc/client";
import { Textarea } from "./textarea";

const MAX_PROMPT = 4000;
const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);

export function TryModel({ tenantSlug, configured }: { tenantSlug: string; configured: boolean | null }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.models.list.queryOptions());
  const [prompt, setPrompt] = useState("");
  const [selected, setSelected] = useState<string | null>(null);
  const run = useMutation(trpc.models.try.mutationOptions());

  const ready = (list.data ?? []).filter((v) => v.status === "ready");
  // The chosen version, else the active one, else the newest ready one (a deleted choice falls back too).
  const versionId = ready.find((v) => v.id === selected)?.id ?? ready.find((v) => v.active)?.id ?? ready[0]?.id ?? "";
  const unavailable =
    configured === false
      ? "Trying needs a model server; see the note at the top of the page."
      : list.data && ready.length === 0
        ? "No version is ready yet. Build one above; you can try it here as soon as it is ready."
        : null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run.mutate({ prompt, tenantModelId: versionId || undefined });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Try it</CardTitle>
        <CardDescription>Send a prompt to a version and watch the answer arrive. Nothing is saved as content.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {unavailable && <Alert tone="info">{unavailable}</Alert>}
        <form onSubmit={onSubmit}>
          <fieldset disabled={!!unavailable || configured !== true || !list.data || run.isPending} className="grid gap-4">
            <div className="grid gap-2">
              <Label htmlFor="try-prompt">Prompt</Label>
              <Textarea
                id="try-prompt"
                value={prompt}
                onChange={(e) => setPrompt(e.target.value)}
                maxLength={MAX_PROMPT}
                rows={3}
                placeholder="Write a two-sentence product announcement for our spring range."
              />
            </div>
            <div className="flex flex-wrap items-end gap-3">
              <div className="grid gap-2">
                <Label htmlFor="try-version">Version</Label>
                <Select id="try-version" value={versionId} onChange={(e) => setSelected(e.target.value)} className="min-w-40">
                  {ready.map((v) => (
                    <option key={v.id} value={v.id}>
                      v{v.version}
                      {v.active ? " (active)" : ""}
                    </option>
                  ))}
                </Select>
              </div>
              <Button type="submit" disabled={!prompt.trim() || !versionId}>
                {run.isPending ? "Starting…" : "Run"}
              </Button>
            </div>
          </fieldset>
        </form>
        {run.error && <Alert>{run.error.message}</Alert>}
        {run.data && <TryOutput key={run.data.jobId} jobId={run.data.jobId} version={run.data.version} tenantSlug={tenantSlug} />}
      </CardContent>
    </Card>
  );
}

function TryOutput({ jobId, version, tenantSlug }: { jobId: string; version: number; tenantSlug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // A finished try is a generation: the version's usage figures change.
  const live = useJobStream(jobId, tenantSlug, () => void queryClient.invalidateQueries({ queryKey: trpc.models.list.queryKey() }));
  const finished = TERMINAL.has(live.state);
  return (
    <div className="grid gap-2" data-testid="try-output">
      <div className="flex flex-wrap items-center gap-3 text-sm" aria-live="polite">
        <span className="font-medium">Answer from v{version}</span>
        <JobStateBadge state={live.state} />
        {live.state === "pending" && live.position !== null && <span>Number {live.position} in this workspace&apos;s queue</span>}
        {live.connection === "reconnecting" && <span className="text-xs text-muted-foreground">Connection lost, reconnecting…</span>}
        {finished && (
          <Link className="ml-auto text-primary hover:underline" href={`/t/${tenantSlug}/queue/${jobId}`}>
            Open job
          </Link>
        )}
      </div>
      <pre
        className="max-h-96 min-h-16 overflow-auto whitespace-pre-wrap rounded-md bg-muted p-3 text-sm"
        aria-busy={!finished}
      >
        {live.output || <span className="text-muted-foreground">{emptyOutput(live.state)}</span>}
      </pre>
      {live.state === "failed" && <Alert>{live.lastError ?? "The run failed. Open the job to see why."}</Alert>}
    </div>
  );
}

function emptyOutput(state: string): string {
  if (state === "pending") return "Waiting for a free model slot…";
  if (state === "running") return "Loading the model and thinking…";
  if (state === "succeeded") return "The model returned an empty answer.";
  return "No answer.";
}
