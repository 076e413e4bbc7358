"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label, Select } from "@/components/ui/input";
import { useTRPC } from "@/lib/trpc/client";
import { JobProgress } from "./job-progress";
import type { BaseModelOption, ModelHost } from "./types";

export function PullBaseModel({ tenantSlug, bases, hosts }: { tenantSlug: string; bases: BaseModelOption[]; hosts: ModelHost[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [base, setBase] = useState<string | null>(null);
  const pull = useMutation(trpc.models.pullBase.mutationOptions());
  const chosen = base ?? bases.find((b) => b.default)?.name ?? bases[0]?.name ?? "";
  const reachable = hosts.filter((h) => h.healthy);
  const onEveryHost = (name: string) => reachable.length > 0 && reachable.every((h) => h.models.some((m) => m.name === name));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (chosen) pull.mutate({ base: chosen });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Pull a base model</CardTitle>
        <CardDescription>
          Downloads a base model onto every model host, so versions built on it can be created there. Hosts are shared by all
          workspaces on this server.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
          <div className="grid gap-2">
            <Label htmlFor="pull-base">Base model</Label>
            <Select id="pull-base" value={chosen} onChange={(e) => setBase(e.target.value)} className="min-w-64">
              {bases.map((b) => (
                <option key={b.name} value={b.name}>
                  {b.label}
                  {onEveryHost(b.name) ? " — on every host" : ""}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" disabled={!chosen || pull.isPending}>
            {pull.isPending ? "Starting…" : "Pull"}
          </Button>
        </form>
        {pull.error && <Alert>{pull.error.message}</Alert>}
        {pull.data && pull.variables && (
          <JobProgress
            key={pull.data.jobId}
            jobId={pull.data.jobId}
            tenantSlug={tenantSlug}
            label={`Pulling ${pull.variables.base}`}
            onSettled={(state) => {
              if (state === "succeeded") void queryClient.invalidateQueries({ queryKey: trpc.models.server.queryKey() });
            }}
            succeeded={`${pull.variables.base} is on every reachable host now.`}
          />
        )}
      </CardContent>
    </Card>
  );
}
