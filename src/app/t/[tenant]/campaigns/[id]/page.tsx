import type { Metadata } from "next";
import { CampaignView } from "@/components/campaigns/campaign-view";
import { getServerCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Campaign" };

export default async function CampaignPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  const me = await (await getServerCaller(tenant)).tenant.current();
  return <CampaignView tenantSlug={tenant} campaignId={id} canWrite={me.role !== "reviewer"} />;
}
