"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Textarea } from "@/components/models/textarea";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { useTRPC } from "@/lib/trpc/client";
import { ComplianceSummary, FIELD_LABEL, FindingList } from "./compliance-report";
import { HighlightedText } from "./highlighted-text";
import { VoiceScore } from "./voice-score";


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
            <ComplianceSummary report={report} />
            <FindingList findings={findings} active={active} onSelect={setActive} />
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
