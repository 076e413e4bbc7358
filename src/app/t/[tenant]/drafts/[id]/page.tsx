import type { Metadata } from "next";
import { DraftEditor } from "@/components/campaigns/draft-editor";
import { getQueryClient, HydrateClient, serverTrpc } from "@/server/trpc/prefetch";

export const metadata: Metadata = { title: "Draft" };

export default async function DraftPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  // The draft (its content, state and history) comes with the HTML: the editor opens filled in.
  const trpc = await serverTrpc(tenant);
  await getQueryClient().prefetchQuery(trpc.drafts.get.queryOptions({ draftId: id }));
  return (
    <HydrateClient>
      <DraftEditor tenantSlug={tenant} draftId={id} />
    </HydrateClient>
  );
}
