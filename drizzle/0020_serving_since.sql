ALTER TABLE "teacher" ADD COLUMN "serving_since" date;--> statement-breakpoint
-- Hand-written: teacher.serving_since is when the teacher started, the first primary post's start. The
-- training cycle counts a mid-cycle joiner from it, and the compliance list reads it for every teacher
-- of a county, so it is kept here beside school_id by the same trigger rather than looked up per row.
CREATE OR REPLACE FUNCTION tongxing_sync_teacher_school() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_school uuid;
  v_since date;
BEGIN
  v_school := tongxing_school_on(NEW.tenant_id, NEW.teacher_id, tongxing_china_today());
  SELECT min(p.start_date) INTO v_since FROM post p
  WHERE p.tenant_id = NEW.tenant_id AND p.teacher_id = NEW.teacher_id AND p.is_primary;
  IF v_school IS NOT NULL THEN
    UPDATE teacher SET school_id = v_school, serving_since = v_since
    WHERE tenant_id = NEW.tenant_id AND id = NEW.teacher_id
      AND (school_id IS DISTINCT FROM v_school OR serving_since IS DISTINCT FROM v_since);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
UPDATE teacher t SET serving_since = f.since
FROM (SELECT tenant_id, teacher_id, min(start_date) AS since FROM post WHERE is_primary GROUP BY tenant_id, teacher_id) f
WHERE t.tenant_id = f.tenant_id AND t.id = f.teacher_id;
