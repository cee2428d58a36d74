ALTER TABLE "school" ADD CONSTRAINT "school_tenant_id_county_id_key" UNIQUE("tenant_id","id","county_id");--> statement-breakpoint
ALTER TABLE "teacher" ADD COLUMN "county_id" uuid;--> statement-breakpoint
-- Hand-written: teacher.county_id is the county of teacher.school_id, so that a county's teachers in name
-- order, and how many there are, come from one index (teacher_county_list_idx) with no join to school
-- (the compliance list read a county's 3,820 teachers through its 40 schools and sorted them by name).
-- teacher_school_fk now references the school with its county, so the two cannot disagree and a school
-- moved to another county carries its teachers along. The backfill restates each teacher's school: it is
-- not an edit, so it is neither audited nor stamped in updated_at.
ALTER TABLE teacher DISABLE TRIGGER audit_row;--> statement-breakpoint
ALTER TABLE teacher DISABLE TRIGGER touch_updated_at;--> statement-breakpoint
UPDATE teacher t SET county_id = s.county_id FROM school s WHERE s.tenant_id = t.tenant_id AND s.id = t.school_id;--> statement-breakpoint
ALTER TABLE teacher ENABLE TRIGGER touch_updated_at;--> statement-breakpoint
ALTER TABLE teacher ENABLE TRIGGER audit_row;--> statement-breakpoint
ALTER TABLE "teacher" ALTER COLUMN "county_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "teacher" DROP CONSTRAINT "teacher_school_fk";--> statement-breakpoint
ALTER TABLE "teacher" ADD CONSTRAINT "teacher_school_fk" FOREIGN KEY ("tenant_id","school_id","county_id") REFERENCES "public"."school"("tenant_id","id","county_id") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
-- school_id is included so that the list's page and count read the index alone: the join to school asks for
-- the column even where PostgreSQL drops the join, and a county officer's scope joins on it.
CREATE INDEX teacher_county_list_idx ON teacher (tenant_id, county_id, name, id) INCLUDE (school_id);--> statement-breakpoint
-- The audit log says where a teacher moved by school_id; the county would restate it.
DROP TRIGGER audit_row ON teacher;--> statement-breakpoint
CREATE TRIGGER audit_row AFTER INSERT OR DELETE OR UPDATE ON teacher
  FOR EACH ROW EXECUTE FUNCTION tongxing_audit_row('county_id');--> statement-breakpoint
CREATE OR REPLACE FUNCTION tongxing_sync_teacher_school() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_school uuid;
  v_since date;
BEGIN
  v_school := tongxing_school_on(NEW.tenant_id, NEW.teacher_id, tongxing_china_today());
  SELECT min(p.start_date) INTO v_since FROM post p
  WHERE p.tenant_id = NEW.tenant_id AND p.teacher_id = NEW.teacher_id AND p.is_primary;
  IF v_school IS NOT NULL THEN
    UPDATE teacher SET school_id = v_school, serving_since = v_since,
      county_id = (SELECT s.county_id FROM school s WHERE s.tenant_id = NEW.tenant_id AND s.id = v_school)
    WHERE tenant_id = NEW.tenant_id AND id = NEW.teacher_id
      AND (school_id IS DISTINCT FROM v_school OR serving_since IS DISTINCT FROM v_since);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tongxing_refresh_teacher_schools(p_day date DEFAULT tongxing_china_today()) RETURNS integer
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
  UPDATE teacher t SET school_id = d.school_id, county_id = s.county_id
  FROM on_day d JOIN school s ON s.tenant_id = d.tenant_id AND s.id = d.school_id
  WHERE t.tenant_id = d.tenant_id AND t.id = d.teacher_id AND t.school_id IS DISTINCT FROM d.school_id;
  GET DIAGNOSTICS v_count = ROW_COUNT;
  RETURN v_count;
END $$;
