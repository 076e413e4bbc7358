import { z } from "zod";
import { ROLES } from "@/domain/membership";
import { createInvitation, listPendingInvitations, revokeInvitation } from "@/server/services/invitations";
import { changeMemberRole, listMembers, removeMember } from "@/server/services/members";
import { createTRPCRouter, tenantProcedure } from "../init";

const role = z.enum(ROLES, { message: "Pick one of: owner, admin, marketer, reviewer." });
const id = z.uuid({ message: "That id is not valid. Reload the page." });

export const membersRouter = createTRPCRouter({
  list: tenantProcedure().query(({ ctx }) => listMembers(ctx.service)),

  invitations: tenantProcedure("owner", "admin").query(({ ctx }) => listPendingInvitations(ctx.service)),

  invite: tenantProcedure("owner", "admin")
    .input(z.object({ email: z.string().max(254), role }))
    .mutation(({ ctx, input }) => createInvitation(ctx.service, input)),

  revokeInvitation: tenantProcedure("owner", "admin")
    .input(z.object({ invitationId: id }))
    .mutation(({ ctx, input }) => revokeInvitation(ctx.service, input)),

  changeRole: tenantProcedure("owner", "admin")
    .input(z.object({ memberId: id, role }))
    .mutation(({ ctx, input }) => changeMemberRole(ctx.service, input)),

  /** Owners and admins remove others; anyone may remove themselves (leave). */
  remove: tenantProcedure()
    .input(z.object({ memberId: id }))
    .mutation(({ ctx, input }) => removeMember(ctx.service, input)),
});
