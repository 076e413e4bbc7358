"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/client";
import type { ModelVersion } from "./types";
import { VersionRow } from "./version-row";

const building = (v: ModelVersion) => v.status === "pending" || v.status === "creating";

export function VersionsTable({ tenantSlug }: { tenantSlug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery({
    ...trpc.models.list.queryOptions(),
    // Followed while something changes: a build, an evaluation, a version being put back on a server.
    refetchInterval: (query) =>
      query.state.data?.some((v) => building(v) || v.evaluation?.status === "pending" || v.evaluation?.status === "running" || v.hosts.some((h) => h.state === "restoring")) ? 3_000 : false,
  });
  const [openModelfiles, setOpenModelfiles] = useState<ReadonlySet<string>>(new Set());
  const [deleting, setDeleting] = useState<ModelVersion | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.models.list.queryKey() });
  const activate = useMutation(trpc.models.activate.mutationOptions({ onSettled: refresh }));
  // A refused activation (the evaluation found the version worse) can go ahead with an owner's written reason.
  const [overriding, setOverriding] = useState<ModelVersion | null>(null);
  const [reason, setReason] = useState("");
  const remove = useMutation(
    trpc.models.delete.mutationOptions({
      onSuccess: () => {
        setDeleting(null);
        void refresh();
      },
    }),
  );

  function toggleModelfile(id: string) {
    setOpenModelfiles((open) => {
      const next = new Set(open);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  if (list.error) return <Alert>{list.error.message}</Alert>;
  const versions = list.data ?? [];
  const activeVersion = versions.find((v) => v.active)?.version ?? null;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Versions</CardTitle>
        <CardDescription>
          {activeVersion === null
            ? "No version is active yet: generation uses one once you activate it."
            : `v${activeVersion} is active: every generation in this workspace uses it.`}
        </CardDescription>
      </CardHeader>
      <CardContent className="p-0 pb-2">
        {activate.error && <Alert className="mx-5 mb-3">{activate.error.message}</Alert>}
        {activate.error && overriding && /anyway/.test(activate.error.message) && (
          <form
            className="mx-5 mb-3 grid gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              activate.mutate({ tenantModelId: overriding.id, overrideReason: reason }, { onSuccess: () => setOverriding(null) });
            }}
          >
            <label htmlFor="override-reason" className="text-sm font-medium">
              Why activate v{overriding.version} anyway? (owners only; recorded in the audit log)
            </label>
            <textarea id="override-reason" className="min-h-16 rounded-md border border-input bg-card px-3 py-2 text-sm" value={reason} onChange={(e) => setReason(e.target.value)} />
            <div>
              <Button type="submit" variant="destructive" disabled={activate.isPending || reason.trim().length < 10}>
                Activate anyway
              </Button>
            </div>
          </form>
        )}
        {!list.data ? (
          <div className="grid gap-2 px-5 pb-3">
            <Skeleton className="h-10" />
            <Skeleton className="h-10" />
          </div>
        ) : versions.length === 0 ? (
          <p className="px-5 pb-6 pt-2 text-center text-sm text-muted-foreground">
            No versions yet. Build your first version; Brandsmith creates it on your model server as{" "}
            <code className="font-mono text-xs">brandsmith/{tenantSlug}:v1</code>.
          </p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table (scrolls sideways on narrow screens)">
            <table className="w-full text-sm">
              <thead className="border-y text-left text-xs text-muted-foreground">
                <tr>
                  <th className="px-5 py-2 font-medium">Version</th>
                  <th className="py-2 font-medium">Base</th>
                  <th className="py-2 font-medium">Status</th>
                  <th className="py-2 font-medium">Model hosts</th>
                  <th className="py-2 font-medium">Usage</th>
                  <th className="py-2 font-medium">Created</th>
                  <th className="py-2 pr-5">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y">
                {versions.map((v) => (
                  <VersionRow
                    key={v.id}
                    version={v}
                    activeVersion={activeVersion}
                    busy={activate.isPending || remove.isPending}
                    showModelfile={openModelfiles.has(v.id)}
                    onToggleModelfile={() => toggleModelfile(v.id)}
                    onActivate={() => {
                      setOverriding(v);
                      activate.mutate({ tenantModelId: v.id });
                    }}
                    onDelete={() => {
                      remove.reset();
                      setDeleting(v);
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </CardContent>
      <Dialog open={deleting !== null} onOpenChange={(open) => !open && setDeleting(null)}>
        <DialogContent>
          <DialogTitle>Delete v{deleting?.version}?</DialogTitle>
          <DialogDescription>
            It disappears from this workspace now, and Brandsmith removes{" "}
            <code className="font-mono text-xs">{deleting?.ollamaName}</code> from your model servers shortly after. Its usage
            numbers go with it. This cannot be undone.
          </DialogDescription>
          {remove.error && <Alert>{remove.error.message}</Alert>}
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
            <Button variant="destructive" disabled={remove.isPending} onClick={() => deleting && remove.mutate({ tenantModelId: deleting.id })}>
              {remove.isPending ? "Deleting…" : "Delete"}
            </Button>
          </div>
        </DialogContent>
      </Dialog>
    </Card>
  );
}
