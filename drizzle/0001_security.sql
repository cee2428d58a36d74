-- Hand-written: what drizzle-kit does not emit. Runs as the owner role.
-- The app role owns nothing and cannot bypass row-level security.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tongxing_app') THEN
    CREATE ROLE tongxing_app NOLOGIN NOBYPASSRLS NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tongxing_app;
--> statement-breakpoint

-- Keeps updated_at true without every writer remembering it.
CREATE FUNCTION tongxing_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;
--> statement-breakpoint

-- Every write to an audited table lands in audit_event with before/after, the acting user and IP,
-- taken from the transaction settings that the tenant transaction helper sets.
CREATE FUNCTION tongxing_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_before jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) - 'password_hash' END;
  v_after jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) - 'password_hash' END;
  v_row jsonb := coalesce(v_after, v_before);
BEGIN
  INSERT INTO audit_event (tenant_id, actor_user_id, action, entity, entity_id, before, after, ip)
  VALUES (
    coalesce(v_row ->> 'tenant_id', '00000000-0000-0000-0000-000000000001')::uuid,
    nullif(current_setting('app.user_id', true), '')::uuid,
    lower(TG_OP),
    TG_TABLE_NAME,
    v_row ->> 'id',
    v_before,
    v_after,
    nullif(current_setting('app.client_ip', true), '')
  );
  RETURN coalesce(NEW, OLD);
END $$;
--> statement-breakpoint

-- One call per tenant-owned table: RLS enabled and forced, one policy on app.tenant_id,
-- and the app role's grants. A table with no tenant set sees no rows.
CREATE FUNCTION tongxing_secure_tenant_table(p_table regclass, p_audited boolean) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', p_table);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', p_table);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s FOR ALL TO PUBLIC '
    'USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
    'WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)',
    p_table);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO tongxing_app', p_table);
  IF p_audited THEN
    EXECUTE format(
      'CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON %s '
      'FOR EACH ROW EXECUTE FUNCTION tongxing_audit_row()', p_table);
    EXECUTE format(
      'CREATE TRIGGER touch_updated_at BEFORE UPDATE ON %s '
      'FOR EACH ROW EXECUTE FUNCTION tongxing_touch_updated_at()', p_table);
  END IF;
END $$;
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('county', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('school', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('teacher', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('app_user', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('session', false);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('audit_event', false);
--> statement-breakpoint

-- The audit log is append-only: the app role may insert and read it, and nobody may change it.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM tongxing_app;
--> statement-breakpoint
CREATE FUNCTION tongxing_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION tongxing_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION tongxing_refuse_change();
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO tongxing_app;
--> statement-breakpoint

-- Tenants: anyone may read names and codes (the login page lists cities);
-- only a transaction acting for the platform tenant may create or change one.
INSERT INTO tenant (id, code, name, province, is_platform)
VALUES ('00000000-0000-0000-0000-000000000001', 'platform', '平台运营', '—', true);
--> statement-breakpoint
ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_read ON tenant FOR SELECT TO PUBLIC USING (true);
--> statement-breakpoint
CREATE POLICY tenant_platform_insert ON tenant FOR INSERT TO PUBLIC
  WITH CHECK (current_setting('app.tenant_id', true) = '00000000-0000-0000-0000-000000000001' AND NOT is_platform);
--> statement-breakpoint
CREATE POLICY tenant_platform_update ON tenant FOR UPDATE TO PUBLIC
  USING (current_setting('app.tenant_id', true) = '00000000-0000-0000-0000-000000000001' AND NOT is_platform);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON tenant TO tongxing_app;
--> statement-breakpoint
-- Changes to a tenant row (which has no tenant_id) are audited in the platform tenant.
CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON tenant
  FOR EACH ROW EXECUTE FUNCTION tongxing_audit_row();
--> statement-breakpoint

-- Before a tenant is known (login, reading a session cookie) the app may call exactly these two
-- look-ups. They run as the owner, which bypasses RLS, and return the minimum the caller needs.
CREATE FUNCTION auth_login_candidate(p_tenant_code text, p_username text)
RETURNS TABLE (tenant_id uuid, tenant_disabled boolean, user_id uuid, password_hash text, user_disabled boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT t.id, t.disabled_at IS NOT NULL, u.id, u.password_hash, u.disabled_at IS NOT NULL
  FROM tenant t
  LEFT JOIN app_user u ON u.tenant_id = t.id AND u.username = p_username
  WHERE t.code = p_tenant_code
$$;
--> statement-breakpoint
CREATE FUNCTION auth_session_candidate(p_session_id text)
RETURNS TABLE (tenant_id uuid, user_id uuid, secret_hash bytea, created_at timestamptz, last_verified_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT s.tenant_id, s.user_id, s.secret_hash, s.created_at, s.last_verified_at
  FROM session s
  WHERE s.id = p_session_id
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION auth_login_candidate(text, text) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION auth_session_candidate(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION auth_login_candidate(text, text) TO tongxing_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION auth_session_candidate(text) TO tongxing_app;
