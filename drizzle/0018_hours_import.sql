-- A third kind of Excel import: completed training from the national and provincial platforms, into
-- the hours ledger (training_hours_entry, deduplicated by certificate number).
ALTER TABLE import_job DROP CONSTRAINT import_job_kind_check;
--> statement-breakpoint
ALTER TABLE import_job ADD CONSTRAINT import_job_kind_check CHECK (kind IN ('teacher', 'school', 'hours'));
