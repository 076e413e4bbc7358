-- A variant whose generation job ended without writing it (out of attempts,
-- a non-retryable error, taken back from a lost worker, cancelled) is
-- "failed", with the reason in words, instead of "generating" forever; a
-- retry makes it "generating" again (src/server/campaigns/failed-drafts.ts).
ALTER TABLE "drafts" ADD COLUMN "failure" text;
--> statement-breakpoint
ALTER TABLE "drafts" DROP CONSTRAINT "drafts_status_check";
--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_status_check" CHECK (status IN ('generating', 'failed', 'draft', 'in_review', 'changes_requested', 'approved', 'rejected', 'exported'));
