import type { Metadata } from "next";
import { CampaignList } from "@/components/campaigns/campaign-list";
import { getServerCaller } from "@/server/trpc/server";
import { getQueryClient, HydrateClient, serverTrpc } from "@/server/trpc/prefetch";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const trpc = await serverTrpc(tenant);
  // The list the page opens on (active campaigns) comes with the HTML.
  const [me] = await Promise.all([(await getServerCaller(tenant)).tenant.current(), getQueryClient().prefetchQuery(trpc.campaigns.list.queryOptions({ status: "active" }))]);
  return (
    <HydrateClient>
      <CampaignList tenantSlug={tenant} canWrite={me.role !== "reviewer"} />
    </HydrateClient>
  );
}
