CREATE TABLE "training_cycle_hours" (
	"tenant_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"hours" integer NOT NULL,
	CONSTRAINT "training_cycle_hours_tenant_id_cycle_id_teacher_id_pk" PRIMARY KEY("tenant_id","cycle_id","teacher_id")
);
--> statement-breakpoint
ALTER TABLE "training_cycle_hours" ADD CONSTRAINT "training_cycle_hours_cycle_fk" FOREIGN KEY ("tenant_id","cycle_id") REFERENCES "public"."training_cycle"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_cycle_hours" ADD CONSTRAINT "training_cycle_hours_teacher_fk" FOREIGN KEY ("tenant_id","teacher_id") REFERENCES "public"."teacher"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
SELECT tongxing_secure_tenant_table('training_cycle_hours', false);
--> statement-breakpoint
-- New ledger entries (one statement's worth at a time: an import adds thousands) are added to the
-- totals of the cycles their dates fall in.
CREATE FUNCTION tongxing_cycle_hours_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO training_cycle_hours (tenant_id, cycle_id, teacher_id, hours)
  SELECT a.tenant_id, c.id, a.teacher_id, sum(a.hours)::int
  FROM added a JOIN training_cycle c ON c.tenant_id = a.tenant_id AND a.completed_on BETWEEN c.start_date AND c.end_date
  GROUP BY a.tenant_id, c.id, a.teacher_id
  ON CONFLICT (tenant_id, cycle_id, teacher_id) DO UPDATE SET hours = training_cycle_hours.hours + excluded.hours;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER training_hours_entry_cycle_totals AFTER INSERT ON training_hours_entry
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION tongxing_cycle_hours_add();
--> statement-breakpoint
-- A cycle created or moved sums its ledger afresh.
CREATE FUNCTION tongxing_cycle_hours_recount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM training_cycle_hours WHERE tenant_id = NEW.tenant_id AND cycle_id = NEW.id;
  INSERT INTO training_cycle_hours (tenant_id, cycle_id, teacher_id, hours)
  SELECT NEW.tenant_id, NEW.id, e.teacher_id, sum(e.hours)::int FROM training_hours_entry e
  WHERE e.tenant_id = NEW.tenant_id AND e.completed_on BETWEEN NEW.start_date AND NEW.end_date
  GROUP BY e.teacher_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER training_cycle_recount AFTER INSERT OR UPDATE OF start_date, end_date ON training_cycle
  FOR EACH ROW EXECUTE FUNCTION tongxing_cycle_hours_recount();
--> statement-breakpoint
INSERT INTO training_cycle_hours (tenant_id, cycle_id, teacher_id, hours)
SELECT c.tenant_id, c.id, e.teacher_id, sum(e.hours)::int FROM training_cycle c
JOIN training_hours_entry e ON e.tenant_id = c.tenant_id AND e.completed_on BETWEEN c.start_date AND c.end_date
GROUP BY c.tenant_id, c.id, e.teacher_id;
