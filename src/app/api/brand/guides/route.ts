import { getDb } from "@/server/db/client";
import { getAuth } from "@/server/auth/auth";
import { guideMaxBytes, guideTooLarge, uploadGuide } from "@/server/services/brand-guides";
import { ServiceError } from "@/server/services/errors";
import { resolveMembership } from "@/server/services/tenants";

export const dynamic = "force-dynamic";

/** Upload a brand guide (raw body) to `?tenant=<slug>&filename=<name>`; owners and admins. */
export async function POST(req: Request) {
  const url = new URL(req.url);
  const session = await getAuth().api.getSession({ headers: req.headers });
  if (!session) return Response.json({ error: "Your session has ended. Sign in to continue." }, { status: 401 });
  const slug = url.searchParams.get("tenant") ?? "";
  const tenant = await resolveMembership(getDb(), session.user.id, slug);
  if (!tenant) return Response.json({ error: `No workspace "${slug}" that you are a member of.` }, { status: 404 });
  if (tenant.role !== "owner" && tenant.role !== "admin") return Response.json({ error: "Only owners and admins can upload brand guides." }, { status: 403 });
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
    const result = await uploadGuide(
      { tenantId: tenant.id, db: getDb(), actor: { userId: session.user.id, email: session.user.email, name: session.user.name, role: tenant.role } },
      { filename: url.searchParams.get("filename") ?? "brand-guide", data: Buffer.concat(chunks) },
    );
    return Response.json(result, { status: result.duplicate ? 200 : 201 });
  } catch (error) {
    if (error instanceof ServiceError) return Response.json({ error: error.message }, { status: error.kind === "BAD_REQUEST" ? 400 : 409 });
    throw error;
  }
}
