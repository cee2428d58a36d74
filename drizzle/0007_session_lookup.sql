-- Reading a session cookie is on every request: return the session with its user and tenant in one
-- statement, so the common case (valid, no hourly bump) needs no transaction at all.
DROP FUNCTION auth_session_candidate(text);
--> statement-breakpoint
CREATE FUNCTION auth_session_candidate(p_session_id text)
RETURNS TABLE (
  tenant_id uuid, user_id uuid, secret_hash bytea, created_at timestamptz, last_verified_at timestamptz,
  username text, display_name text, role text, county_id uuid, school_id uuid, teacher_id uuid,
  must_change_password boolean, user_disabled boolean,
  tenant_code text, tenant_name text, is_platform boolean, tenant_disabled boolean
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT s.tenant_id, s.user_id, s.secret_hash, s.created_at, s.last_verified_at,
    u.username, u.display_name, u.role, u.county_id, u.school_id, u.teacher_id,
    u.must_change_password, u.disabled_at IS NOT NULL,
    t.code, t.name, t.is_platform, t.disabled_at IS NOT NULL
  FROM session s
  JOIN app_user u ON u.tenant_id = s.tenant_id AND u.id = s.user_id
  JOIN tenant t ON t.id = s.tenant_id
  WHERE s.id = p_session_id
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION auth_session_candidate(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION auth_session_candidate(text) TO tongxing_app;
