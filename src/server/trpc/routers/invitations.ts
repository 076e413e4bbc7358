import { z } from "zod";
import { acceptInvitation, getInvitationPreview } from "@/server/services/invitations";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../init";

const invitationId = z.uuid({ message: "This invitation link is not valid. Check that you copied all of it." });

export const invitationsRouter = createTRPCRouter({
  preview: publicProcedure
    .input(z.object({ invitationId }))
    .query(({ ctx, input }) => getInvitationPreview(ctx.db, input.invitationId)),

  accept: authedProcedure
    .input(z.object({ invitationId }))
    .mutation(({ ctx, input }) =>
      acceptInvitation(ctx.db, { userId: ctx.user.id, email: ctx.user.email, name: ctx.user.name }, input.invitationId),
    ),
});
