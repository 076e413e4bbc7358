-- Wake the workers when jobs are inserted: one NOTIFY per INSERT statement,
-- delivered at commit, without a round trip of its own in every enqueue.
CREATE OR REPLACE FUNCTION brandsmith_jobs_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('brandsmith_jobs', '');
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS jobs_inserted ON jobs;
--> statement-breakpoint
CREATE TRIGGER jobs_inserted AFTER INSERT ON jobs FOR EACH STATEMENT EXECUTE FUNCTION brandsmith_jobs_inserted();
