import type { Metadata } from "next";
import { ReviewQueue } from "@/components/review/review-queue";
import { getServerCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const me = await (await getServerCaller(tenant)).tenant.current();
  return <ReviewQueue tenantSlug={tenant} canDecide={me.role !== "marketer"} />;
}
