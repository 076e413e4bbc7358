CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"priority" smallint DEFAULT 1 NOT NULL,
	"runner_key" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_by" text,
	"lease_expires_at" timestamp with time zone,
	"cancel_requested" boolean DEFAULT false NOT NULL,
	"progress" jsonb,
	"output" text DEFAULT '' NOT NULL,
	"result" jsonb,
	"last_error" text,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"idempotency_key" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_tenant_id_organization_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "jobs_tenant_state_created_idx" ON "jobs" USING btree ("tenant_id","state","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "jobs_pending_idx" ON "jobs" USING btree ("tenant_id","priority","run_at") WHERE state = 'pending';--> statement-breakpoint
CREATE INDEX "jobs_running_lease_idx" ON "jobs" USING btree ("lease_expires_at") WHERE state = 'running';--> statement-breakpoint
CREATE INDEX "jobs_started_idx" ON "jobs" USING btree ("started_at") WHERE started_at is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_tenant_idempotency_idx" ON "jobs" USING btree ("tenant_id","idempotency_key") WHERE idempotency_key is not null;
--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_state_check" CHECK (state IN ('pending', 'running', 'succeeded', 'failed', 'cancelled'));
--> statement-breakpoint
SELECT brandsmith_enable_tenant_rls('jobs');
--> statement-breakpoint
-- The worker pool must see every tenant's pending jobs to schedule them
-- fairly. It does so as `brandsmith_queue`, a NOLOGIN role without BYPASSRLS
-- that app logins are granted WITH INHERIT FALSE: only a transaction that
-- runs `SET LOCAL ROLE brandsmith_queue` (the queue client's claim, lease and
-- completion statements) gets this policy, and that role can touch no other
-- table. Everything else the workers do runs as the app role under withTenant().
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'brandsmith_queue') THEN
    CREATE ROLE brandsmith_queue NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO brandsmith_queue;
--> statement-breakpoint
GRANT SELECT, UPDATE ON jobs TO brandsmith_queue;
--> statement-breakpoint
CREATE POLICY queue_workers ON jobs TO brandsmith_queue USING (true) WITH CHECK (true);
