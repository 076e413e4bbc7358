import type { Metadata } from "next";
import { CampaignList } from "@/components/campaigns/campaign-list";
import { getServerCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const me = await (await getServerCaller(tenant)).tenant.current();
  return <CampaignList tenantSlug={tenant} canWrite={me.role !== "reviewer"} />;
}
