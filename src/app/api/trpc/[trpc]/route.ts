import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appUrl } from "@/server/env";
import { declaredBodyTooLarge, foreignOriginRefusal, withBodyLimit } from "@/server/http/request-guards";
import { createTRPCContext } from "@/server/trpc/init";
import { appRouter } from "@/server/trpc/router";

export const dynamic = "force-dynamic";

const ENDPOINT = "/api/trpc";
/** The largest input is a logo (512 KB, about 700 KB as base64); anything bigger is not the app talking. */
const TRPC_MAX_BODY_BYTES = 1024 * 1024;

const tooLarge = () =>
  new TRPCError({
    code: "PAYLOAD_TOO_LARGE",
    message: "That request is larger than 1 MB, more than Brandsmith accepts at once. Send less in one go; large files have their own upload pages.",
  });

function handler(req: Request) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    const foreign = foreignOriginRefusal(req.headers, new URL(appUrl()).origin);
    if (foreign) return refuse(req, new TRPCError({ code: "FORBIDDEN", message: foreign }));
    if (declaredBodyTooLarge(req.headers, TRPC_MAX_BODY_BYTES)) return refuse(req, tooLarge());
  }
  return fetchRequestHandler({
    endpoint: ENDPOINT,
    req: withBodyLimit(req, TRPC_MAX_BODY_BYTES, tooLarge),
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers }),
  });
}

/**
 * Answers every call in the request with `error`, in tRPC's own shape (so the
 * page shows the sentence), without reading a byte of the body: tRPC sees a
 * bodiless JSON request and a context that cannot be made.
 */
function refuse(req: Request, error: TRPCError) {
  const headers = new Headers(req.headers);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  return fetchRequestHandler({
    endpoint: ENDPOINT,
    req: new Request(req.url, { method: req.method, headers }),
    router: appRouter,
    createContext: () => {
      throw error;
    },
  });
}

export { handler as GET, handler as POST };
