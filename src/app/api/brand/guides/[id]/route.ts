import { getDb } from "@/server/db/client";
import { getAuth } from "@/server/auth/auth";
import { guideFile } from "@/server/services/brand-guides";
import { ServiceError } from "@/server/services/errors";
import { resolveMembership } from "@/server/services/tenants";

export const dynamic = "force-dynamic";

const TYPES = { pdf: "application/pdf", docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", markdown: "text/markdown; charset=utf-8", text: "text/plain; charset=utf-8", html: "text/plain; charset=utf-8" };

/** Download the original file of a guide. HTML is served as text: it is the tenant's data, never a page of ours. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await getAuth().api.getSession({ headers: req.headers });
  if (!session) return Response.json({ error: "Your session has ended. Sign in to continue." }, { status: 401 });
  const slug = new URL(req.url).searchParams.get("tenant") ?? "";
  const tenant = await resolveMembership(getDb(), session.user.id, slug);
  if (!tenant) return Response.json({ error: `No workspace "${slug}" that you are a member of.` }, { status: 404 });
  try {
    const file = await guideFile({ tenantId: tenant.id, db: getDb(), actor: { userId: session.user.id, email: session.user.email, name: session.user.name, role: tenant.role } }, id);
    return new Response(new Uint8Array(file.data), {
      headers: {
        "content-type": TYPES[file.kind],
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof ServiceError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
