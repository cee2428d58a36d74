CREATE TABLE "inspection_evidence" (
	"tenant_id" uuid NOT NULL,
	"rectification_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "inspection_evidence_tenant_id_rectification_id_file_id_pk" PRIMARY KEY("tenant_id","rectification_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_problem" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid,
	"description" text NOT NULL,
	"category" text NOT NULL,
	"record_kind" text,
	"record_id" uuid,
	"county_id" uuid NOT NULL,
	"school_id" uuid,
	"owner_id" uuid NOT NULL,
	"deadline" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"found_by" uuid NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_problem_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "inspection_problem_record" CHECK (("inspection_problem"."record_kind" is null) = ("inspection_problem"."record_id" is null)),
	CONSTRAINT "inspection_problem_closed" CHECK (("inspection_problem"."state" = 'closed') = ("inspection_problem"."closed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "inspection_rectification" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"problem_id" uuid NOT NULL,
	"note" text NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" text,
	"comment" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_rectification_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "inspection_rectification_returned" CHECK ("inspection_rectification"."decision" is distinct from 'returned' or "inspection_rectification"."comment" is not null)
);
--> statement-breakpoint
CREATE TABLE "inspection_site" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"county_id" uuid NOT NULL,
	"school_id" uuid,
	CONSTRAINT "inspection_site_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "inspection_visit" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"visited_on" date NOT NULL,
	"title" text NOT NULL,
	"inspectors" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_visit_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "inspection_evidence" ADD CONSTRAINT "inspection_evidence_rectification_fk" FOREIGN KEY ("tenant_id","rectification_id") REFERENCES "public"."inspection_rectification"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_evidence" ADD CONSTRAINT "inspection_evidence_file_fk" FOREIGN KEY ("tenant_id","file_id") REFERENCES "public"."evidence_file"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_problem" ADD CONSTRAINT "inspection_problem_visit_fk" FOREIGN KEY ("tenant_id","visit_id") REFERENCES "public"."inspection_visit"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_problem" ADD CONSTRAINT "inspection_problem_county_fk" FOREIGN KEY ("tenant_id","county_id") REFERENCES "public"."county"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_problem" ADD CONSTRAINT "inspection_problem_school_fk" FOREIGN KEY ("tenant_id","school_id") REFERENCES "public"."school"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_problem" ADD CONSTRAINT "inspection_problem_owner_fk" FOREIGN KEY ("tenant_id","owner_id") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_problem" ADD CONSTRAINT "inspection_problem_found_by_fk" FOREIGN KEY ("tenant_id","found_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_problem" ADD CONSTRAINT "inspection_problem_closed_by_fk" FOREIGN KEY ("tenant_id","closed_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_rectification" ADD CONSTRAINT "inspection_rectification_problem_fk" FOREIGN KEY ("tenant_id","problem_id") REFERENCES "public"."inspection_problem"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_rectification" ADD CONSTRAINT "inspection_rectification_submitted_by_fk" FOREIGN KEY ("tenant_id","submitted_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_rectification" ADD CONSTRAINT "inspection_rectification_decided_by_fk" FOREIGN KEY ("tenant_id","decided_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_site" ADD CONSTRAINT "inspection_site_visit_fk" FOREIGN KEY ("tenant_id","visit_id") REFERENCES "public"."inspection_visit"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_site" ADD CONSTRAINT "inspection_site_county_fk" FOREIGN KEY ("tenant_id","county_id") REFERENCES "public"."county"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_site" ADD CONSTRAINT "inspection_site_school_fk" FOREIGN KEY ("tenant_id","school_id") REFERENCES "public"."school"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_visit" ADD CONSTRAINT "inspection_visit_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_evidence_file_idx" ON "inspection_evidence" USING btree ("tenant_id","file_id");--> statement-breakpoint
CREATE INDEX "inspection_problem_county_idx" ON "inspection_problem" USING btree ("tenant_id","county_id","state");--> statement-breakpoint
CREATE INDEX "inspection_problem_owner_idx" ON "inspection_problem" USING btree ("tenant_id","owner_id","state");--> statement-breakpoint
CREATE INDEX "inspection_rectification_problem_idx" ON "inspection_rectification" USING btree ("tenant_id","problem_id");--> statement-breakpoint
CREATE INDEX "inspection_site_visit_idx" ON "inspection_site" USING btree ("tenant_id","visit_id");--> statement-breakpoint
CREATE INDEX "inspection_visit_date_idx" ON "inspection_visit" USING btree ("tenant_id","visited_on");--> statement-breakpoint
SELECT tongxing_secure_tenant_table('inspection_visit', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('inspection_site', false);
--> statement-breakpoint
CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON inspection_site FOR EACH ROW EXECUTE FUNCTION tongxing_audit_row();
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('inspection_problem', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('inspection_rectification', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('inspection_evidence', false);
