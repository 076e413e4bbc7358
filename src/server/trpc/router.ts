import { createCallerFactory, createTRPCRouter } from "./init";
import { brandRouter } from "./routers/brand";
import { invitationsRouter } from "./routers/invitations";
import { jobsRouter } from "./routers/jobs";
import { membersRouter } from "./routers/members";
import { modelsRouter } from "./routers/models";
import { tenantRouter } from "./routers/tenant";

export const appRouter = createTRPCRouter({
  tenant: tenantRouter,
  brand: brandRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  jobs: jobsRouter,
  models: modelsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
