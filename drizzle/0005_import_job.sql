CREATE TABLE "import_job" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'validating' NOT NULL,
	"file_name" text NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"valid_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure" text,
	"payload" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_job_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "import_job" ADD CONSTRAINT "import_job_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_job" ADD CONSTRAINT "import_job_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_job_tenant_creator_idx" ON "import_job" USING btree ("tenant_id","created_by","created_at");--> statement-breakpoint
-- The audit trigger may be told which bulky working columns to leave out of before/after.
CREATE OR REPLACE FUNCTION tongxing_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_omit text[] := array['password_hash'] || coalesce(TG_ARGV, '{}');
  v_before jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) - v_omit END;
  v_after jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) - v_omit END;
  v_row jsonb := coalesce(v_after, v_before);
BEGIN
  INSERT INTO audit_event (tenant_id, actor_user_id, action, entity, entity_id, before, after, ip)
  VALUES (
    coalesce(v_row ->> 'tenant_id', '00000000-0000-0000-0000-000000000001')::uuid,
    nullif(current_setting('app.user_id', true), '')::uuid,
    lower(TG_OP),
    TG_TABLE_NAME,
    v_row ->> 'id',
    v_before,
    v_after,
    nullif(current_setting('app.client_ip', true), '')
  );
  RETURN coalesce(NEW, OLD);
END $$;
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('import_job', true);
--> statement-breakpoint
-- An import is audited when it is created and when its status changes (who validated, imported or
-- cancelled which file), not at every progress tick; the rows it carries are audited where they land.
DROP TRIGGER audit_row ON import_job;
--> statement-breakpoint
CREATE TRIGGER audit_row AFTER INSERT OR DELETE OR UPDATE OF status ON import_job
  FOR EACH ROW EXECUTE FUNCTION tongxing_audit_row('payload', 'errors');
--> statement-breakpoint
ALTER TABLE import_job ADD CONSTRAINT import_job_kind_check CHECK (kind IN ('teacher', 'school'));
--> statement-breakpoint
ALTER TABLE import_job ADD CONSTRAINT import_job_status_check
  CHECK (status IN ('validating', 'validated', 'importing', 'done', 'failed', 'cancelled'));
