"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useTRPC } from "@/lib/trpc/client";
import { EvaluationSummary } from "./evaluation-summary";
import { formatCount, formatDate } from "./format";

/**
 * The builtin model's versions: each retrain (after a guide is read or a
 * draft approved) is evaluated against the live version first; a worse one
 * is held back, and an owner may use it anyway with a reason.
 */
export function BuiltinModel({ isOwner }: { isOwner: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.models.builtin.queryOptions());
  const [reason, setReason] = useState("");
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.models.builtin.queryKey() });
  const override = useMutation(trpc.models.useHeldBackBuiltin.mutationOptions({ onSuccess: () => (setReason(""), refresh()) }));
  const rollback = useMutation(trpc.models.rollbackBuiltin.mutationOptions({ onSuccess: refresh }));
  if (status.error) return <Alert>{status.error.message}</Alert>;
  if (status.data === undefined) return null;
  const model = status.data;
  const evaluation = model?.evaluation;
  return (
    <Card data-testid="builtin-model">
      <CardHeader>
        <CardTitle>Builtin model</CardTitle>
        <CardDescription>
          Trained here on your guides and approved drafts; it writes while no model server is connected. Each retrain writes your evaluation set beside the live
          version and goes live only if it is not worse.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        {!model ? (
          <p className="text-muted-foreground">Not trained yet. It trains when you upload a brand guide or write your first campaign.</p>
        ) : (
          <>
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">v{model.version}</span>
              <Badge variant="success">Live</Badge>
              <span className="text-xs text-muted-foreground">
                trained {formatDate(model.trainedAt)} on {formatCount(model.documents)} passages and drafts ({formatCount(model.tokens)} words)
              </span>
              {model.previous && (
                <Button size="sm" variant="outline" disabled={rollback.isPending} onClick={() => rollback.mutate()}>
                  Roll back to v{model.previous.version}
                </Button>
              )}
            </div>
            {rollback.error && <Alert>{rollback.error.message}</Alert>}
            {evaluation && (
              <div>
                <p className="text-xs text-muted-foreground">
                  Last retrain: v{evaluation.candidateVersion} against v{evaluation.baselineVersion}, {evaluation.pairs.length} briefs each ·{" "}
                  {evaluation.outcome === "activated" ? "went live" : evaluation.outcome === "overridden" ? "put live by an owner over its evaluation" : "held back"}
                </p>
                <EvaluationSummary
                  evaluation={{ status: "done", done: evaluation.pairs.length, total: evaluation.pairs.length, summary: evaluation.summary, verdict: evaluation.summary.verdict, pairs: evaluation.pairs, error: null }}
                />
              </div>
            )}
            {model.heldBack && (
              <Alert tone="info" data-testid="builtin-held-back">
                <strong>v{model.heldBack.version} was held back:</strong> it wrote worse than v{model.version} ({evaluation?.summary.reasons.join("; ")}). v{model.version} keeps writing.
                {isOwner ? (
                  <form
                    className="mt-2 grid gap-2"
                    onSubmit={(event) => {
                      event.preventDefault();
                      override.mutate({ reason });
                    }}
                  >
                    <label className="grid gap-1 text-xs">
                      Use v{model.heldBack.version} anyway: why? (goes into the audit log)
                      <textarea className="min-h-16 rounded border bg-background p-2 text-sm" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
                    </label>
                    {override.error && <Alert>{override.error.message}</Alert>}
                    <Button size="sm" type="submit" variant="outline" disabled={override.isPending || reason.trim().length < 10}>
                      Use v{model.heldBack.version} anyway
                    </Button>
                  </form>
                ) : (
                  <span> Only an owner can put it live anyway.</span>
                )}
              </Alert>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
