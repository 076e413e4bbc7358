"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/trpc/router";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** The tenant the page is in, from /t/<slug>/…; the server checks membership. */
function currentTenantSlug(): string | null {
  const match = /^\/t\/([^/]+)/.exec(window.location.pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** The tRPC error code of a failed query or mutation (undefined for network errors). */
export function errorCode(error: unknown): string | undefined {
  return (error as { data?: { code?: string } } | null)?.data?.code;
}

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (failures, error) => {
          const code = errorCode(error);
          // The database is restarting: keep trying (the banner says so) until it is back.
          if (code === "SERVICE_UNAVAILABLE") return true;
          if (code && ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "BAD_REQUEST"].includes(code)) return false;
          return failures < 2;
        },
        retryDelay: (failures) => Math.min(500 * 2 ** failures, 5_000),
      },
      // Pages prefetched on the server (src/server/trpc/prefetch.tsx) arrive serialised with superjson.
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: "/api/trpc",
          transformer: superjson,
          headers() {
            const slug = currentTenantSlug();
            return slug ? { "x-brandsmith-tenant": slug } : {};
          },
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
