import type { Metadata } from "next";
import { ReviewSettings } from "@/components/review/review-settings";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Review & webhooks" };

export default function ReviewSettingsPage() {
  return (
    <div className="grid max-w-5xl grid-cols-[minmax(0,1fr)] gap-6">
      <PageHeader title="Review & webhooks" description="The approval rules of this workspace, and where approved drafts are announced." />
      <ReviewSettings />
    </div>
  );
}
