import type { Metadata } from "next";
import { CsvImport } from "@/components/catalog/csv-import";
import { RecommenderPanel } from "@/components/catalog/recommender-panel";
import { SegmentBuilder } from "@/components/catalog/segment-builder";
import { PageHeader } from "@/components/ui/page-header";
import {
  getQueryClient,
  HydrateClient,
  serverTrpc,
} from "@/server/trpc/prefetch";
import { getServerCaller } from "@/server/trpc/server";

export const metadata: Metadata = { title: "Audiences" };

export default async function AudiencesPage({
  params,
}: {
  params: Promise<{ tenant: string }>;
}) {
  const { tenant } = await params;
  const me = await (await getServerCaller(tenant)).tenant.current();
  const canWrite = me.role !== "reviewer";
  // What the page shows first (the imports, the catalog's counts, the segments, the training runs) comes with the HTML.
  const trpc = await serverTrpc(tenant);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(
      trpc.catalog.imports.queryOptions({ kind: "customers" }),
    ),
    queryClient.prefetchQuery(
      trpc.catalog.imports.queryOptions({ kind: "events" }),
    ),
    queryClient.prefetchQuery(trpc.catalog.summary.queryOptions()),
    queryClient.prefetchQuery(trpc.catalog.products.queryOptions({ limit: 1 })),
    queryClient.prefetchQuery(trpc.catalog.segments.queryOptions()),
    queryClient.prefetchQuery(trpc.catalog.runs.queryOptions()),
  ]);
  return (
    <HydrateClient>
      <div className="grid max-w-6xl grid-cols-[minmax(0,1fr)] gap-6">
        <PageHeader
          title="Audiences"
          description="Your customers and what they did, the segments you write for, and what to recommend to each."
        />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <CsvImport
            tenantSlug={tenant}
            kind="customers"
            canImport={canWrite}
          />
          <CsvImport tenantSlug={tenant} kind="events" canImport={canWrite} />
        </div>
        <SegmentBuilder canEdit={canWrite} />
        <RecommenderPanel tenantSlug={tenant} canTrain={canWrite} />
      </div>
    </HydrateClient>
  );
}
