"use client";

import { useQuery } from "@tanstack/react-query";
import { Download } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { describeActivity } from "@/domain/activity";
import { useTRPC } from "@/lib/trpc/client";

const OBJECT_TYPES = ["draft", "campaign", "brand_guide", "brand_profile", "brand_kit", "tenant_model", "member", "invitation", "webhook", "review_policy", "job"];

/** The audit log for admins: filter by actor, action, object and date; download what you see as CSV. */
export function AuditLog({ tenantSlug }: { tenantSlug: string }) {
  const trpc = useTRPC();
  const [actorId, setActorId] = useState("");
  const [action, setAction] = useState("");
  const [objectType, setObjectType] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const filters = { actorId: actorId || undefined, action: action || undefined, objectType: objectType || undefined, from: from || undefined, to: to ? `${to}T23:59:59.999Z` : undefined };
  const search = useQuery(trpc.audit.search.queryOptions(filters));
  const csv = `/api/audit?${new URLSearchParams({ tenant: tenantSlug, ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v) as [string, string][]) })}`;
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <div className="grid gap-1">
          <Label htmlFor="audit-actor">Who</Label>
          <Select id="audit-actor" value={actorId} onChange={(e) => setActorId(e.target.value)}>
            <option value="">Anyone</option>
            {search.data?.actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </Select>
        </div>
        <div className="grid gap-1">
          <Label htmlFor="audit-action">Action</Label>
          <Select id="audit-action" value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">Any</option>
            {search.data?.actions.map((a) => <option key={a} value={a}>{a}</option>)}
          </Select>
        </div>
        <div className="grid gap-1">
          <Label htmlFor="audit-object">Object</Label>
          <Select id="audit-object" value={objectType} onChange={(e) => setObjectType(e.target.value)}>
            <option value="">Any</option>
            {OBJECT_TYPES.map((o) => <option key={o} value={o}>{o.replace("_", " ")}</option>)}
          </Select>
        </div>
        <div className="grid gap-1">
          <Label htmlFor="audit-from">From</Label>
          <Input id="audit-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="grid gap-1">
          <Label htmlFor="audit-to">To</Label>
          <Input id="audit-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <Button asChild variant="outline">
          <a href={csv} download>
            <Download /> CSV
          </a>
        </Button>
      </div>
      {search.error && <Alert>{search.error.message}</Alert>}
      {search.isPending && <Skeleton className="h-64" />}
      {search.data && (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table (scrolls sideways on narrow screens)">
        <table className="w-full text-sm" aria-label="Audit log">
          <thead className="text-left text-xs text-muted-foreground">
            <tr>
              <th className="p-2">When</th>
              <th className="p-2">What happened</th>
              <th className="p-2">Action</th>
              <th className="p-2">Object</th>
            </tr>
          </thead>
          <tbody>
            {search.data.events.length === 0 && (
              <tr>
                <td colSpan={4} className="p-4 text-center text-muted-foreground">Nothing matches these filters.</td>
              </tr>
            )}
            {search.data.events.map((e) => (
              <tr key={e.id} className="border-t">
                <td className="whitespace-nowrap p-2 text-muted-foreground">{new Date(e.createdAt).toLocaleString()}</td>
                <td className="p-2">{describeActivity({ action: e.action, details: e.details, actorName: e.actorName })}</td>
                <td className="p-2 font-mono text-xs">{e.action}</td>
                <td className="p-2 text-xs text-muted-foreground">{e.objectType}{e.objectId ? ` ${e.objectId.slice(0, 8)}` : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </div>
  );
}
