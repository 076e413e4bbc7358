import { parseRouteInput, routeId } from "@/server/http/route-input";
import { routeTenant } from "@/server/http/route-tenant";
import { guideFile } from "@/server/services/brand-guides";
import { ServiceError } from "@/server/services/errors";

export const dynamic = "force-dynamic";

const TYPES = { pdf: "application/pdf", docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", markdown: "text/markdown; charset=utf-8", text: "text/plain; charset=utf-8", html: "text/plain; charset=utf-8" };

/** Download the original file of a guide. HTML is served as text: it is the tenant's data, never a page of ours. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseRouteInput(routeId("guide"), (await params).id);
  if (!id.ok) return id.response;
  const access = await routeTenant(req);
  if (!access.ok) return access.response;
  try {
    const file = await guideFile(access.ctx, id.value);
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
