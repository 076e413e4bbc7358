/**
 * For route handlers that tRPC cannot serve (raw uploads, downloads): the
 * same ladder as the procedures — a session, membership of the workspace
 * named by `?tenant=`, and optionally a role — with the same messages; a
 * request that changes data must come from the app's own origin.
 */
import { roleRefusal, type Role } from "@/domain/membership";
import { getAuth } from "@/server/auth/auth";
import { getDb } from "@/server/db/client";
import { appUrl } from "@/server/env";
import { foreignOriginRefusal } from "./request-guards";
import type { ServiceContext } from "@/server/services/context";
import { resolveMembership } from "@/server/services/tenants";

export type RouteTenant = { ok: true; ctx: ServiceContext } | { ok: false; response: Response };

export async function routeTenant(req: Request, roles: readonly Role[] = []): Promise<RouteTenant> {
  // Uploads change data: like tRPC mutations, they are refused from another site (a form on another port posting with the cookie).
  if (req.method !== "GET" && req.method !== "HEAD") {
    const refusal = foreignOriginRefusal(req.headers, new URL(appUrl()).origin);
    if (refusal) return { ok: false, response: Response.json({ error: refusal }, { status: 403 }) };
  }
  const session = await getAuth().api.getSession({ headers: req.headers });
  if (!session) return { ok: false, response: Response.json({ error: "Your session has ended. Sign in to continue." }, { status: 401 }) };
  const slug = new URL(req.url).searchParams.get("tenant") ?? "";
  const db = getDb();
  const tenant = await resolveMembership(db, session.user.id, slug);
  if (!tenant) return { ok: false, response: Response.json({ error: `No workspace "${slug}" that you are a member of.` }, { status: 404 }) };
  if (roles.length > 0 && !roles.includes(tenant.role)) {
    return { ok: false, response: Response.json({ error: roleRefusal(roles, tenant.role) }, { status: 403 }) };
  }
  const { user } = session;
  return { ok: true, ctx: { tenantId: tenant.id, db, actor: { userId: user.id, email: user.email, name: user.name, role: tenant.role } } };
}
