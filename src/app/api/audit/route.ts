import { routeTenant } from "@/server/http/route-tenant";
import { auditCsv, searchAudit } from "@/server/services/audit";
import { auditFilters } from "@/server/trpc/routers/audit";

export const dynamic = "force-dynamic";

/** The audit log as CSV (`?tenant=` plus the page's filters); owners and admins. */
export async function GET(req: Request) {
  const access = await routeTenant(req, ["owner", "admin"]);
  if (!access.ok) return access.response;
  const params = Object.fromEntries([...new URL(req.url).searchParams].filter(([key, value]) => key !== "tenant" && value));
  const filters = auditFilters.safeParse(params);
  if (!filters.success) return Response.json({ error: filters.error.issues[0]?.message ?? "Check the filters." }, { status: 400 });
  const { events } = await searchAudit(access.ctx, { ...filters.data, limit: 10_000 });
  return new Response(auditCsv(events), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"` },
  });
}
