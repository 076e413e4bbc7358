import { z } from "zod";
import { acceptInvitation, getInvitationPreview, invitationForAccount } from "@/server/services/invitations";
import { authedProcedure, createTRPCRouter, publicProcedure } from "../init";

const invitationId = z.uuid({ message: "This invitation link is not valid. Check that you copied all of it." });

export const invitationsRouter = createTRPCRouter({
  preview: publicProcedure
    .input(z.object({ invitationId }))
    .query(({ ctx, input }) => getInvitationPreview(ctx.db, input.invitationId)),

  /** For the signed-in person: is this link for their address, and must they confirm it first. */
  forMe: authedProcedure
    .input(z.object({ invitationId }))
    .query(({ ctx, input }) => invitationForAccount(ctx.db, { email: ctx.user.email, emailVerified: ctx.user.emailVerified }, input.invitationId)),

  accept: authedProcedure
    .input(z.object({ invitationId }))
    .mutation(({ ctx, input }) =>
      acceptInvitation(ctx.db, { userId: ctx.user.id, email: ctx.user.email, name: ctx.user.name, emailVerified: ctx.user.emailVerified }, input.invitationId),
    ),
});
