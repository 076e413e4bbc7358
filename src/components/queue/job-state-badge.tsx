import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";

export const STATE_LABELS: Record<string, string> = {
  pending: "Waiting",
  running: "Running",
  succeeded: "Done",
  failed: "Failed",
  cancelled: "Cancelled",
};

const STYLES: Record<string, string> = {
  pending: "bg-amber-100 text-amber-900",
  running: "bg-blue-100 text-blue-900",
  succeeded: "bg-emerald-100 text-emerald-900",
  failed: "bg-red-100 text-red-900",
  cancelled: "bg-zinc-200 text-zinc-800",
};

export function JobStateBadge({ state }: { state: string }) {
  return <Badge className={cn("border-transparent", STYLES[state])}>{STATE_LABELS[state] ?? state}</Badge>;
}

export function formatDuration(ms: number | null): string {
  if (ms === null || ms < 0) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export const JOB_TYPE_LABELS: Record<string, string> = {
  "email.invitation": "Invitation email",
  "model.create": "Build model version",
  "model.try": "Try model",
  "model.pull_base": "Pull base model",
  "model.delete": "Remove model version",
  "brand.ingest": "Read brand guide",
  "brand.extract_profile": "Extract brand profile",
  "brand.judge_voice": "Judge brand voice",
  "campaign.generate_variant": "Write email variant",
  "draft.rewrite_block": "Rewrite a block",
};
