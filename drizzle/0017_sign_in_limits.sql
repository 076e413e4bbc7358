-- Sign-in and sign-up attempt counters (server/auth/sign-in-limits.ts).
--
-- Not tenant data: an attempt belongs to no tenant, so the table has no
-- tenant_id and no row-level security. The app login reaches it through
-- brandsmith_app, like every table (0001's default privileges); the grant is
-- repeated here so it does not depend on which role runs this migration.
CREATE TABLE "sign_in_limits" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sign_in_limits_updated_at_idx" ON "sign_in_limits" USING btree ("updated_at");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "sign_in_limits" TO brandsmith_app;
