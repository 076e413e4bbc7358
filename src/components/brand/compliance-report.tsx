"use client";

import { Alert } from "@/components/ui/alert";
import type { ComplianceReport, CopyField, Finding } from "@/domain/compliance";
import { cn } from "@/lib/utils";

export const SEVERITY_STYLE = { error: "text-red-700", warning: "text-amber-700", info: "text-blue-700" } as const;
export const FIELD_LABEL: Record<CopyField, string> = { subject: "Subject", preheader: "Preheader", body: "Body" };

/** The score with its counts: green from 80, amber from 50, red below. */
export function ComplianceSummary({ report }: { report: ComplianceReport }) {
  return (
    <div className="flex items-baseline gap-3">
      <span className={cn("text-4xl font-semibold tabular-nums", report.score >= 80 ? "text-emerald-700" : report.score >= 50 ? "text-amber-700" : "text-red-700")} data-testid="compliance-score">
        {report.score}
      </span>
      <span className="text-sm text-muted-foreground">
        / 100 · {plural(report.counts.error, "error")}, {plural(report.counts.warning, "warning")}, {plural(report.counts.info, "note")}
        {report.readingGrade !== null && ` · reading grade ${report.readingGrade}`}
      </span>
    </div>
  );
}

/** Findings in reading order; choosing one marks its words. Rules from the brand profile name the guide passage they come from. */
export function FindingList({ findings, active, onSelect }: { findings: readonly Finding[]; active: number | null; onSelect: (index: number) => void }) {
  if (findings.length === 0) return <Alert tone="success">Nothing to fix.</Alert>;
  return (
    <ol className="grid gap-2 text-sm" aria-label="Findings">
      {findings.map((f, index) => (
        <li key={index}>
          <button
            type="button"
            className={cn("w-full rounded-md border p-2 text-left hover:bg-muted", active === index && "border-primary")}
            onClick={() => onSelect(index)}
            onFocus={() => onSelect(index)}
          >
            <span className={cn("mr-2 text-xs font-semibold uppercase", SEVERITY_STYLE[f.severity])}>{f.severity}</span>
            {f.span && <span className="mr-2 text-xs text-muted-foreground">{FIELD_LABEL[f.span.field]}</span>}
            {f.message}
            {f.source?.documentName && (
              <span className="mt-1 block text-xs text-muted-foreground">
                From {f.source.documentName}
                {f.source.section ? ` › ${f.source.section}` : ""}
                {f.source.page ? `, page ${f.source.page}` : ""}
                {f.source.quote ? `: “${f.source.quote}”` : ""}
              </span>
            )}
          </button>
        </li>
      ))}
    </ol>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
