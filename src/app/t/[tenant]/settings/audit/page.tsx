import type { Metadata } from "next";
import { AuditLog } from "@/components/review/audit-log";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  return (
    <div className="grid max-w-6xl grid-cols-[minmax(0,1fr)] gap-6">
      <PageHeader title="Audit log" description="Every change anyone made in this workspace, written in the same transaction as the change." />
      <AuditLog tenantSlug={tenant} />
    </div>
  );
}
