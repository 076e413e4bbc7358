import type { Metadata } from "next";
import { BriefForm } from "@/components/campaigns/brief-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  return (
    <div className="grid gap-6">
      <PageHeader title="New campaign" description="The brief tells your model what to write. The clearer the key message and product facts, the better the drafts." />
      <BriefForm tenantSlug={tenant} />
    </div>
  );
}
