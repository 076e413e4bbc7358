ALTER TABLE "builtin_models" ADD COLUMN "previous" jsonb;--> statement-breakpoint
ALTER TABLE "builtin_models" ADD COLUMN "held_back" jsonb;--> statement-breakpoint
ALTER TABLE "builtin_models" ADD COLUMN "evaluation" jsonb;