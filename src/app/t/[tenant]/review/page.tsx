import type { Metadata } from "next";
import { ReviewQueue } from "@/components/review/review-queue";
import { getServerCaller } from "@/server/trpc/server";
import { getQueryClient, HydrateClient, serverTrpc } from "@/server/trpc/prefetch";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const me = await (await getServerCaller(tenant)).tenant.current();
  const canDecide = me.role !== "marketer";
  // The queue the page opens on (in review, mine when I decide, oldest first), with its counts, comes with the HTML.
  const trpc = await serverTrpc(tenant);
  await getQueryClient().prefetchQuery(trpc.review.queue.queryOptions({ status: "in_review", mine: canDecide || undefined, sort: "oldest" }));
  return (
    <HydrateClient>
      <ReviewQueue tenantSlug={tenant} canDecide={canDecide} />
    </HydrateClient>
  );
}
