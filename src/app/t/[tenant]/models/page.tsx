import type { Metadata } from "next";
import { ModelsOverview } from "@/components/models/models-overview";
import { getQueryClient, HydrateClient, serverTrpc } from "@/server/trpc/prefetch";

export const metadata: Metadata = { title: "Models" };

export default async function ModelsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  // Whether a model server is configured decides what the page shows: it comes with the HTML, with the
  // versions, the evaluation set and the builtin model. Asking the model server itself (its bases) stays in the browser.
  const trpc = await serverTrpc(tenant);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.models.configured.queryOptions()),
    queryClient.prefetchQuery(trpc.tenant.current.queryOptions()),
    queryClient.prefetchQuery(trpc.models.list.queryOptions()),
    queryClient.prefetchQuery(trpc.models.evaluationSet.queryOptions()),
    queryClient.prefetchQuery(trpc.models.builtin.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <ModelsOverview tenantSlug={tenant} />
    </HydrateClient>
  );
}
