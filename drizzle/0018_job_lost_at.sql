-- When a lost job's worker was lost (src/server/db/schema/jobs.ts): taken back jobs keep
-- their run_at and priority, so this is what measures how long they waited to restart.
ALTER TABLE "jobs" ADD COLUMN "lost_at" timestamp with time zone;
