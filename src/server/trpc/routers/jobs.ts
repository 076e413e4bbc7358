import { z } from "zod";
import { JOB_STATES } from "@/server/db/schema";
import { cancelJob, getJob, jobTypes, listJobs, redriveDeadLetters, retryJob } from "@/server/services/jobs";
import { createTRPCRouter, tenantProcedure } from "../init";

const jobId = z.uuid({ message: "That job id is not valid. Reload the page." });
const admins = () => tenantProcedure("owner", "admin");

export const jobsRouter = createTRPCRouter({
  list: admins()
    .input(z.object({ state: z.enum(JOB_STATES).optional(), limit: z.number().int().min(1).max(200).default(50), before: z.date().optional() }))
    .query(({ ctx, input }) => listJobs(ctx.service, input)),

  types: admins().query(({ ctx }) => jobTypes(ctx.service)),

  /** Any member may watch a job of their workspace (their own generations, for example). */
  get: tenantProcedure()
    .input(z.object({ jobId }))
    .query(({ ctx, input }) => getJob(ctx.service, input.jobId)),

  cancel: admins()
    .input(z.object({ jobId }))
    .mutation(({ ctx, input }) => cancelJob(ctx.service, input.jobId)),

  retry: admins()
    .input(z.object({ jobId }))
    .mutation(({ ctx, input }) => retryJob(ctx.service, input.jobId)),

  redrive: admins()
    .input(z.object({ type: z.string().max(100).optional() }))
    .mutation(({ ctx, input }) => redriveDeadLetters(ctx.service, input)),
});
