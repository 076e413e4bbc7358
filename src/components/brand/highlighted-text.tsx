import type { Finding } from "@/domain/compliance";
import { cn } from "@/lib/utils";

const MARK: Record<Finding["severity"], string> = {
  error: "bg-red-100 decoration-red-600",
  warning: "bg-amber-100 decoration-amber-600",
  info: "bg-blue-50 decoration-blue-500",
};

/** The text with each finding's span marked; hovering or focusing a mark shows why. */
export function HighlightedText({ text, findings, active }: { text: string; findings: (Finding & { index: number })[]; active: number | null }) {
  const spans = findings
    .filter((f) => f.span)
    .sort((a, b) => a.span!.start - b.span!.start)
    // Overlapping spans: keep the first, so marks never nest.
    .filter((f, i, all) => i === 0 || f.span!.start >= all[i - 1]!.span!.end);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const f of spans) {
    if (f.span!.start > at) parts.push(text.slice(at, f.span!.start));
    parts.push(
      <mark
        key={f.index}
        id={`finding-mark-${f.index}`}
        title={f.message}
        className={cn("rounded px-0.5 underline decoration-2 underline-offset-2", MARK[f.severity], active === f.index && "ring-2 ring-primary")}
      >
        {text.slice(f.span!.start, f.span!.end)}
      </mark>,
    );
    at = f.span!.end;
  }
  parts.push(text.slice(at));
  return <div className="whitespace-pre-wrap break-words rounded-md border bg-card p-3 text-sm leading-relaxed">{parts}</div>;
}
