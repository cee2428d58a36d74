CREATE TABLE "allowance_line" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"sheet_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"allowance_type_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"month" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"approved_fen" bigint,
	"recomputed_fen" bigint,
	"segments" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allowance_line_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "allowance_sheet" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"month" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"comment" text,
	"computed_at" timestamp with time zone,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allowance_sheet_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "allowance_sheet_tenant_county_month_key" UNIQUE("tenant_id","county_id","month")
);
--> statement-breakpoint
ALTER TABLE "allowance_line" ADD CONSTRAINT "allowance_line_sheet_fk" FOREIGN KEY ("tenant_id","sheet_id") REFERENCES "public"."allowance_sheet"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_line" ADD CONSTRAINT "allowance_line_teacher_fk" FOREIGN KEY ("tenant_id","teacher_id") REFERENCES "public"."teacher"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_line" ADD CONSTRAINT "allowance_line_type_fk" FOREIGN KEY ("tenant_id","allowance_type_id") REFERENCES "public"."allowance_type"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_sheet" ADD CONSTRAINT "allowance_sheet_county_fk" FOREIGN KEY ("tenant_id","county_id") REFERENCES "public"."county"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_sheet" ADD CONSTRAINT "allowance_sheet_submitted_by_fk" FOREIGN KEY ("tenant_id","submitted_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_sheet" ADD CONSTRAINT "allowance_sheet_decided_by_fk" FOREIGN KEY ("tenant_id","decided_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "allowance_line_one_regular_per_month" ON "allowance_line" USING btree ("tenant_id","teacher_id","allowance_type_id","month") WHERE kind = 'regular';--> statement-breakpoint
CREATE UNIQUE INDEX "allowance_line_one_adjustment_per_sheet" ON "allowance_line" USING btree ("tenant_id","sheet_id","teacher_id","allowance_type_id","month") WHERE kind = 'adjustment';--> statement-breakpoint
CREATE INDEX "allowance_line_tenant_sheet_idx" ON "allowance_line" USING btree ("tenant_id","sheet_id");--> statement-breakpoint
SELECT tongxing_secure_tenant_table('allowance_sheet', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('allowance_line', false);
--> statement-breakpoint
-- Lines of an approved sheet are locked: corrections are adjustment lines in a later sheet.
CREATE FUNCTION tongxing_lock_approved_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM allowance_sheet s WHERE s.tenant_id = OLD.tenant_id AND s.id = OLD.sheet_id AND s.state = 'approved') THEN
    RAISE EXCEPTION 'lines of an approved sheet are never edited' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE TRIGGER allowance_line_locked BEFORE UPDATE OR DELETE ON allowance_line
  FOR EACH ROW EXECUTE FUNCTION tongxing_lock_approved_lines();
