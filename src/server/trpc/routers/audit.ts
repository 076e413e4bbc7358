import { z } from "zod";
import { searchAudit } from "@/server/services/audit";
import { createTRPCRouter, tenantProcedure } from "../init";

export const auditFilters = z.object({
  actorId: z.uuid().optional(),
  action: z.string().max(100).optional(),
  objectType: z.string().max(100).optional(),
  objectId: z.string().max(100).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});

export const auditRouter = createTRPCRouter({
  search: tenantProcedure("owner", "admin")
    .input(auditFilters)
    .query(({ ctx, input }) => searchAudit(ctx.service, input)),
});
