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

  // Read with a running limit: a missing or false Content-Length cannot make us buffer more.
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of (req.body ?? new ReadableStream()) as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > guideMaxBytes()) return Response.json({ error: guideTooLarge() }, { status: 413 });
    chunks.push(chunk);
  }
  try {
    const readAsDetected = url.searchParams.get("readAsDetected") === "1";
    const result = await uploadGuide(access.ctx, { filename: url.searchParams.get("filename") ?? "brand-guide", data: Buffer.concat(chunks), readAsDetected });
    return Response.json(result, { status: result.duplicate ? 200 : 201 });
  } catch (error) {
    // `readAs`: the content is fine but not what the name says; the page offers to read it as what it is.
    if (error instanceof ServiceError) return Response.json({ error: error.message, readAs: (error as { readAs?: string }).readAs }, { status: error.kind === "BAD_REQUEST" ? 400 : 409 });
    throw error;
  }
}
