import type { Metadata } from "next";
import { QueueList } from "@/components/queue/queue-list";
import { getQueryClient, HydrateClient, serverTrpc } from "@/server/trpc/prefetch";

export const metadata: Metadata = { title: "Queue" };

export default async function QueuePage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  // The list the page opens on (every state, newest 100) comes with the HTML; it refreshes itself from there.
  const trpc = await serverTrpc(tenant);
  await getQueryClient().prefetchQuery(trpc.jobs.list.queryOptions({ state: undefined, limit: 100 }));
  return (
    <HydrateClient>
      <QueueList tenantSlug={tenant} />
    </HydrateClient>
  );
}
