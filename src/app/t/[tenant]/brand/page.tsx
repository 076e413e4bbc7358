import type { Metadata } from "next";
import { BrandGuides } from "@/components/brand/brand-guides";
import { BrandKitCard } from "@/components/brand/brand-kit";
import { BrandProfileCard } from "@/components/brand/brand-profile";
import { CheckCopy } from "@/components/brand/check-copy";
import { PageHeader } from "@/components/ui/page-header";
import { getServerCaller } from "@/server/trpc/server";
import { getQueryClient, HydrateClient, serverTrpc } from "@/server/trpc/prefetch";

export const metadata: Metadata = { title: "Brand" };

export default async function BrandPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const trpc = await serverTrpc(tenant);
  // The guides and the brand kit come with the HTML; the profile and previews follow.
  const [me] = await Promise.all([
    (await getServerCaller(tenant)).tenant.current(),
    getQueryClient().prefetchQuery(trpc.brand.guides.queryOptions()),
    getQueryClient().prefetchQuery(trpc.brand.kit.queryOptions()),
  ]);
  return (
    <HydrateClient>
    <div className="grid max-w-6xl grid-cols-[minmax(0,1fr)] gap-6">
      <PageHeader
        title="Brand"
        description="Your brand guides, searchable, and a copy checker: spam phrases, claims you would have to prove, shouting, links, length, reading level and the unsubscribe link."
      />
      <BrandGuides tenantSlug={tenant} canUpload={me.role === "owner" || me.role === "admin"} />
      <BrandProfileCard tenantSlug={tenant} canEdit={me.role === "owner" || me.role === "admin"} />
      <BrandKitCard canEdit={me.role === "owner" || me.role === "admin"} />
      <CheckCopy tenantSlug={tenant} />
    </div>
    </HydrateClient>
  );
}
