import type { Metadata } from "next";
import { DraftEditor } from "@/components/campaigns/draft-editor";

export const metadata: Metadata = { title: "Draft" };

export default async function DraftPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  return <DraftEditor tenantSlug={tenant} draftId={id} />;
}
