CREATE TABLE "builtin_models" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"model" jsonb NOT NULL,
	"voice_lines" jsonb NOT NULL,
	"documents" integer NOT NULL,
	"tokens" integer NOT NULL,
	"train_ms" real NOT NULL,
	"trained_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "brand_profiles" ADD COLUMN "extracted_by" text;--> statement-breakpoint
ALTER TABLE "builtin_models" ADD CONSTRAINT "builtin_models_tenant_id_organization_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
SELECT brandsmith_enable_tenant_rls('builtin_models');
