import { z } from "zod";
import { listNotifications, markNotificationsRead } from "@/server/services/notifications";
import { createTRPCRouter, tenantProcedure } from "../init";

export const notificationsRouter = createTRPCRouter({
  list: tenantProcedure().query(({ ctx }) => listNotifications(ctx.service)),
  markRead: tenantProcedure()
    .input(z.object({ ids: z.array(z.uuid()).max(100).optional() }))
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.service, input)),
});
