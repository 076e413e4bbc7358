import { z } from "zod";
import { createWebhook, deleteWebhook, listWebhooks, sendTestEvent } from "@/server/services/webhooks";
import { createTRPCRouter, tenantProcedure } from "../init";

const endpointId = z.uuid({ message: "That webhook id is not valid. Reload the page." });

export const webhooksRouter = createTRPCRouter({
  list: tenantProcedure("owner", "admin").query(({ ctx }) => listWebhooks(ctx.service)),
  create: tenantProcedure("owner", "admin")
    .input(z.object({ url: z.string().max(2_000, "That URL is too long."), description: z.string().max(200).optional() }))
    .mutation(({ ctx, input }) => createWebhook(ctx.service, input)),
  delete: tenantProcedure("owner", "admin")
    .input(z.object({ endpointId }))
    .mutation(({ ctx, input }) => deleteWebhook(ctx.service, input.endpointId)),
  sendTest: tenantProcedure("owner", "admin")
    .input(z.object({ endpointId }))
    .mutation(({ ctx, input }) => sendTestEvent(ctx.service, input.endpointId)),
});
