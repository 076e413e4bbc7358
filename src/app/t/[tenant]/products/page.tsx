import type { Metadata } from "next";
import { CatalogBrowser } from "@/components/catalog/catalog-browser";
import { CsvImport } from "@/components/catalog/csv-import";
import { PageHeader } from "@/components/ui/page-header";
import { getServerCaller } from "@/server/trpc/server";
import { getQueryClient, HydrateClient, serverTrpc } from "@/server/trpc/prefetch";

export const metadata: Metadata = { title: "Products" };

export default async function ProductsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const trpc = await serverTrpc(tenant);
  // The first page of the catalog comes with the HTML.
  const [me] = await Promise.all([(await getServerCaller(tenant)).tenant.current(), getQueryClient().prefetchQuery(trpc.catalog.products.queryOptions({ limit: 100 }))]);
  return (
    <HydrateClient>
    <div className="grid max-w-6xl grid-cols-[minmax(0,1fr)] gap-6">
      <PageHeader title="Products" description="Your catalog: what campaigns feature and the recommender suggests. Only the facts here reach an email." />
      <CsvImport tenantSlug={tenant} kind="products" canImport={me.role !== "reviewer"} />
      <CatalogBrowser />
    </div>
    </HydrateClient>
  );
}
