"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/lib/trpc/client";
import { BuildVersion } from "./build-version";
import { BuiltinModel } from "./builtin-model";
import { TryModel } from "./try-model";
import { EvaluationSet } from "./evaluation-set";
import { VersionsTable } from "./versions-table";

export function ModelsOverview({ tenantSlug }: { tenantSlug: string }) {
  const trpc = useTRPC();
  const server = useQuery(trpc.models.configured.queryOptions());
  const tenant = useQuery(trpc.tenant.current.queryOptions());
  // Null until the server answers: building and trying stay off meanwhile, without a warning.
  const configured = server.data ? server.data.configured : null;

  return (
    <div className="grid max-w-6xl gap-6">
      <PageHeader
        title="Models"
        description="Your workspace's own model: versions built on a shared small base model, carrying your brand's voice."
      />
      {server.error && <Alert>{server.error.message}</Alert>}
      {server.data && !server.data.configured && <Alert tone="info">{server.data.message}</Alert>}
      {/* Without a model server the builtin model is what writes: it comes first. */}
      {configured === false && <BuiltinModel isOwner={tenant.data?.role === "owner"} />}
      <BuildVersion tenantSlug={tenantSlug} disabled={configured !== true} />
      <VersionsTable tenantSlug={tenantSlug} />
      {configured !== null && <EvaluationSet />}
      <TryModel tenantSlug={tenantSlug} configured={configured} />
    </div>
  );
}
