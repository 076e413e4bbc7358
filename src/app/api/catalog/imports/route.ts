import { z } from "zod";
import { IMPORT_KINDS } from "@/domain/catalog/rows";
import { parseRouteInput } from "@/server/http/route-input";
import { routeTenant } from "@/server/http/route-tenant";
import { catalogMaxBytes, catalogTooLarge, uploadImport } from "@/server/services/catalog-imports";
import { ServiceError } from "@/server/services/errors";

export const dynamic = "force-dynamic";

/** Upload a CSV (raw body) to `?tenant=<slug>&kind=products|customers|events&filename=<name>`; it is read and previewed, not imported yet. */
export async function POST(req: Request) {
  const url = new URL(req.url);
  const access = await routeTenant(req, ["owner", "admin", "marketer"]);
  if (!access.ok) return access.response;
  const parsed = parseRouteInput(z.enum(IMPORT_KINDS, { message: "Say what the file holds: products, customers or events." }), url.searchParams.get("kind"));
  if (!parsed.ok) return parsed.response;
  const kind = parsed.value;
  if (Number(req.headers.get("content-length") ?? 0) > catalogMaxBytes()) return Response.json({ error: catalogTooLarge() }, { status: 413 });
  try {
    // The body streams through: the service checks its size as it reads, whatever Content-Length said.
    const body = (req.body ?? new ReadableStream()) as unknown as AsyncIterable<Uint8Array>;
    return Response.json(await uploadImport(access.ctx, { kind, filename: url.searchParams.get("filename") ?? `${kind}.csv`, body }), { status: 201 });
  } catch (error) {
    if (error instanceof ServiceError) return Response.json({ error: error.message }, { status: error.kind === "PAYLOAD_TOO_LARGE" ? 413 : 400 });
    throw error;
  }
}
