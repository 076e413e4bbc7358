import { getDb } from "@/server/db/client";
import { AdapterUploadError, adapterMaxBytes, saveAdapter, tooLarge } from "@/server/models/adapter-store";
import { getAuth } from "@/server/auth/auth";
import { resolveMembership } from "@/server/services/tenants";

export const dynamic = "force-dynamic";

/**
 * Upload a LoRA adapter (raw GGUF body) for the workspace `?tenant=<slug>`,
 * owners and admins only. Answers the digest to build a version with.
 */
export async function POST(req: Request) {
  const url = new URL(req.url);
  const session = await getAuth().api.getSession({ headers: req.headers });
  if (!session) return Response.json({ error: "Your session has ended. Sign in to continue." }, { status: 401 });
  const slug = url.searchParams.get("tenant") ?? "";
  const tenant = await resolveMembership(getDb(), session.user.id, slug);
  if (!tenant) return Response.json({ error: `No workspace "${slug}" that you are a member of.` }, { status: 404 });
  if (tenant.role !== "owner" && tenant.role !== "admin") {
    return Response.json({ error: "Only owners and admins can upload adapters." }, { status: 403 });
  }
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > adapterMaxBytes()) return Response.json({ error: tooLarge() }, { status: 413 });
  if (!req.body) return Response.json({ error: "The upload was empty. Choose a .gguf file." }, { status: 400 });
  try {
    const saved = await saveAdapter(tenant.id, req.body, url.searchParams.get("filename") ?? "adapter.gguf");
    return Response.json(saved, { status: 201 });
  } catch (error) {
    if (error instanceof AdapterUploadError) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
