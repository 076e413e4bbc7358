import type { Metadata } from "next";
import { Dashboard } from "@/components/dashboard/dashboard";
import { getQueryClient, HydrateClient, serverTrpc } from "@/server/trpc/prefetch";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  // The counts, checklist and activity come with the HTML, not after it.
  const trpc = await serverTrpc(tenant);
  await Promise.all([getQueryClient().prefetchQuery(trpc.tenant.current.queryOptions()), getQueryClient().prefetchQuery(trpc.tenant.dashboard.queryOptions())]);
  return (
    <HydrateClient>
      <Dashboard tenantSlug={tenant} />
    </HydrateClient>
  );
}
