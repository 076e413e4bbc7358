"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { errorCode } from "@/lib/trpc/client";

/**
 * While the server answers that the database is unavailable, queries keep
 * retrying (src/lib/trpc/client.tsx) and this line says so, instead of
 * spinners that never end or a stack trace. It goes away by itself.
 */
export function DatabaseBanner() {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const cache = queryClient.getQueryCache();
    const update = () => {
      const failing = cache.getAll().find((query) => errorCode(query.state.fetchFailureReason ?? query.state.error) === "SERVICE_UNAVAILABLE" && query.state.fetchStatus === "fetching");
      setMessage(failing ? ((failing.state.fetchFailureReason ?? failing.state.error) as Error).message : null);
    };
    return cache.subscribe(update);
  }, [queryClient]);
  if (!message) return null;
  return (
    <div role="status" className="sticky top-0 z-20 -mx-4 -mt-4 mb-4 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 md:-mx-8 md:-mt-6">
      {message}
    </div>
  );
}
