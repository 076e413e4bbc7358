import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createTRPCContext, TENANT_HEADER } from "./init";
import { createCaller } from "./router";

/** This request's tRPC context (session, membership) for server components, made once per request and workspace. */
export const getServerContext = cache(async (tenantSlug?: string) => {
  const requestHeaders = new Headers(await headers());
  if (tenantSlug) requestHeaders.set(TENANT_HEADER, tenantSlug);
  return createTRPCContext({ headers: requestHeaders });
});

/** A tRPC caller for server components, with this request's headers. */
export const getServerCaller = cache(async (tenantSlug?: string) => createCaller(await getServerContext(tenantSlug)));
