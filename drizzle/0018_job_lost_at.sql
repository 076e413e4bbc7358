-- When a running job's worker was lost or gave it back (src/server/db/schema/jobs.ts):
-- such a job keeps its run_at and priority and goes first in its class; this
-- marks it and measures how long it waited to restart.
ALTER TABLE "jobs" ADD COLUMN "lost_at" timestamp with time zone;
--> statement-breakpoint
-- Taken-back jobs go first; this finds them without scanning a tenant's backlog.
CREATE INDEX "jobs_resumed_idx" ON "jobs" USING btree ("tenant_id","priority","run_at") WHERE state = 'pending' and lost_at is not null;
