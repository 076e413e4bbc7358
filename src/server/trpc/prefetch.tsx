import "server-only";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import superjson from "superjson";
import { createTRPCContext, TENANT_HEADER } from "./init";
import { appRouter } from "./router";

/**
 * Data on first paint: a page's server component fills this request's query
 * cache through the same procedures the page's client components call (no
 * HTTP round trip), and <HydrateClient> hands the answers to the browser with
 * the HTML, so the main data is there before any script runs. Query keys
 * match the client's because both come from the same tRPC options.
 */
export const getQueryClient = cache(
  () =>
    new QueryClient({
      defaultOptions: {
        queries: { staleTime: 15_000 },
        // Dates and the like travel with superjson, as they do over /api/trpc.
        dehydrate: { serializeData: superjson.serialize },
      },
    }),
);

export const serverTrpc = cache(async (tenantSlug: string) => {
  const requestHeaders = new Headers(await headers());
  requestHeaders.set(TENANT_HEADER, tenantSlug);
  const ctx = await createTRPCContext({ headers: requestHeaders });
  return createTRPCOptionsProxy({ ctx, router: appRouter, queryClient: getQueryClient });
});

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
