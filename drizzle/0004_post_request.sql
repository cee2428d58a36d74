CREATE TABLE "post_request" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"teacher_id" uuid NOT NULL,
	"effective_date" date NOT NULL,
	"to_school_id" uuid,
	"status" text,
	"roles" text[],
	"end_service" boolean DEFAULT false NOT NULL,
	"note" text,
	"state" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "post_request_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "post_request" ADD CONSTRAINT "post_request_teacher_fk" FOREIGN KEY ("tenant_id","teacher_id") REFERENCES "public"."teacher"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_request" ADD CONSTRAINT "post_request_school_fk" FOREIGN KEY ("tenant_id","to_school_id") REFERENCES "public"."school"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_request" ADD CONSTRAINT "post_request_requested_by_fk" FOREIGN KEY ("tenant_id","requested_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_request" ADD CONSTRAINT "post_request_decided_by_fk" FOREIGN KEY ("tenant_id","decided_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "post_request_tenant_state_idx" ON "post_request" USING btree ("tenant_id","state");--> statement-breakpoint
SELECT tongxing_secure_tenant_table('post_request', true);
--> statement-breakpoint
ALTER TABLE post_request ADD CONSTRAINT post_request_change_check
  CHECK (end_service OR to_school_id IS NOT NULL OR status IS NOT NULL OR roles IS NOT NULL);
