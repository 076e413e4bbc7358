import "server-only";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache, type ReactNode } from "react";
import superjson from "superjson";
import { appRouter } from "./router";
import { getServerContext } from "./server";

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

/** The same context the page's server caller uses: the session and membership are looked up once per request. */
export const serverTrpc = cache(async (tenantSlug: string) => createTRPCOptionsProxy({ ctx: await getServerContext(tenantSlug), router: appRouter, queryClient: getQueryClient }));

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
