import type { Metadata } from "next";
import { JobDetail } from "@/components/queue/job-detail";

export const metadata: Metadata = { title: "Job" };

export default async function JobPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  return <JobDetail tenantSlug={tenant} jobId={id} />;
}
