CREATE TABLE "training_claim_evidence" (
	"tenant_id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "training_claim_evidence_tenant_id_claim_id_file_id_pk" PRIMARY KEY("tenant_id","claim_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "training_hours_claim" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"teacher_id" uuid NOT NULL,
	"hours" integer NOT NULL,
	"level" text NOT NULL,
	"title" text NOT NULL,
	"completed_on" date NOT NULL,
	"certificate_no" text,
	"note" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"reason" text,
	"submitted_by" uuid NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"entry_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_hours_claim_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_hours_claim_hours" CHECK ("training_hours_claim"."hours" between 1 and 2000),
	CONSTRAINT "training_hours_claim_approved" CHECK (("training_hours_claim"."state" = 'approved') = ("training_hours_claim"."entry_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "evidence_file" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"mime" text NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"thumbnail_key" text,
	"width" integer,
	"height" integer,
	"taken_at" timestamp,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_file_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "evidence_file_sha256" CHECK ("evidence_file"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "training_claim_evidence" ADD CONSTRAINT "training_claim_evidence_claim_fk" FOREIGN KEY ("tenant_id","claim_id") REFERENCES "public"."training_hours_claim"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_claim_evidence" ADD CONSTRAINT "training_claim_evidence_file_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."evidence_file"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_hours_claim" ADD CONSTRAINT "training_hours_claim_teacher_fk" FOREIGN KEY ("tenant_id","teacher_id") REFERENCES "public"."teacher"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_hours_claim" ADD CONSTRAINT "training_hours_claim_submitted_by_fk" FOREIGN KEY ("tenant_id","submitted_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_hours_claim" ADD CONSTRAINT "training_hours_claim_decided_by_fk" FOREIGN KEY ("tenant_id","decided_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_hours_claim" ADD CONSTRAINT "training_hours_claim_entry_fk" FOREIGN KEY ("tenant_id","entry_id") REFERENCES "public"."training_hours_entry"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_uploaded_by_fk" FOREIGN KEY ("tenant_id","uploaded_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_claim_evidence_file_idx" ON "training_claim_evidence" USING btree ("tenant_id","file_id");--> statement-breakpoint
CREATE INDEX "training_hours_claim_teacher_idx" ON "training_hours_claim" USING btree ("tenant_id","teacher_id","created_at");--> statement-breakpoint
CREATE INDEX "training_hours_claim_pending_idx" ON "training_hours_claim" USING btree ("tenant_id","created_at") WHERE state = 'pending';--> statement-breakpoint
CREATE INDEX "evidence_file_sha256_idx" ON "evidence_file" USING btree ("tenant_id","sha256");--> statement-breakpoint
SELECT tongxing_secure_tenant_table('training_hours_claim', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('training_claim_evidence', false);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('evidence_file', false);
