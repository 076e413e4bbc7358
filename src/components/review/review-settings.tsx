"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Send, Trash2 } from "lucide-react";
import { useEffect, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Label, Select } from "@/components/ui/input";
import { useTRPC } from "@/lib/trpc/client";

/** Review policy (approvals, minimum score) and the workspace's webhooks with their delivery log. */
export function ReviewSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const policy = useQuery(trpc.review.policy.queryOptions());
  const [approvals, setApprovals] = useState(1);
  const [minScore, setMinScore] = useState("");
  const [minQuality, setMinQuality] = useState("");
  useEffect(() => {
    if (!policy.data) return;
    setApprovals(policy.data.requiredApprovals);
    setMinScore(policy.data.minScore === null ? "" : String(policy.data.minScore));
    setMinQuality(policy.data.minQuality == null ? "" : String(policy.data.minQuality));
  }, [policy.data]);
  const savePolicy = useMutation(trpc.review.savePolicy.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.review.policy.queryKey() }) }));

  const hooks = useQuery({ ...trpc.webhooks.list.queryOptions(), refetchInterval: 5_000 });
  const refreshHooks = () => queryClient.invalidateQueries({ queryKey: trpc.webhooks.list.queryKey() });
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const create = useMutation(trpc.webhooks.create.mutationOptions({ onSuccess: () => { setUrl(""); setDescription(""); void refreshHooks(); } }));
  const remove = useMutation(trpc.webhooks.delete.mutationOptions({ onSuccess: () => void refreshHooks() }));
  const test = useMutation(trpc.webhooks.sendTest.mutationOptions({ onSuccess: () => void refreshHooks() }));

  function onPolicy(event: FormEvent) {
    event.preventDefault();
    savePolicy.mutate({ requiredApprovals: approvals, minScore: minScore === "" ? null : Number(minScore), minQuality: minQuality === "" ? null : Number(minQuality) });
  }

  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle>Review policy</CardTitle>
          <CardDescription>Who must agree before a draft may leave. Nobody ever approves a draft they asked for or edited, in any round.</CardDescription>
        </CardHeader>
        <CardContent>
          <form onSubmit={onPolicy} className="flex flex-wrap items-end gap-4" aria-label="Review policy">
            <div className="grid gap-1.5">
              <Label htmlFor="policy-approvals">Approvals needed</Label>
              <Select id="policy-approvals" value={approvals} onChange={(e) => setApprovals(Number(e.target.value))}>
                {[1, 2, 3].map((n) => <option key={n} value={n}>{n}</option>)}
              </Select>
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="policy-score">Minimum compliance score</Label>
              <Input id="policy-score" type="number" min={0} max={100} placeholder="none" className="w-32" value={minScore} onChange={(e) => setMinScore(e.target.value)} />
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="policy-quality">Minimum quality score</Label>
              <Input id="policy-quality" type="number" min={0} max={100} placeholder="none" className="w-32" value={minQuality} onChange={(e) => setMinQuality(e.target.value)} />
            </div>
            <Button type="submit" disabled={savePolicy.isPending}>Save policy</Button>
            {savePolicy.isSuccess && <span className="text-sm text-muted-foreground">Saved.</span>}
          </form>
          {savePolicy.error && <Alert className="mt-3">{savePolicy.error.message}</Alert>}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Webhooks</CardTitle>
          <CardDescription>
            Brandsmith POSTs <code>draft.approved</code> events as JSON, signed in the <code>Brandsmith-Signature</code> header (<code>t=…,v1=</code> HMAC-SHA256 of <code>t.body</code> with the secret). Reject timestamps older than 5 minutes; failed deliveries are retried with backoff.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <form
            className="flex flex-wrap items-end gap-3"
            aria-label="Add a webhook"
            onSubmit={(e) => {
              e.preventDefault();
              create.mutate({ url, description });
            }}
          >
            <div className="grid min-w-72 flex-1 gap-1.5">
              <Label htmlFor="hook-url">Endpoint URL</Label>
              <Input id="hook-url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://cms.example.com/hooks/brandsmith" />
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor="hook-description">Description</Label>
              <Input id="hook-description" value={description} onChange={(e) => setDescription(e.target.value)} placeholder="CMS import" />
            </div>
            <Button type="submit" disabled={!url.trim() || create.isPending}>Add webhook</Button>
          </form>
          {create.error && <Alert>{create.error.message}</Alert>}
          {hooks.data?.length === 0 && <p className="text-sm text-muted-foreground">No webhooks yet. Add one to send approved drafts to your CMS or sending tool.</p>}
          {hooks.data?.map((hook) => (
            <div key={hook.id} className="grid gap-2 rounded-md border p-3 text-sm" data-testid="webhook">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{hook.url}</span>
                {hook.description && <span className="text-muted-foreground">· {hook.description}</span>}
                <Button size="sm" variant="outline" className="ml-auto" onClick={() => test.mutate({ endpointId: hook.id })} disabled={test.isPending}>
                  <Send /> Send test event
                </Button>
                <Button size="icon" variant="ghost" aria-label={`Remove webhook ${hook.url}`} onClick={() => remove.mutate({ endpointId: hook.id })}>
                  <Trash2 />
                </Button>
              </div>
              <p className="text-xs text-muted-foreground">
                Secret: <code className="select-all">{hook.secret}</code>
              </p>
              <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table (scrolls sideways on narrow screens)">
              <table className="w-full text-xs" aria-label="Deliveries">
                <thead className="text-left text-muted-foreground">
                  <tr>
                    <th className="py-1">When</th>
                    <th>Event</th>
                    <th>Status</th>
                    <th>Response</th>
                    <th>Attempts</th>
                  </tr>
                </thead>
                <tbody>
                  {hook.deliveries.length === 0 && (
                    <tr>
                      <td colSpan={5} className="py-1 text-muted-foreground">No deliveries yet.</td>
                    </tr>
                  )}
                  {hook.deliveries.map((d) => (
                    <tr key={d.id} className="border-t">
                      <td className="py-1">{new Date(d.createdAt).toLocaleString()}</td>
                      <td>{d.event}</td>
                      <td>{d.status}</td>
                      <td>{d.responseCode ?? d.error ?? "—"}</td>
                      <td className="tabular-nums">{d.attempts}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              </div>
            </div>
          ))}
        </CardContent>
      </Card>
    </div>
  );
}
