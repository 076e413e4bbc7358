import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createTRPCContext } from "./init";
import { createCaller } from "./router";

/** A tRPC caller for server components, with this request's headers. */
export const getServerCaller = cache(async (tenantSlug?: string) => {
  const requestHeaders = new Headers(await headers());
  if (tenantSlug) requestHeaders.set("x-brandsmith-tenant", tenantSlug);
  return createCaller(await createTRPCContext({ headers: requestHeaders }));
});
