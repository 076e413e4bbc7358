import type { Metadata } from "next";
import { CampaignView } from "@/components/campaigns/campaign-view";
import { getQueryClient, HydrateClient, serverTrpc } from "@/server/trpc/prefetch";
import { getServerCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Campaign" };

export default async function CampaignPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  const me = await (await getServerCaller(tenant)).tenant.current();
  // The campaign with its variants (subjects, scores, job states) comes with the HTML; the page streams from there.
  const trpc = await serverTrpc(tenant);
  await getQueryClient().prefetchQuery(trpc.campaigns.get.queryOptions({ campaignId: id }));
  return (
    <HydrateClient>
      <CampaignView tenantSlug={tenant} campaignId={id} canWrite={me.role !== "reviewer"} />
    </HydrateClient>
  );
}
