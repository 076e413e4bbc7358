ALTER TABLE "draft_revisions" ADD COLUMN "quality" jsonb;--> statement-breakpoint
ALTER TABLE "draft_revisions" ADD COLUMN "quality_score" integer;--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN "quality_score" integer;--> statement-breakpoint
ALTER TABLE "review_policies" ADD COLUMN "min_quality" integer;