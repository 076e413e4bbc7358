-- Each process's report of each model host (server/models/host-directory.ts):
-- health, loaded runners, in-flight requests, requests and reloads. Routing
-- by runner key (domain/host-ring.ts) and the queue's affinity read the sum
-- of every process's reports, so all workers share one view of the hosts.
--
-- Not tenant data: a host serves every tenant, so no tenant_id and no
-- row-level security. The grant is repeated here so it does not depend on
-- which role runs this migration (as in 0017).
CREATE TABLE "model_host_reports" (
	"host_url" text NOT NULL,
	"process_id" text NOT NULL,
	"engine" text DEFAULT 'ollama' NOT NULL,
	"healthy" boolean NOT NULL,
	"slots" integer NOT NULL,
	"version" text,
	"loaded" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"last_error" text,
	"checked_at" timestamp with time zone,
	"in_flight" integer DEFAULT 0 NOT NULL,
	"requests" bigint DEFAULT 0 NOT NULL,
	"reloads" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "model_host_reports_host_url_process_id_pk" PRIMARY KEY("host_url","process_id")
);
--> statement-breakpoint
CREATE INDEX "model_host_reports_updated_at_idx" ON "model_host_reports" USING btree ("updated_at");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "model_host_reports" TO brandsmith_app;
