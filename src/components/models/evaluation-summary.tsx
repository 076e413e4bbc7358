"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ModelVersion } from "./types";

const LABELS: Record<string, string> = { compliance: "Compliance", quality: "Quality", sendable: "Sendable", similarity: "Like approved copy" };

/** A version's evaluation against the active one: progress while it runs, then the comparison and the drafts pair by pair. */
export function EvaluationSummary({ evaluation }: { evaluation: Pick<NonNullable<ModelVersion["evaluation"]>, "status" | "done" | "total" | "summary" | "verdict" | "pairs" | "error"> | null }) {
  const [open, setOpen] = useState(false);
  if (!evaluation) return null;
  if (evaluation.status === "pending" || evaluation.status === "running") {
    return (
      <p className="mt-1 text-xs text-muted-foreground" aria-live="polite">
        Evaluating against the active version: {evaluation.done} of {evaluation.total} briefs
      </p>
    );
  }
  if (evaluation.status !== "done" || !evaluation.summary) {
    return <p className="mt-1 text-xs text-destructive">Evaluation did not finish: {evaluation.error ?? evaluation.status}</p>;
  }
  const metrics = Object.entries(evaluation.summary.metrics);
  return (
    <div className="mt-1 grid gap-1 text-xs" data-testid="evaluation-summary">
      <div className="flex items-center gap-2">
        {evaluation.verdict === "worse" ? <Badge className="border-transparent bg-red-100 text-red-900">Worse than active</Badge> : <Badge variant="success">Not worse</Badge>}
        <Button size="sm" variant="ghost" className="h-6 px-2 text-xs" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "Hide drafts" : `Compare ${evaluation.total} drafts`}
        </Button>
      </div>
      <table className="tabular-nums">
        <tbody>
          {metrics.map(([name, m]) => (
            <tr key={name} className={m.worse ? "text-destructive" : undefined}>
              <td className="pr-2 text-muted-foreground">{LABELS[name] ?? name}</td>
              <td className="pr-2">{format(name, m.candidate)}</td>
              <td className="pr-2 text-muted-foreground">vs {format(name, m.baseline)}</td>
              <td title={`95 % interval ${format(name, m.low)} to ${format(name, m.high)}, ${m.n} briefs`}>
                {m.delta >= 0 ? "+" : ""}
                {format(name, m.delta)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && (
        <ol className="grid gap-2" aria-label="Drafts pair by pair">
          {evaluation.pairs.map((p, i) => (
            <li key={i} className="grid gap-1 rounded border p-2 sm:grid-cols-2">
              <p className="font-medium sm:col-span-2">{p.brief}</p>
              {(["candidate", "baseline"] as const).map((side) => (
                <div key={side}>
                  <p className="text-muted-foreground">
                    {side === "candidate" ? "This version" : "Active version"} · compliance {p[side].compliance} · quality {p[side].quality}
                  </p>
                  <p className="font-medium">{p[side].subject}</p>
                  <p className="line-clamp-4 whitespace-pre-line">{p[side].body}</p>
                </div>
              ))}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function format(metric: string, value: number): string {
  return metric === "sendable" || metric === "similarity" ? `${Math.round(value * 100)} %` : String(Math.round(value * 10) / 10);
}
