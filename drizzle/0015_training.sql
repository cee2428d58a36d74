CREATE TABLE "teacher_away" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"teacher_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"source" text NOT NULL,
	"source_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teacher_away_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "teacher_away_source_key" UNIQUE("tenant_id","source","source_id")
);
--> statement-breakpoint
CREATE TABLE "training_cohort" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"name" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"place" text,
	"capacity" integer NOT NULL,
	"hours" integer NOT NULL,
	"completion_rule" jsonb NOT NULL,
	"application_open" boolean DEFAULT false NOT NULL,
	"off_the_job" boolean NOT NULL,
	"held" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_cohort_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_cohort_capacity_full" CHECK ("training_cohort"."held" between 0 and "training_cohort"."capacity"),
	CONSTRAINT "training_cohort_dates" CHECK ("training_cohort"."end_date" >= "training_cohort"."start_date"),
	CONSTRAINT "training_cohort_hours" CHECK ("training_cohort"."hours" between 0 and 2000 and "training_cohort"."capacity" between 1 and 100000)
);
--> statement-breakpoint
CREATE TABLE "training_cycle" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"required_hours" integer NOT NULL,
	"min_hours_by_level" jsonb NOT NULL,
	"joiners" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_cycle_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_enrolment" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"county_id" uuid NOT NULL,
	"state" text NOT NULL,
	"origin" text NOT NULL,
	"reason" text,
	"result" text,
	"waitlisted_at" timestamp with time zone,
	"waitlisted_for" text,
	"created_by" uuid NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_enrolment_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_enrolment_cohort_teacher_key" UNIQUE("tenant_id","cohort_id","teacher_id")
);
--> statement-breakpoint
CREATE TABLE "training_hours_entry" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"teacher_id" uuid NOT NULL,
	"hours" integer NOT NULL,
	"level" text NOT NULL,
	"title" text NOT NULL,
	"source" text NOT NULL,
	"completed_on" date NOT NULL,
	"enrolment_id" uuid,
	"certificate_no" text,
	"reverses_id" uuid,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_hours_entry_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_hours_entry_hours" CHECK ("training_hours_entry"."hours" between -2000 and 2000 and "training_hours_entry"."hours" <> 0)
);
--> statement-breakpoint
CREATE TABLE "training_level" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_level_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_level_tenant_name_key" UNIQUE("tenant_id","name")
);
--> statement-breakpoint
CREATE TABLE "training_programme" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"form" text NOT NULL,
	"county_id" uuid,
	"provider" text,
	"partner" text,
	"funding" text,
	"document_no" text,
	"description" text,
	"target" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_programme_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_quota" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"county_id" uuid NOT NULL,
	"places" integer NOT NULL,
	"held" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_quota_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_quota_cohort_county_key" UNIQUE("tenant_id","cohort_id","county_id"),
	CONSTRAINT "training_quota_full" CHECK ("training_quota"."held" between 0 and "training_quota"."places")
);
--> statement-breakpoint
ALTER TABLE "teacher_away" ADD CONSTRAINT "teacher_away_teacher_fk" FOREIGN KEY ("tenant_id","teacher_id") REFERENCES "public"."teacher"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_cohort" ADD CONSTRAINT "training_cohort_programme_fk" FOREIGN KEY ("tenant_id","programme_id") REFERENCES "public"."training_programme"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_cycle" ADD CONSTRAINT "training_cycle_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolment" ADD CONSTRAINT "training_enrolment_cohort_fk" FOREIGN KEY ("tenant_id","cohort_id") REFERENCES "public"."training_cohort"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolment" ADD CONSTRAINT "training_enrolment_teacher_fk" FOREIGN KEY ("tenant_id","teacher_id") REFERENCES "public"."teacher"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolment" ADD CONSTRAINT "training_enrolment_county_fk" FOREIGN KEY ("tenant_id","county_id") REFERENCES "public"."county"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolment" ADD CONSTRAINT "training_enrolment_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolment" ADD CONSTRAINT "training_enrolment_decided_by_fk" FOREIGN KEY ("tenant_id","decided_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_hours_entry" ADD CONSTRAINT "training_hours_entry_teacher_fk" FOREIGN KEY ("tenant_id","teacher_id") REFERENCES "public"."teacher"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_hours_entry" ADD CONSTRAINT "training_hours_entry_enrolment_fk" FOREIGN KEY ("tenant_id","enrolment_id") REFERENCES "public"."training_enrolment"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_hours_entry" ADD CONSTRAINT "training_hours_entry_reverses_fk" FOREIGN KEY ("tenant_id","reverses_id") REFERENCES "public"."training_hours_entry"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_hours_entry" ADD CONSTRAINT "training_hours_entry_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_level" ADD CONSTRAINT "training_level_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programme" ADD CONSTRAINT "training_programme_level_fk" FOREIGN KEY ("tenant_id","level") REFERENCES "public"."training_level"("tenant_id","name") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "training_programme" ADD CONSTRAINT "training_programme_county_fk" FOREIGN KEY ("tenant_id","county_id") REFERENCES "public"."county"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programme" ADD CONSTRAINT "training_programme_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_quota" ADD CONSTRAINT "training_quota_cohort_fk" FOREIGN KEY ("tenant_id","cohort_id") REFERENCES "public"."training_cohort"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_quota" ADD CONSTRAINT "training_quota_county_fk" FOREIGN KEY ("tenant_id","county_id") REFERENCES "public"."county"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_cohort_programme_idx" ON "training_cohort" USING btree ("tenant_id","programme_id","start_date");--> statement-breakpoint
CREATE INDEX "training_enrolment_teacher_idx" ON "training_enrolment" USING btree ("tenant_id","teacher_id");--> statement-breakpoint
CREATE INDEX "training_hours_entry_teacher_idx" ON "training_hours_entry" USING btree ("tenant_id","teacher_id","completed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "training_hours_entry_one_per_enrolment" ON "training_hours_entry" USING btree ("tenant_id","enrolment_id") WHERE enrolment_id is not null and reverses_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX "training_hours_entry_certificate_no" ON "training_hours_entry" USING btree ("tenant_id","certificate_no") WHERE reverses_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX "training_hours_entry_reversed_once" ON "training_hours_entry" USING btree ("tenant_id","reverses_id");--> statement-breakpoint
SELECT tongxing_secure_tenant_table('training_level', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('training_programme', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('training_cohort', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('training_quota', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('training_enrolment', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('training_cycle', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('teacher_away', false);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('training_hours_entry', false);
--> statement-breakpoint
-- A teacher is away at most once on any day, whichever area (training, rotation) writes the absence.
ALTER TABLE teacher_away ADD CONSTRAINT teacher_away_no_overlap
  EXCLUDE USING gist (tenant_id WITH =, teacher_id WITH =, daterange(start_date, end_date, '[)') WITH &&);
--> statement-breakpoint
ALTER TABLE teacher_away ADD CONSTRAINT teacher_away_dates CHECK (end_date > start_date);
--> statement-breakpoint
ALTER TABLE training_cycle ADD CONSTRAINT training_cycle_no_overlap
  EXCLUDE USING gist (tenant_id WITH =, daterange(start_date, end_date, '[]') WITH &&);
--> statement-breakpoint
ALTER TABLE training_cycle ADD CONSTRAINT training_cycle_dates CHECK (end_date > start_date AND required_hours BETWEEN 1 AND 2000);
--> statement-breakpoint
-- The hours ledger is append-only: corrections are reversing entries.
REVOKE UPDATE, DELETE, TRUNCATE ON training_hours_entry FROM tongxing_app;
--> statement-breakpoint
CREATE FUNCTION tongxing_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the hours ledger is append-only: correct an entry with a reversing entry' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER training_hours_entry_append_only BEFORE UPDATE OR DELETE ON training_hours_entry
  FOR EACH ROW EXECUTE FUNCTION tongxing_ledger_append_only();
--> statement-breakpoint
-- Every city starts with the levels of the sources (SECURITY DEFINER for the same reason as location classes).
CREATE FUNCTION tongxing_default_training_levels() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT NEW.is_platform THEN
    INSERT INTO training_level (tenant_id, name, sort_order)
    SELECT NEW.id, l.name, l.ord FROM unnest(ARRAY['国培', '省培', '市培', '县培', '校本', '东西部协作']) WITH ORDINALITY AS l(name, ord);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tenant_default_training_levels AFTER INSERT ON tenant
  FOR EACH ROW EXECUTE FUNCTION tongxing_default_training_levels();
--> statement-breakpoint
INSERT INTO training_level (tenant_id, name, sort_order)
SELECT t.id, l.name, l.ord FROM tenant t
CROSS JOIN unnest(ARRAY['国培', '省培', '市培', '县培', '校本', '东西部协作']) WITH ORDINALITY AS l(name, ord)
WHERE NOT t.is_platform
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- An enrolment that holds a place (nominated, enrolled, completed) counts against the cohort's capacity
-- and its county's quota, and an off-the-job one marks the teacher away for the cohort's days. The
-- counters' checks refuse the place beyond the last; their row locks serialise concurrent nominations.
CREATE FUNCTION tongxing_enrolment_places() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_holds boolean := TG_OP <> 'INSERT' AND OLD.state IN ('nominated', 'enrolled', 'completed');
  new_holds boolean := TG_OP <> 'DELETE' AND NEW.state IN ('nominated', 'enrolled', 'completed');
  r record := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  c record;
  delta integer;
BEGIN
  IF old_holds = new_holds THEN RETURN NULL; END IF;
  delta := CASE WHEN new_holds THEN 1 ELSE -1 END;
  UPDATE training_cohort SET held = held + delta WHERE tenant_id = r.tenant_id AND id = r.cohort_id
    RETURNING start_date, end_date, off_the_job INTO c;
  IF EXISTS (SELECT 1 FROM training_quota q WHERE q.tenant_id = r.tenant_id AND q.cohort_id = r.cohort_id) THEN
    UPDATE training_quota SET held = held + delta
      WHERE tenant_id = r.tenant_id AND cohort_id = r.cohort_id AND county_id = r.county_id;
    IF NOT FOUND AND new_holds THEN
      RAISE EXCEPTION 'county has no places in this cohort' USING ERRCODE = 'check_violation', CONSTRAINT = 'training_quota_full';
    END IF;
  END IF;
  IF c.off_the_job THEN
    IF new_holds THEN
      INSERT INTO teacher_away (tenant_id, teacher_id, start_date, end_date, source, source_id)
      VALUES (r.tenant_id, r.teacher_id, c.start_date, c.end_date + 1, 'training', r.id);
    ELSE
      DELETE FROM teacher_away WHERE tenant_id = r.tenant_id AND source = 'training' AND source_id = r.id;
    END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER training_enrolment_places AFTER INSERT OR UPDATE OF state OR DELETE ON training_enrolment
  FOR EACH ROW EXECUTE FUNCTION tongxing_enrolment_places();
--> statement-breakpoint
-- A cohort whose dates (or off-the-job standing) change moves its placements' absences with it.
CREATE FUNCTION tongxing_cohort_absences() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM teacher_away a USING training_enrolment e
    WHERE a.tenant_id = NEW.tenant_id AND a.source = 'training' AND e.tenant_id = a.tenant_id AND e.id = a.source_id
      AND e.cohort_id = NEW.id;
  IF NEW.off_the_job THEN
    INSERT INTO teacher_away (tenant_id, teacher_id, start_date, end_date, source, source_id)
    SELECT e.tenant_id, e.teacher_id, NEW.start_date, NEW.end_date + 1, 'training', e.id FROM training_enrolment e
      WHERE e.tenant_id = NEW.tenant_id AND e.cohort_id = NEW.id AND e.state IN ('nominated', 'enrolled', 'completed');
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER training_cohort_absences AFTER UPDATE OF start_date, end_date, off_the_job ON training_cohort
  FOR EACH ROW WHEN (OLD.start_date IS DISTINCT FROM NEW.start_date OR OLD.end_date IS DISTINCT FROM NEW.end_date
    OR OLD.off_the_job IS DISTINCT FROM NEW.off_the_job)
  EXECUTE FUNCTION tongxing_cohort_absences();
