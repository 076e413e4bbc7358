"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Textarea } from "@/components/models/textarea";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import type { CopyField } from "@/domain/compliance";
import { useTRPC } from "@/lib/trpc/client";
import { cn } from "@/lib/utils";
import { HighlightedText } from "./highlighted-text";
import { VoiceScore } from "./voice-score";

const SEVERITY_STYLE = { error: "text-red-700", warning: "text-amber-700", info: "text-blue-700" } as const;
const FIELD_LABEL: Record<CopyField, string> = { subject: "Subject", preheader: "Preheader", body: "Body" };

export function CheckCopy({ tenantSlug }: { tenantSlug: string }) {
  const trpc = useTRPC();
  const [subject, setSubject] = useState("");
  const [preheader, setPreheader] = useState("");
  const [body, setBody] = useState("");
  const [active, setActive] = useState<number | null>(null);
  const check = useMutation(trpc.brand.checkCopy.mutationOptions());
  const checked = check.variables;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setActive(null);
    check.mutate({ subject, preheader, body });
  }

  const report = check.data;
  const findings = report?.findings.map((f, index) => ({ ...f, index })) ?? [];
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <CardHeader>
          <CardTitle>Check copy</CardTitle>
          <CardDescription>Paste an email (or any copy) and see what to fix before a reviewer does.</CardDescription>
        </CardHeader>
        <CardContent>
          <form onSubmit={onSubmit} className="grid gap-4">
            <div className="grid gap-2">
              <Label htmlFor="check-subject">Subject</Label>
              <Input id="check-subject" value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={500} />
            </div>
            <div className="grid gap-2">
              <Label htmlFor="check-preheader">Preheader</Label>
              <Input id="check-preheader" value={preheader} onChange={(e) => setPreheader(e.target.value)} maxLength={1000} />
            </div>
            <div className="grid gap-2">
              <Label htmlFor="check-body">Body</Label>
              <Textarea id="check-body" rows={12} value={body} onChange={(e) => setBody(e.target.value)} placeholder="Paste the body, including links and the {{unsubscribe}} placeholder." />
            </div>
            {check.error && <Alert>{check.error.message}</Alert>}
            <div>
              <Button type="submit" disabled={!body.trim() || check.isPending}>
                {check.isPending ? "Checking…" : "Check"}
              </Button>
            </div>
          </form>
        </CardContent>
      </Card>

      <Card aria-live="polite">
        <CardHeader>
          <CardTitle>Report</CardTitle>
          {!report && <CardDescription>The score and every finding appear here, with the exact words marked in your text.</CardDescription>}
        </CardHeader>
        {report && checked && (
          <CardContent className="grid gap-4">
            <div className="flex items-baseline gap-3">
              <span className={cn("text-4xl font-semibold tabular-nums", report.score >= 80 ? "text-emerald-700" : report.score >= 50 ? "text-amber-700" : "text-red-700")} data-testid="compliance-score">
                {report.score}
              </span>
              <span className="text-sm text-muted-foreground">
                / 100 · {plural(report.counts.error, "error")}, {plural(report.counts.warning, "warning")}, {plural(report.counts.info, "note")}
                {report.readingGrade !== null && ` · reading grade ${report.readingGrade}`}
              </span>
            </div>
            {findings.length === 0 ? (
              <Alert tone="success">Nothing to fix.</Alert>
            ) : (
              <ol className="grid gap-2 text-sm">
                {findings.map((f) => (
                  <li key={f.index}>
                    <button
                      type="button"
                      className={cn("w-full rounded-md border p-2 text-left hover:bg-muted", active === f.index && "border-primary")}
                      onClick={() => setActive(f.index)}
                      onFocus={() => setActive(f.index)}
                    >
                      <span className={cn("mr-2 text-xs font-semibold uppercase", SEVERITY_STYLE[f.severity])}>{f.severity}</span>
                      {f.span && <span className="mr-2 text-xs text-muted-foreground">{FIELD_LABEL[f.span.field]}</span>}
                      {f.message}
                    </button>
                  </li>
                ))}
              </ol>
            )}
            <VoiceScore key={JSON.stringify(checked)} tenantSlug={tenantSlug} copy={{ subject: checked.subject, preheader: checked.preheader, body: checked.body }} />
            {(["subject", "preheader", "body"] as const).map((field) => {
              const text = checked[field] ?? "";
              const inField = findings.filter((f) => f.span?.field === field);
              if (!text || inField.length === 0) return null;
              return (
                <div key={field} className="grid gap-1">
                  <p className="text-xs font-medium text-muted-foreground">{FIELD_LABEL[field]}</p>
                  <HighlightedText text={text} findings={inField} active={active} />
                </div>
              );
            })}
          </CardContent>
        )}
      </Card>
    </div>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
