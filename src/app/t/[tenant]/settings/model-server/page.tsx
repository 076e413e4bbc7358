import type { Metadata } from "next";
import { ModelServerSettings } from "@/components/models/model-server";

export const metadata: Metadata = { title: "Model server" };

export default async function ModelServerPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  return <ModelServerSettings tenantSlug={tenant} />;
}
