import { z } from "zod";
import { listRecentActivity } from "@/server/services/audit";
import { listPendingInvitations } from "@/server/services/invitations";
import { countMembers } from "@/server/services/members";
import { setupProgress } from "@/server/services/setup";
import { createTenant, listTenantsForUser } from "@/server/services/tenants";
import { authedProcedure, createTRPCRouter, tenantProcedure } from "../init";

export const tenantRouter = createTRPCRouter({
  mine: authedProcedure.query(({ ctx }) => listTenantsForUser(ctx.db, ctx.user.id)),

  create: authedProcedure
    .input(z.object({ name: z.string().max(80, "Keep the name under 80 characters."), slug: z.string().max(40) }))
    .mutation(({ ctx, input }) =>
      createTenant(ctx.db, { userId: ctx.user.id, email: ctx.user.email, name: ctx.user.name }, input),
    ),

  current: tenantProcedure().query(({ ctx }) => ({ ...ctx.tenant, userId: ctx.user.id })),

  dashboard: tenantProcedure().query(async ({ ctx }) => {
    const isAdmin = ctx.tenant.role === "owner" || ctx.tenant.role === "admin";
    const [members, invitations, activity, setup] = await Promise.all([
      countMembers(ctx.service),
      isAdmin ? listPendingInvitations(ctx.service) : Promise.resolve(null),
      listRecentActivity(ctx.service, { limit: 10 }),
      setupProgress(ctx.service),
    ]);
    return { members, pendingInvitations: invitations?.length ?? null, activity, setup };
  }),
});
