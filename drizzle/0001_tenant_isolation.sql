-- Tenant isolation (ARCHITECTURE §3).
--
-- The application connects as a member of `brandsmith_app`: no superuser, no
-- BYPASSRLS, not the owner of any table. Every table with a `tenant_id` column
-- gets row-level security, FORCED so that even the owner is subject to it, with
-- one policy: a row is visible and writable only when its tenant_id equals the
-- transaction's `app.tenant_id` (set by withTenant() with a bound parameter).
-- Unset or empty `app.tenant_id` matches nothing.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'brandsmith_app') THEN
    CREATE ROLE brandsmith_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO brandsmith_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO brandsmith_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO brandsmith_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO brandsmith_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO brandsmith_app;
--> statement-breakpoint
-- Later migrations call this for each new tenant table, so the policy is
-- written once.
CREATE OR REPLACE FUNCTION brandsmith_enable_tenant_rls(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', target);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s '
    'USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
    'WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)',
    target);
END
$$;
--> statement-breakpoint
SELECT brandsmith_enable_tenant_rls('audit_events');
