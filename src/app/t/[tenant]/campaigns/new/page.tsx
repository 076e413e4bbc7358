import type { Metadata } from "next";
import { BriefForm } from "@/components/campaigns/brief-form";
import { PageHeader } from "@/components/ui/page-header";
import { getServerCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "New campaign" };

/** `?sample=1` (from the dashboard's checklist) starts from a brief drawn from the workspace's own products and profile. */
export default async function NewCampaignPage({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ tenant }, query] = await Promise.all([params, searchParams]);
  const sample = query.sample === "1" ? await (await getServerCaller(tenant)).campaigns.sampleBrief().catch(() => undefined) : undefined;
  return (
    <div className="grid gap-6">
      <PageHeader
        title="New campaign"
        description={
          sample
            ? "A first brief from your own products and brand profile: check every field, add what only you know (an offer, a date), and create it."
            : "The brief tells your model what to write. The clearer the key message and product facts, the better the drafts."
        }
      />
      <BriefForm tenantSlug={tenant} initialBrief={sample} />
    </div>
  );
}
