import { routeTenant } from "@/server/http/route-tenant";
import { guideMaxBytes, guideTooLarge, uploadGuide } from "@/server/services/brand-guides";
import { ServiceError } from "@/server/services/errors";

export const dynamic = "force-dynamic";

/** Upload a brand guide (raw body) to `?tenant=<slug>&filename=<name>[&readAsDetected=1]`; owners and admins. */
export async function POST(req: Request) {
  const url = new URL(req.url);
  const access = await routeTenant(req, ["owner", "admin"]);
  if (!access.ok) return access.response;
  if (Number(req.headers.get("content-length") ?? 0) > guideMaxBytes()) return Response.json({ error: guideTooLarge() }, { status: 413 });
  try {
    // The body streams through: the service checks its size as it reads, whatever Content-Length said.
    const body = (req.body ?? new ReadableStream()) as unknown as AsyncIterable<Uint8Array>;
    const readAsDetected = url.searchParams.get("readAsDetected") === "1";
    const result = await uploadGuide(access.ctx, { filename: url.searchParams.get("filename") ?? "brand-guide", body, readAsDetected });
    return Response.json(result, { status: result.duplicate ? 200 : 201 });
  } catch (error) {
    // `readAs`: the content is fine but not what the name says; the page offers to read it as what it is.
    if (error instanceof ServiceError) {
      const status = error.kind === "PAYLOAD_TOO_LARGE" ? 413 : error.kind === "BAD_REQUEST" ? 400 : 409;
      return Response.json({ error: error.message, readAs: (error as { readAs?: string }).readAs }, { status });
    }
    throw error;
  }
}
