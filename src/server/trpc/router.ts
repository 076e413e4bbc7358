import { createCallerFactory, createTRPCRouter } from "./init";
import { brandRouter } from "./routers/brand";
import { campaignsRouter } from "./routers/campaigns";
import { draftsRouter } from "./routers/drafts";
import { auditRouter } from "./routers/audit";
import { catalogRouter } from "./routers/catalog";
import { notificationsRouter } from "./routers/notifications";
import { reviewRouter } from "./routers/review";
import { webhooksRouter } from "./routers/webhooks";
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
  review: reviewRouter,
  notifications: notificationsRouter,
  webhooks: webhooksRouter,
  audit: auditRouter,
  catalog: catalogRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
