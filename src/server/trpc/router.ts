import { createCallerFactory, createTRPCRouter } from "./init";
import { brandRouter } from "./routers/brand";
import { campaignsRouter } from "./routers/campaigns";
import { draftsRouter } from "./routers/drafts";
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
  campaigns: campaignsRouter,
  drafts: draftsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
