"use client";

/** Pieces of the draft editor: length counters, the compliance panel with marked words, and the block-rewrite follower. */

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ComplianceSummary, FIELD_LABEL, FindingList } from "@/components/brand/compliance-report";
import { HighlightedText } from "@/components/brand/highlighted-text";
import { useJobStream } from "@/components/queue/use-job-stream";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { EmailBlock } from "@/domain/email/content";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";

export function Counter({ length, min, max }: { length: number; min?: number; max: number }) {
  const off = length > max || (min !== undefined && length > 0 && length < min);
  return (
    <p className={cn("text-xs tabular-nums", off ? "text-amber-700" : "text-muted-foreground")}>
      {length} characters{min !== undefined ? ` (${min}–${max} show best)` : ` (inboxes show about ${max})`}
    </p>
  );
}

export function CompliancePanel({ report, checked }: { report: Parameters<typeof ComplianceSummary>[0]["report"]; checked: { subject?: string; preheader?: string; body: string } }) {
  const [active, setActive] = useState<number | null>(null);
  const findings = report.findings.map((f, index) => ({ ...f, index }));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Compliance</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        <ComplianceSummary report={report} />
        <FindingList findings={report.findings} active={active} onSelect={setActive} />
        {(["subject", "preheader", "body"] as const).map((field) => {
          const text = checked[field] ?? "";
          const inField = findings.filter((f) => f.span?.field === field);
          if (!text || inField.length === 0) return null;
          return (
            <div key={field} className="grid gap-1" data-testid={`marked-${field}`}>
              <p className="text-xs font-medium text-muted-foreground">{FIELD_LABEL[field]}</p>
              <HighlightedText text={text} findings={inField} active={active} />
            </div>
          );
        })}
      </CardContent>
    </Card>
  );
}

/** Follows a rewrite job and hands its block back when it is done. */
export function RewriteFollower({ tenantSlug, jobId, onDone }: { tenantSlug: string; jobId: string; onDone: (block: EmailBlock | null) => void }) {
  const trpc = useTRPC();
  const [settled, setSettled] = useState(false);
  const live = useJobStream(jobId, tenantSlug, () => setSettled(true));
  const job = useQuery({ ...trpc.jobs.get.queryOptions({ jobId }), enabled: settled });
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;
  useEffect(() => {
    if (!job.data) return;
    if (job.data.state === "succeeded") onDoneRef.current((job.data.result as { block: EmailBlock }).block);
  }, [job.data]);
  if (job.data && job.data.state !== "succeeded") {
    return (
      <Alert>
        The rewrite did not work: {job.data.lastError ?? "the job was cancelled"}.{" "}
        <Button size="sm" variant="outline" onClick={() => onDone(null)}>
          Dismiss
        </Button>
      </Alert>
    );
  }
  return (
    <p className="text-sm text-muted-foreground" aria-live="polite">
      {live.state === "pending" ? "Rewrite queued…" : "Rewriting…"}
    </p>
  );
}
