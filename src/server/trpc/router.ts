import { createCallerFactory, createTRPCRouter } from "./init";
import { invitationsRouter } from "./routers/invitations";
import { membersRouter } from "./routers/members";
import { tenantRouter } from "./routers/tenant";

export const appRouter = createTRPCRouter({
  tenant: tenantRouter,
  members: membersRouter,
  invitations: invitationsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
