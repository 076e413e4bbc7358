import { parseRouteInput, routeId } from "@/server/http/route-input";
import { routeTenant } from "@/server/http/route-tenant";
import { importErrorReport } from "@/server/services/catalog-imports";
import { ServiceError } from "@/server/services/errors";

export const dynamic = "force-dynamic";

/** The import's error report as CSV: row, column, reason. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseRouteInput(routeId("import"), (await params).id);
  if (!id.ok) return id.response;
  const access = await routeTenant(req);
  if (!access.ok) return access.response;
  try {
    const report = await importErrorReport(access.ctx, id.value);
    return new Response(report.csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(report.filename)}` } });
  } catch (error) {
    if (error instanceof ServiceError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
