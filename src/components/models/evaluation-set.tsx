"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useTRPC } from "@/lib/trpc/client";

/** The briefs every new version is evaluated on: the default set, or campaigns chosen here. */
export function EvaluationSet() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const set = useQuery(trpc.models.evaluationSet.queryOptions());
  const [chosen, setChosen] = useState<string[]>([]);
  useEffect(() => {
    if (set.data) setChosen(set.data.chosen);
  }, [set.data]);
  const save = useMutation(trpc.models.saveEvaluationSet.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.models.evaluationSet.queryKey() }) }));
  if (!set.data) return null;
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Evaluation set</CardTitle>
        <CardDescription>
          Every new version writes these briefs beside the active version before it may go live.{" "}
          {set.data.custom ? "You chose these campaigns." : "By default: the briefs behind your approved drafts, topped up with standard briefs about your products."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {set.data.briefs.length === 0 ? (
          <Alert>The evaluation set is empty: choose campaigns below, or reset to the default. New versions cannot be evaluated until it has briefs.</Alert>
        ) : (
          <ul className="grid gap-1 text-sm" aria-label="Evaluation briefs">
            {set.data.briefs.map((b, i) => (
              <li key={i} className="flex flex-wrap items-center gap-2">
                <span>{b.name}</span>
                <Badge variant="outline">{b.type.replace("_", " ")}</Badge>
                {b.hasReference && <Badge variant="secondary">with approved copy</Badge>}
                {b.products.length > 0 && <span className="text-xs text-muted-foreground">{b.products.join(", ")}</span>}
              </li>
            ))}
          </ul>
        )}
        {set.data.available.length > 0 && (
          <fieldset className="grid gap-1">
            <legend className="mb-1 text-sm font-medium">Evaluate on these campaigns instead</legend>
            {set.data.available.map((c) => (
              <label key={c.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={chosen.includes(c.id)} onChange={() => toggle(c.id)} />
                {c.name}
              </label>
            ))}
          </fieldset>
        )}
        {save.error && <Alert>{save.error.message}</Alert>}
        <div className="flex flex-wrap gap-2">
          {set.data.available.length > 0 && (
            <Button size="sm" disabled={save.isPending || chosen.length === 0} onClick={() => save.mutate({ campaignIds: chosen })}>
              Save the set
            </Button>
          )}
          {set.data.custom && (
            <Button size="sm" variant="outline" disabled={save.isPending} onClick={() => save.mutate({ campaignIds: null })}>
              Reset to the default
            </Button>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
