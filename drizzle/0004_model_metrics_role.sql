-- /api/metrics reports time to first token and tokens per second per model
-- across all tenants. It reads them as `brandsmith_metrics`: a NOLOGIN role
-- without BYPASSRLS that may SELECT only these columns of generations (no
-- prompt, no output, no tenant), through a policy of its own. App logins are
-- granted it WITH INHERIT FALSE, like brandsmith_queue: only an explicit
-- SET LOCAL ROLE uses it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'brandsmith_metrics') THEN
    CREATE ROLE brandsmith_metrics NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO brandsmith_metrics;
--> statement-breakpoint
GRANT SELECT (model_name, ttft_ms, completion_tokens, eval_ms) ON generations TO brandsmith_metrics;
--> statement-breakpoint
CREATE POLICY model_metrics ON generations FOR SELECT TO brandsmith_metrics USING (true);
