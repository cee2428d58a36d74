-- Hand-written: teacher.school_id means the teacher's school AS OF TODAY (China time), not the school
-- of the latest post. A transfer dated in two weeks must leave the teacher at the old school in the
-- lists and the scopes (which read this column through teacher_list_idx, with no join) until the day
-- comes. Today's school is the primary post covering today; else the latest past one (someone who has
-- left); else the first future one (someone who has not started yet).
CREATE FUNCTION tongxing_china_today() RETURNS date LANGUAGE sql STABLE AS $$
  SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date
$$;
--> statement-breakpoint
CREATE FUNCTION tongxing_school_on(p_tenant uuid, p_teacher uuid, p_day date) RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT p.school_id FROM post p
  WHERE p.tenant_id = p_tenant AND p.teacher_id = p_teacher AND p.is_primary
  ORDER BY p.start_date <= p_day DESC, CASE WHEN p.start_date <= p_day THEN p.start_date END DESC, p.start_date
  LIMIT 1
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tongxing_sync_teacher_school() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_school uuid;
BEGIN
  v_school := tongxing_school_on(NEW.tenant_id, NEW.teacher_id, tongxing_china_today());
  IF v_school IS NOT NULL THEN
    UPDATE teacher SET school_id = v_school
    WHERE tenant_id = NEW.tenant_id AND id = NEW.teacher_id AND school_id IS DISTINCT FROM v_school;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint

-- The trigger fixes a teacher when their posts change; a scheduled move falls due with no write at all,
-- so the server calls this at start and whenever the China date changes (tests pass a date).
-- SECURITY DEFINER, owned by the owner: this is the server's own daily work, not a user's request, and
-- it covers every city in one set-based statement. Under RLS it would need a transaction per tenant, and
-- the app cannot enumerate cities (it sees only the tenant it acts for). It is safe to expose: it takes
-- only a day, writes only the derived column from the same teacher's own posts (tenant_id matched on
-- both sides), and returns a count. Each change is audited like any update of teacher.
CREATE FUNCTION tongxing_refresh_teacher_schools(p_day date DEFAULT tongxing_china_today()) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_count integer;
BEGIN
  WITH on_day AS (
    SELECT DISTINCT ON (p.tenant_id, p.teacher_id) p.tenant_id, p.teacher_id, p.school_id
    FROM post p
    WHERE p.is_primary
    ORDER BY p.tenant_id, p.teacher_id, p.start_date <= p_day DESC,
      CASE WHEN p.start_date <= p_day THEN p.start_date END DESC, p.start_date
  )
  UPDATE teacher t SET school_id = d.school_id
  FROM on_day d
  WHERE t.tenant_id = d.tenant_id AND t.id = d.teacher_id AND t.school_id IS DISTINCT FROM d.school_id;
  GET DIAGNOSTICS v_count = ROW_COUNT;
  RETURN v_count;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION tongxing_refresh_teacher_schools(date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION tongxing_refresh_teacher_schools(date) TO tongxing_app;
--> statement-breakpoint
SELECT tongxing_refresh_teacher_schools();
