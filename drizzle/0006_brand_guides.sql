CREATE TABLE "brand_chunks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"guide_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"section" text NOT NULL,
	"page" integer,
	"text" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', coalesce(section, '') || ' ' || text)) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "brand_guide_files" (
	"guide_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"data" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "brand_guides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"kind" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"error" text,
	"pages" integer,
	"chunks" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "brand_chunks" ADD CONSTRAINT "brand_chunks_tenant_id_organization_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_chunks" ADD CONSTRAINT "brand_chunks_guide_id_brand_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."brand_guides"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_guide_files" ADD CONSTRAINT "brand_guide_files_guide_id_brand_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."brand_guides"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_guide_files" ADD CONSTRAINT "brand_guide_files_tenant_id_organization_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_guides" ADD CONSTRAINT "brand_guides_tenant_id_organization_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_guides" ADD CONSTRAINT "brand_guides_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "brand_chunks_tenant_guide_idx" ON "brand_chunks" USING btree ("tenant_id","guide_id","ordinal");--> statement-breakpoint
CREATE INDEX "brand_chunks_search_idx" ON "brand_chunks" USING gin ("search");--> statement-breakpoint
CREATE INDEX "brand_guide_files_tenant_idx" ON "brand_guide_files" USING btree ("tenant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "brand_guides_tenant_sha_idx" ON "brand_guides" USING btree ("tenant_id","sha256");--> statement-breakpoint
CREATE INDEX "brand_guides_tenant_created_idx" ON "brand_guides" USING btree ("tenant_id","created_at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "brand_guides" ADD CONSTRAINT "brand_guides_status_check" CHECK (status IN ('pending', 'processing', 'ready', 'failed'));
--> statement-breakpoint
SELECT brandsmith_enable_tenant_rls('brand_guides');
--> statement-breakpoint
SELECT brandsmith_enable_tenant_rls('brand_guide_files');
--> statement-breakpoint
SELECT brandsmith_enable_tenant_rls('brand_chunks');
