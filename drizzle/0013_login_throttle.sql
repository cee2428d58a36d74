-- Hand-written: the login throttle's counters live in PostgreSQL, so they hold across restarts and for
-- several web processes. Not tenant data: a key is the SHA-256 of "a:<city>/<username>" or "i:<ip>"
-- (what was typed, whether or not such an account exists). The app role reaches the table only
-- through these functions; the window and limits are passed in by packages/auth (one policy source).
CREATE TABLE auth_throttle (
  key_hash bytea PRIMARY KEY,
  failures integer NOT NULL,
  window_started_at timestamptz NOT NULL
);
--> statement-breakpoint
REVOKE ALL ON auth_throttle FROM PUBLIC;
--> statement-breakpoint
CREATE FUNCTION auth_throttle_blocked_ms(p_keys bytea[], p_limits integer[], p_window_ms bigint, p_now timestamptz)
RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce(max(ceil(extract(epoch FROM t.window_started_at + make_interval(secs => p_window_ms / 1000.0) - p_now) * 1000)), 0)::bigint
  FROM unnest(p_keys, p_limits) AS k(key_hash, max_failures)
  JOIN auth_throttle t ON t.key_hash = k.key_hash
  WHERE t.failures >= k.max_failures AND t.window_started_at + make_interval(secs => p_window_ms / 1000.0) > p_now
$$;
--> statement-breakpoint
-- Counts one failure on each key: a key whose window has passed starts a new one. Rows a day past their
-- window are dropped on the way, so the table holds only what is being counted.
CREATE FUNCTION auth_throttle_fail(p_keys bytea[], p_window_ms bigint, p_now timestamptz)
RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_window interval := make_interval(secs => p_window_ms / 1000.0);
  v_failures integer;
BEGIN
  DELETE FROM auth_throttle WHERE window_started_at < p_now - v_window - interval '1 day';
  INSERT INTO auth_throttle AS t (key_hash, failures, window_started_at)
  SELECT k, 1, p_now FROM unnest(p_keys) AS k
  ON CONFLICT (key_hash) DO UPDATE SET
    failures = CASE WHEN t.window_started_at + v_window <= p_now THEN 1 ELSE t.failures + 1 END,
    window_started_at = CASE WHEN t.window_started_at + v_window <= p_now THEN p_now ELSE t.window_started_at END;
  SELECT failures INTO v_failures FROM auth_throttle WHERE key_hash = p_keys[1];
  RETURN v_failures;
END $$;
--> statement-breakpoint
CREATE FUNCTION auth_throttle_clear(p_key bytea)
RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DELETE FROM auth_throttle WHERE key_hash = p_key
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION auth_throttle_blocked_ms(bytea[], integer[], bigint, timestamptz) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION auth_throttle_fail(bytea[], bigint, timestamptz) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION auth_throttle_clear(bytea) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION auth_throttle_blocked_ms(bytea[], integer[], bigint, timestamptz) TO tongxing_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION auth_throttle_fail(bytea[], bigint, timestamptz) TO tongxing_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION auth_throttle_clear(bytea) TO tongxing_app;
