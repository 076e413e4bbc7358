"use client";

import { RotateCcw } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import type { LiveJob } from "@/components/queue/use-job-stream";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import type { DraftStatus } from "@/server/db/schema/campaigns";
import { parsePartialJson } from "@/domain/email/partial-json";
import { BuiltinBadge, DraftStatusBadge, ScoreBadge } from "./draft-status";

export interface VariantSummary {
  id: string;
  variant: number;
  status: DraftStatus;
  /** Why it could not be written, in words (status "failed"). */
  failure: string | null;
  score: number | null;
  qualityScore: number | null;
  subject: string | null;
  jobId: string | null;
  jobState: string | null;
  jobError: string | null;
  jobProgress: { percent?: number; message?: string } | null;
  position: number | null;
  provider: "ollama" | "builtin" | null;
}

type Streamed = { subject?: string; preheader?: string; blocks?: { type?: string; text?: string; items?: string[]; product?: string; blurb?: string }[] };

/** One variant: its place in line, then its words as they stream in, then the finished draft (or why it failed). */
export function VariantCard({ tenantSlug, variant, live, onRetry, retrying }: { tenantSlug: string; variant: VariantSummary; live?: LiveJob; onRetry: () => void; retrying: boolean }) {
  const state = live?.state ?? variant.jobState ?? "pending";
  const position = live?.position ?? variant.position;
  const message = live?.progress?.message ?? variant.jobProgress?.message;
  const streamed = useMemo(() => (live?.output ? (parsePartialJson(live.output) as Streamed | undefined) : undefined), [live?.output]);
  const written = variant.status !== "generating" && variant.status !== "failed";
  const jobEnded = state === "failed" || state === "cancelled";
  // A failed variant whose job was retried from the Jobs page is being written again.
  const failed = !written && (variant.status === "failed" ? !(variant.jobId && (state === "pending" || state === "running")) : jobEnded);
  const jobError = live?.lastError ?? variant.jobError;

  return (
    <Card data-testid={`variant-${variant.variant}`} aria-busy={!written && !failed && (state === "pending" || state === "running")}>
      <CardContent className="grid gap-3 pt-5">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-semibold">Variant {variant.variant}</span>
          {written ? <DraftStatusBadge status={variant.status} /> : null}
          {written ? <ScoreBadge score={variant.score} /> : null}
          {written ? <ScoreBadge score={variant.qualityScore} kind="quality" /> : null}
          {written && variant.provider === "builtin" ? <BuiltinBadge /> : null}
          {written && (
            <Button asChild size="sm" variant="outline" className="ml-auto">
              <Link href={`/t/${tenantSlug}/drafts/${variant.id}`}>Open draft</Link>
            </Button>
          )}
        </div>

        {written && <p className="font-medium">{variant.subject}</p>}

        {!written && !failed && state === "pending" && (
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {message?.startsWith("Waiting for the model server") ? message : position ? `Queued: number ${position} in this workspace's line` : "Queued"}
          </p>
        )}

        {!written && !failed && (state === "running" || state === "succeeded") && (
          <div className="grid gap-2" aria-live="off">
            <p className="text-xs text-muted-foreground">{message ?? "Writing…"}</p>
            {streamed?.subject ? (
              <div className="grid gap-1 text-sm" data-testid="streaming-draft">
                <p className="font-medium">{streamed.subject}</p>
                {streamed.preheader && <p className="text-muted-foreground">{streamed.preheader}</p>}
                {streamed.blocks?.map((block, i) => (
                  <p key={i} className={block.type === "heading" ? "font-semibold" : ""}>
                    {block.text ?? block.blurb ?? block.items?.join(" · ") ?? block.product}
                  </p>
                ))}
                <span className="inline-block h-4 w-1.5 animate-pulse bg-primary" aria-hidden />
              </div>
            ) : (
              <div className="h-2 w-1/3 animate-pulse rounded bg-primary/60" role="progressbar" aria-label={`Writing variant ${variant.variant}`} />
            )}
          </div>
        )}

        {failed && (
          <div className="grid gap-2" data-testid="variant-failed">
            <Alert>{variant.failure ?? (state === "cancelled" ? "This variant was cancelled." : (jobError ?? "The model could not write this variant."))}</Alert>
            {variant.failure && jobError && state !== "cancelled" && (
              <details className="text-xs text-muted-foreground">
                <summary className="cursor-pointer">Details</summary>
                <p className="mt-1 break-words font-mono">{jobError}</p>
              </details>
            )}
            <Button size="sm" variant="outline" className="justify-self-start" onClick={onRetry} disabled={retrying}>
              <RotateCcw /> {retrying ? "Queuing…" : "Try this variant again"}
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
