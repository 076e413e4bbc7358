import { routeTenant } from "@/server/http/route-tenant";
import { AdapterUploadError, adapterMaxBytes, saveAdapter, tooLarge } from "@/server/models/adapter-store";

export const dynamic = "force-dynamic";

/**
 * Upload a LoRA adapter (raw GGUF body) for the workspace `?tenant=<slug>`,
 * owners and admins only. Answers the digest to build a version with.
 */
export async function POST(req: Request) {
  const url = new URL(req.url);
  const access = await routeTenant(req, ["owner", "admin"]);
  if (!access.ok) return access.response;
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > adapterMaxBytes()) return Response.json({ error: tooLarge() }, { status: 413 });
  if (!req.body) return Response.json({ error: "The upload was empty. Choose a .gguf file." }, { status: 400 });
  try {
    const saved = await saveAdapter(access.ctx.tenantId, req.body, url.searchParams.get("filename") ?? "adapter.gguf");
    return Response.json(saved, { status: 201 });
  } catch (error) {
    if (error instanceof AdapterUploadError) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
