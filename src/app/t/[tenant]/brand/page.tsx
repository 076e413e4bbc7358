import type { Metadata } from "next";
import { CheckCopy } from "@/components/brand/check-copy";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Brand" };

export default function BrandPage() {
  return (
    <div className="grid max-w-6xl gap-6">
      <PageHeader
        title="Brand"
        description="Check any copy against email best practice: spam phrases, claims you would have to prove, shouting, links, length, reading level and the unsubscribe link."
      />
      <CheckCopy />
    </div>
  );
}
