CREATE TABLE "generations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"job_id" uuid,
	"tenant_model_id" uuid,
	"kind" text NOT NULL,
	"model_name" text NOT NULL,
	"host" text NOT NULL,
	"prompt" text NOT NULL,
	"output" text NOT NULL,
	"prompt_tokens" integer NOT NULL,
	"completion_tokens" integer NOT NULL,
	"total_ms" real NOT NULL,
	"load_ms" real NOT NULL,
	"eval_ms" real NOT NULL,
	"ttft_ms" real NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenant_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"base" text NOT NULL,
	"ollama_name" text NOT NULL,
	"spec" jsonb NOT NULL,
	"runner_key" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"host_status" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ready_at" timestamp with time zone,
	"activated_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "generations" ADD CONSTRAINT "generations_tenant_id_organization_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generations" ADD CONSTRAINT "generations_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generations" ADD CONSTRAINT "generations_tenant_model_id_tenant_models_id_fk" FOREIGN KEY ("tenant_model_id") REFERENCES "public"."tenant_models"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generations" ADD CONSTRAINT "generations_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_models" ADD CONSTRAINT "tenant_models_tenant_id_organization_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_models" ADD CONSTRAINT "tenant_models_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "generations_tenant_created_idx" ON "generations" USING btree ("tenant_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "generations_tenant_model_idx" ON "generations" USING btree ("tenant_id","tenant_model_id");--> statement-breakpoint
CREATE UNIQUE INDEX "generations_job_idx" ON "generations" USING btree ("job_id") WHERE job_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "tenant_models_tenant_version_idx" ON "tenant_models" USING btree ("tenant_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "tenant_models_one_active_idx" ON "tenant_models" USING btree ("tenant_id") WHERE active;--> statement-breakpoint
ALTER TABLE "tenant_models" ADD CONSTRAINT "tenant_models_status_check" CHECK (status IN ('pending', 'creating', 'ready', 'failed'));
--> statement-breakpoint
SELECT brandsmith_enable_tenant_rls('tenant_models');
--> statement-breakpoint
SELECT brandsmith_enable_tenant_rls('generations');
