-- Cross-city matching without sharing personal data (issue 12): each teacher carries a keyed hash of their
-- ID number (HMAC-SHA-256 with a platform secret that no city can read), and one function tells a city
-- which of its own teachers another city also has on its register or a sheet in a month — nothing else.
CREATE EXTENSION IF NOT EXISTS pgcrypto;
--> statement-breakpoint
-- The platform's secrets, readable by the owner alone (the app role has no grant on it).
CREATE TABLE platform_secret (
  name text PRIMARY KEY,
  secret bytea NOT NULL CHECK (length(secret) >= 32)
);
--> statement-breakpoint
REVOKE ALL ON platform_secret FROM PUBLIC;
--> statement-breakpoint
INSERT INTO platform_secret (name, secret) VALUES ('id_number_hmac', gen_random_bytes(32));
--> statement-breakpoint
-- Not in the drizzle schema on purpose: no query of the app selects it; only the match function reads it.
ALTER TABLE teacher ADD COLUMN id_hash bytea;
--> statement-breakpoint
CREATE FUNCTION tongxing_id_hash(p_id_number text) RETURNS bytea
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT hmac(convert_to(p_id_number, 'UTF8'), secret, 'sha256') FROM platform_secret WHERE name = 'id_number_hmac'
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION tongxing_id_hash(text) FROM PUBLIC;
--> statement-breakpoint
CREATE FUNCTION tongxing_teacher_id_hash() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  NEW.id_hash := tongxing_id_hash(NEW.id_number);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER teacher_id_hash BEFORE INSERT OR UPDATE OF id_number ON teacher
  FOR EACH ROW EXECUTE FUNCTION tongxing_teacher_id_hash();
--> statement-breakpoint
-- The backfill is not a change anyone made: no audit event, no new updated_at.
ALTER TABLE teacher DISABLE TRIGGER USER;
--> statement-breakpoint
UPDATE teacher SET id_hash = tongxing_id_hash(id_number);
--> statement-breakpoint
ALTER TABLE teacher ENABLE TRIGGER USER;
--> statement-breakpoint
ALTER TABLE teacher ALTER COLUMN id_hash SET NOT NULL;
--> statement-breakpoint
-- The hash stays out of the audit log, like the derived county.
DROP TRIGGER audit_row ON teacher;
--> statement-breakpoint
CREATE TRIGGER audit_row AFTER INSERT OR DELETE OR UPDATE ON teacher
  FOR EACH ROW EXECUTE FUNCTION tongxing_audit_row('county_id', 'id_hash');
--> statement-breakpoint
CREATE INDEX teacher_id_hash_idx ON teacher (id_hash);
--> statement-breakpoint
-- The calling city's teachers (app.tenant_id: a city asks only about its own) who are, in the month, on its
-- register (a primary post overlapping it) or on one of its sheets, and whose keyed hash another city has on
-- its register or sheets in the same month. It returns the city's own teacher ids and nothing of the other
-- city: not which city, nor its school, dates or amounts. SECURITY DEFINER because no city's role can see
-- another's rows; the comparison is of hashes only.
CREATE FUNCTION tongxing_cross_city_matches(p_month text) RETURNS TABLE (teacher_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH me AS (SELECT nullif(current_setting('app.tenant_id', true), '')::uuid AS tenant_id),
  span AS (SELECT to_date(p_month, 'YYYY-MM') AS first_day, (to_date(p_month, 'YYYY-MM') + interval '1 month')::date AS next_first)
  SELECT t.id FROM teacher t, me, span
  WHERE t.tenant_id = me.tenant_id
    AND (EXISTS (SELECT 1 FROM post p WHERE p.tenant_id = t.tenant_id AND p.teacher_id = t.id AND p.is_primary
                   AND p.start_date < span.next_first AND (p.end_date IS NULL OR p.end_date > span.first_day))
      OR EXISTS (SELECT 1 FROM allowance_line l JOIN allowance_sheet s ON s.tenant_id = l.tenant_id AND s.id = l.sheet_id
                   WHERE l.tenant_id = t.tenant_id AND l.teacher_id = t.id AND s.month = p_month))
    AND EXISTS (
      SELECT 1 FROM teacher o
      WHERE o.id_hash = t.id_hash AND o.tenant_id <> t.tenant_id
        AND (EXISTS (SELECT 1 FROM post p WHERE p.tenant_id = o.tenant_id AND p.teacher_id = o.id AND p.is_primary
                       AND p.start_date < span.next_first AND (p.end_date IS NULL OR p.end_date > span.first_day))
          OR EXISTS (SELECT 1 FROM allowance_line l JOIN allowance_sheet s ON s.tenant_id = l.tenant_id AND s.id = l.sheet_id
                       WHERE l.tenant_id = o.tenant_id AND l.teacher_id = o.id AND s.month = p_month)))
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION tongxing_cross_city_matches(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION tongxing_cross_city_matches(text) TO tongxing_app;
