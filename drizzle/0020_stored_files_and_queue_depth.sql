ALTER TABLE "brand_guide_files" ALTER COLUMN "data" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "catalog_imports" ALTER COLUMN "file" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "brand_guide_files" ADD COLUMN "storage_key" text;--> statement-breakpoint
ALTER TABLE "brand_kits" ADD COLUMN "logo_key" text;--> statement-breakpoint
ALTER TABLE "catalog_imports" ADD COLUMN "file_key" text;--> statement-breakpoint
-- What KEDA scales the worker pool on (deploy/kubernetes, README → Scaling):
-- the jobs a worker could start right now, per class. Runnable means pending
-- and due (not deferred to a later run_at), or running on a lease that lapsed
-- (its worker is gone: a live worker must take it back, even when the pool is
-- at zero). Always one row per class, so the scaler never reads "no rows".
CREATE VIEW "queue_runnable_jobs" AS
SELECT c.class, coalesce(j.runnable, 0)::integer AS runnable
FROM (VALUES ('interactive'), ('batch')) AS c(class)
LEFT JOIN (
  SELECT CASE WHEN priority = 0 THEN 'interactive' ELSE 'batch' END AS class, count(*) AS runnable
  FROM jobs
  WHERE (state = 'pending' AND run_at <= now())
     OR (state = 'running' AND lease_expires_at < now())
  GROUP BY 1
) j ON j.class = c.class;
--> statement-breakpoint
-- The view reads jobs as its owner; jobs forces row-level security, so it is
-- owned by brandsmith_queue, whose policy (0002) sees every tenant's jobs. The
-- view shows counts only: no tenant, no payload.
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'brandsmith_queue', 'SET') THEN
    EXECUTE format('GRANT brandsmith_queue TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO brandsmith_queue;
--> statement-breakpoint
ALTER VIEW "queue_runnable_jobs" OWNER TO brandsmith_queue;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM brandsmith_queue;
--> statement-breakpoint
-- KEDA's PostgreSQL scaler logs in as a member of brandsmith_queue_depth
-- (`npm run db:migrate` creates that login from QUEUE_DEPTH_DATABASE_URL):
-- it may read this view and nothing else.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'brandsmith_queue_depth') THEN
    CREATE ROLE brandsmith_queue_depth NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO brandsmith_queue_depth;
--> statement-breakpoint
GRANT SELECT ON "queue_runnable_jobs" TO brandsmith_queue_depth;
--> statement-breakpoint
-- Web and worker pods wait until every migration is applied (scripts/wait-for-schema.ts),
-- reading which ones are as the app's login.
GRANT USAGE ON SCHEMA drizzle TO brandsmith_app;
--> statement-breakpoint
GRANT SELECT ON drizzle.__drizzle_migrations TO brandsmith_app;
