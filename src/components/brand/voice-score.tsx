"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { JobProgress } from "@/components/models/job-progress";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/client";

interface Judgement {
  score: number;
  strengths: string[];
  issues: string[];
  version: number;
}

/** The model-judged voice score, kept apart from the rule-based one: it is an opinion, not a check. */
export function VoiceScore({ tenantSlug, copy }: { tenantSlug: string; copy: { subject?: string; preheader?: string; body: string } }) {
  const trpc = useTRPC();
  const judge = useMutation(trpc.brand.judgeVoice.mutationOptions());
  const [done, setDone] = useState(false);
  const job = useQuery({ ...trpc.jobs.get.queryOptions({ jobId: judge.data?.jobId ?? "" }), enabled: done && !!judge.data });
  const result = job.data?.state === "succeeded" ? (job.data.result as Judgement) : null;
  return (
    <div className="grid gap-2 rounded-md border p-3">
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm font-medium">Voice, judged by your model</p>
        <Button
          type="button"
          size="sm"
          variant="outline"
          disabled={judge.isPending || (!!judge.data && !done)}
          onClick={() => {
            setDone(false);
            judge.mutate(copy);
          }}
        >
          Ask your model
        </Button>
      </div>
      {judge.error && <Alert>{judge.error.message}</Alert>}
      {judge.data && !done && <JobProgress key={judge.data.jobId} jobId={judge.data.jobId} tenantSlug={tenantSlug} label="Voice judgement" onSettled={() => setDone(true)} />}
      {result && (
        <div className="text-sm" data-testid="voice-score">
          <p>
            <span className="text-2xl font-semibold tabular-nums">{result.score}</span> / 100 <span className="text-xs text-muted-foreground">(model v{result.version}; an opinion, not part of the score above)</span>
          </p>
          {result.strengths.length > 0 && <p className="mt-1">Works: {result.strengths.join("; ")}</p>}
          {result.issues.length > 0 && <p className="mt-1">Could be better: {result.issues.join("; ")}</p>}
        </div>
      )}
      {job.data?.state === "failed" && <Alert>{job.data.lastError}</Alert>}
    </div>
  );
}
