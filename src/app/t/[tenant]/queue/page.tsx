import type { Metadata } from "next";
import { QueueList } from "@/components/queue/queue-list";

export const metadata: Metadata = { title: "Queue" };

export default async function QueuePage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  return <QueueList tenantSlug={tenant} />;
}
