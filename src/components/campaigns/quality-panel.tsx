"use client";

import { useState } from "react";
import { FindingList } from "@/components/brand/compliance-report";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { QualityReport } from "@/domain/quality/rubric";
import { cn } from "@/lib/utils";

/** The quality rubric beside compliance: would a marketer send it, and what to change if not. */
export function QualityPanel({ report }: { report: QualityReport }) {
  const [active, setActive] = useState<number | null>(null);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Quality</CardTitle>
        <CardDescription>Internal names, repeats, the brief&apos;s asks, numbers nobody gave, voice, subject line and how different this variant is.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <div className="flex items-baseline gap-3">
          <span className={cn("text-4xl font-semibold tabular-nums", report.score >= 80 ? "text-emerald-700" : report.score >= 50 ? "text-amber-700" : "text-red-700")} data-testid="quality-score">
            {report.score}
          </span>
          <span className="text-sm text-muted-foreground">
            / 100 · covers {Math.round(report.coverage * 100)} % of the brief · {Math.round(report.distinct2 * 100)} % its own wording
          </span>
        </div>
        <FindingList findings={report.findings} active={active} onSelect={setActive} />
      </CardContent>
    </Card>
  );
}
