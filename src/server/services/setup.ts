import { and, eq, sql } from "drizzle-orm";
import { brandGuides, brandProfiles, tenantModels } from "@/server/db/schema";
import { withTenant } from "@/server/db/with-tenant";
import type { ServiceContext } from "./context";

/** How far the workspace is through setting up its brand: guides read, a profile, an active model. */
export async function setupProgress(ctx: ServiceContext) {
  return withTenant(ctx.db, ctx.tenantId, async (tx) => {
    const [[guides], [profile], [model]] = await Promise.all([
      tx.select({ n: sql<number>`count(*)::int` }).from(brandGuides).where(and(eq(brandGuides.tenantId, ctx.tenantId), eq(brandGuides.status, "ready"))),
      tx.select({ n: sql<number>`coalesce(max(${brandProfiles.version}), 0)::int` }).from(brandProfiles).where(eq(brandProfiles.tenantId, ctx.tenantId)),
      tx.select({ version: tenantModels.version }).from(tenantModels).where(and(eq(tenantModels.tenantId, ctx.tenantId), eq(tenantModels.active, true))),
    ]);
    return { guidesReady: guides?.n ?? 0, profileVersion: profile?.n ?? 0, activeModelVersion: model?.version ?? null };
  });
}
