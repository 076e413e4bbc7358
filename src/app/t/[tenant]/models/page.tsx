import type { Metadata } from "next";
import { ModelsOverview } from "@/components/models/models-overview";

export const metadata: Metadata = { title: "Models" };

export default async function ModelsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  return <ModelsOverview tenantSlug={tenant} />;
}
