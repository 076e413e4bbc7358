import { Badge } from "@/components/ui/badge";
import type { DraftStatus } from "@/server/db/schema/campaigns";
import { cn } from "@/lib/utils";

export const DRAFT_STATUS_LABELS: Record<DraftStatus, string> = {
  generating: "Being written",
  failed: "Not written",
  draft: "Draft",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
  rejected: "Rejected",
  exported: "Exported",
};

const STYLES: Record<DraftStatus, string> = {
  generating: "bg-blue-100 text-blue-900",
  failed: "bg-red-100 text-red-900",
  draft: "bg-zinc-200 text-zinc-800",
  in_review: "bg-amber-100 text-amber-900",
  changes_requested: "bg-orange-100 text-orange-900",
  approved: "bg-emerald-100 text-emerald-900",
  rejected: "bg-red-100 text-red-900",
  exported: "bg-violet-100 text-violet-900",
};

export function DraftStatusBadge({ status }: { status: DraftStatus }) {
  return <Badge className={cn("border-transparent", STYLES[status])}>{DRAFT_STATUS_LABELS[status]}</Badge>;
}

/** The compliance (or, with `kind="quality"`, the quality rubric's) score as a coloured figure: green from 85, amber from 60, red below. */
export function ScoreBadge({ score, kind = "compliance" }: { score: number | null; kind?: "compliance" | "quality" }) {
  if (score === null) return null;
  const tone = score >= 85 ? "bg-emerald-100 text-emerald-900" : score >= 60 ? "bg-amber-100 text-amber-900" : "bg-red-100 text-red-900";
  return (
    <Badge className={cn("border-transparent tabular-nums", tone)} title={kind === "quality" ? "Quality score: would a marketer send it (100 = no findings)" : "Compliance score (100 = no findings)"}>
      {kind === "quality" ? "Quality " : ""}
      {score}/100
    </Badge>
  );
}

/** Honesty: drafts the builtin model wrote say so wherever they appear. */
export function BuiltinBadge() {
  return (
    <Badge variant="outline" title="Written by the builtin model: a small statistical model trained on your own guides and approved drafts">
      Written by the builtin model
    </Badge>
  );
}
