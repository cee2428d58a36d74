-- Hand-written rules of the register that drizzle-kit does not emit.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('location_class', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('post', true);
--> statement-breakpoint

-- A post is a non-empty half-open interval; a teacher has at most one primary post on any day.
ALTER TABLE post ADD CONSTRAINT post_dates_check CHECK (end_date IS NULL OR end_date > start_date);
--> statement-breakpoint
ALTER TABLE post ADD CONSTRAINT post_one_primary_per_day
  EXCLUDE USING gist (tenant_id WITH =, teacher_id WITH =, daterange(start_date, end_date, '[)') WITH &&)
  WHERE (is_primary);
--> statement-breakpoint
ALTER TABLE school ADD CONSTRAINT school_dates_check CHECK (closed_on IS NULL OR opened_on IS NULL OR closed_on > opened_on);
--> statement-breakpoint
CREATE INDEX teacher_name_trgm_idx ON teacher USING gin (name gin_trgm_ops);
--> statement-breakpoint

-- teacher.school_id is the school of the teacher's latest primary post: lists and scopes read it
-- without a join, and this trigger is the only writer after the teacher's first post.
CREATE FUNCTION tongxing_sync_teacher_school() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_school uuid;
BEGIN
  SELECT p.school_id INTO v_school FROM post p
  WHERE p.tenant_id = NEW.tenant_id AND p.teacher_id = NEW.teacher_id AND p.is_primary
  ORDER BY p.start_date DESC LIMIT 1;
  IF v_school IS NOT NULL THEN
    UPDATE teacher SET school_id = v_school
    WHERE tenant_id = NEW.tenant_id AND id = NEW.teacher_id AND school_id IS DISTINCT FROM v_school;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_sync_teacher_school AFTER INSERT OR UPDATE ON post
  FOR EACH ROW EXECUTE FUNCTION tongxing_sync_teacher_school();
--> statement-breakpoint

-- Every city starts with the location classes of the sources; it may add its own tiers later.
-- SECURITY DEFINER: the new tenant's rows are written while the operator's transaction acts for the
-- platform tenant, which RLS would otherwise refuse.
CREATE FUNCTION tongxing_default_location_classes() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT NEW.is_platform THEN
    INSERT INTO location_class (tenant_id, name, sort_order)
    SELECT NEW.id, c.name, c.ord FROM unnest(ARRAY['城市', '县城', '乡镇', '村小', '教学点']) WITH ORDINALITY AS c(name, ord);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tenant_default_location_classes AFTER INSERT ON tenant
  FOR EACH ROW EXECUTE FUNCTION tongxing_default_location_classes();
--> statement-breakpoint
INSERT INTO location_class (tenant_id, name, sort_order)
SELECT t.id, c.name, c.ord FROM tenant t
CROSS JOIN unnest(ARRAY['城市', '县城', '乡镇', '村小', '教学点']) WITH ORDINALITY AS c(name, ord)
WHERE NOT t.is_platform
ON CONFLICT DO NOTHING;
