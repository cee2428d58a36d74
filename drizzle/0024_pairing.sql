CREATE TABLE "pairing_activity" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"pair_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"giving_school_id" uuid NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"hours" integer DEFAULT 0 NOT NULL,
	"students" integer DEFAULT 0 NOT NULL,
	"teachers" integer DEFAULT 0 NOT NULL,
	"money_fen" bigint DEFAULT 0 NOT NULL,
	"goods" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"logged_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pairing_activity_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "pairing_activity_dates" CHECK ("pairing_activity"."end_date" >= "pairing_activity"."start_date"),
	CONSTRAINT "pairing_activity_amounts" CHECK ("pairing_activity"."hours" >= 0 and "pairing_activity"."students" >= 0 and "pairing_activity"."teachers" >= 0 and "pairing_activity"."money_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "pairing_evidence" (
	"tenant_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "pairing_evidence_tenant_id_activity_id_file_id_pk" PRIMARY KEY("tenant_id","activity_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "pairing_member" (
	"tenant_id" uuid NOT NULL,
	"pair_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	CONSTRAINT "pairing_member_tenant_id_pair_id_school_id_pk" PRIMARY KEY("tenant_id","pair_id","school_id")
);
--> statement-breakpoint
CREATE TABLE "pairing_pair" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"lead_school_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"goals" text DEFAULT '' NOT NULL,
	"targets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"budget_fen" bigint DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pairing_pair_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "pairing_pair_dates" CHECK ("pairing_pair"."end_date" is null or "pairing_pair"."end_date" >= "pairing_pair"."start_date"),
	CONSTRAINT "pairing_pair_budget" CHECK ("pairing_pair"."budget_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "pairing_participant" (
	"tenant_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	CONSTRAINT "pairing_participant_tenant_id_activity_id_teacher_id_pk" PRIMARY KEY("tenant_id","activity_id","teacher_id")
);
--> statement-breakpoint
CREATE TABLE "pairing_receipt" (
	"tenant_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "pairing_receipt_tenant_id_activity_id_school_id_pk" PRIMARY KEY("tenant_id","activity_id","school_id"),
	CONSTRAINT "pairing_receipt_reason" CHECK ("pairing_receipt"."state" <> 'disputed' or "pairing_receipt"."reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "pairing_activity" ADD CONSTRAINT "pairing_activity_pair_fk" FOREIGN KEY ("tenant_id","pair_id") REFERENCES "public"."pairing_pair"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_activity" ADD CONSTRAINT "pairing_activity_giving_fk" FOREIGN KEY ("tenant_id","giving_school_id") REFERENCES "public"."school"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_activity" ADD CONSTRAINT "pairing_activity_logged_by_fk" FOREIGN KEY ("tenant_id","logged_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_evidence" ADD CONSTRAINT "pairing_evidence_activity_fk" FOREIGN KEY ("tenant_id","activity_id") REFERENCES "public"."pairing_activity"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_evidence" ADD CONSTRAINT "pairing_evidence_file_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."evidence_file"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_member" ADD CONSTRAINT "pairing_member_pair_fk" FOREIGN KEY ("tenant_id","pair_id") REFERENCES "public"."pairing_pair"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_member" ADD CONSTRAINT "pairing_member_school_fk" FOREIGN KEY ("tenant_id","school_id") REFERENCES "public"."school"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_pair" ADD CONSTRAINT "pairing_pair_lead_fk" FOREIGN KEY ("tenant_id","lead_school_id") REFERENCES "public"."school"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_pair" ADD CONSTRAINT "pairing_pair_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_participant" ADD CONSTRAINT "pairing_participant_activity_fk" FOREIGN KEY ("tenant_id","activity_id") REFERENCES "public"."pairing_activity"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_participant" ADD CONSTRAINT "pairing_participant_teacher_fk" FOREIGN KEY ("tenant_id","teacher_id") REFERENCES "public"."teacher"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_receipt" ADD CONSTRAINT "pairing_receipt_activity_fk" FOREIGN KEY ("tenant_id","activity_id") REFERENCES "public"."pairing_activity"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_receipt" ADD CONSTRAINT "pairing_receipt_school_fk" FOREIGN KEY ("tenant_id","school_id") REFERENCES "public"."school"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pairing_receipt" ADD CONSTRAINT "pairing_receipt_decided_by_fk" FOREIGN KEY ("tenant_id","decided_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pairing_activity_pair_idx" ON "pairing_activity" USING btree ("tenant_id","pair_id","start_date");--> statement-breakpoint
CREATE INDEX "pairing_evidence_file_idx" ON "pairing_evidence" USING btree ("tenant_id","file_id");--> statement-breakpoint
CREATE INDEX "pairing_member_school_idx" ON "pairing_member" USING btree ("tenant_id","school_id");--> statement-breakpoint
CREATE INDEX "pairing_pair_lead_idx" ON "pairing_pair" USING btree ("tenant_id","lead_school_id");--> statement-breakpoint
CREATE INDEX "pairing_receipt_school_idx" ON "pairing_receipt" USING btree ("tenant_id","school_id","state");--> statement-breakpoint
SELECT tongxing_secure_tenant_table('pairing_pair', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('pairing_activity', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('pairing_member', false);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('pairing_receipt', false);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('pairing_participant', false);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('pairing_evidence', false);
--> statement-breakpoint
-- A receiving school's answer is a decision worth its audit line (the table has no updated_at to touch).
CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON pairing_receipt FOR EACH ROW EXECUTE FUNCTION tongxing_audit_row();
