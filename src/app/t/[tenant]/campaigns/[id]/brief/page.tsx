import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BriefForm } from "@/components/campaigns/brief-form";
import { PageHeader } from "@/components/ui/page-header";
import { getServerCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Edit brief" };

export default async function EditBriefPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  const caller = await getServerCaller(tenant);
  const { campaign } = await caller.campaigns.get({ campaignId: id }).catch(() => notFound());
  return (
    <div className="grid gap-6">
      <PageHeader title={`Edit brief: ${campaign.name}`} description="Changes apply to variants you generate from now on; drafts already written keep their words." />
      <BriefForm tenantSlug={tenant} campaignId={id} initialBrief={campaign.brief} />
    </div>
  );
}
