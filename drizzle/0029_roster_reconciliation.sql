CREATE TABLE "roster_check" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"county_id" uuid,
	"as_of" date NOT NULL,
	"month" text,
	"roster_rows" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_check_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "roster_check_month" CHECK ("roster_check"."month" is null or "roster_check"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "roster_difference" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"check_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"teacher_id" uuid,
	"id_number" text NOT NULL,
	"name" text NOT NULL,
	"school_id" uuid,
	"roster_school_id" uuid,
	"paid_fen" bigint,
	"resolution" text DEFAULT 'open' NOT NULL,
	"reason" text,
	"problem_id" uuid,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_difference_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "roster_difference_explained" CHECK (("roster_difference"."resolution" = 'explained') = ("roster_difference"."reason" is not null)),
	CONSTRAINT "roster_difference_problem" CHECK (("roster_difference"."resolution" = 'problem') = ("roster_difference"."problem_id" is not null)),
	CONSTRAINT "roster_difference_resolved" CHECK (("roster_difference"."resolution" = 'open') = ("roster_difference"."resolved_at" is null)),
	CONSTRAINT "roster_difference_school" CHECK ("roster_difference"."school_id" is not null or "roster_difference"."roster_school_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "roster_check" ADD CONSTRAINT "roster_check_county_fk" FOREIGN KEY ("tenant_id","county_id") REFERENCES "public"."county"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_check" ADD CONSTRAINT "roster_check_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_difference" ADD CONSTRAINT "roster_difference_check_fk" FOREIGN KEY ("tenant_id","check_id") REFERENCES "public"."roster_check"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_difference" ADD CONSTRAINT "roster_difference_teacher_fk" FOREIGN KEY ("tenant_id","teacher_id") REFERENCES "public"."teacher"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_difference" ADD CONSTRAINT "roster_difference_school_fk" FOREIGN KEY ("tenant_id","school_id") REFERENCES "public"."school"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_difference" ADD CONSTRAINT "roster_difference_roster_school_fk" FOREIGN KEY ("tenant_id","roster_school_id") REFERENCES "public"."school"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_difference" ADD CONSTRAINT "roster_difference_problem_fk" FOREIGN KEY ("tenant_id","problem_id") REFERENCES "public"."inspection_problem"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_difference" ADD CONSTRAINT "roster_difference_resolved_by_fk" FOREIGN KEY ("tenant_id","resolved_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roster_check_created_idx" ON "roster_check" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "roster_difference_check_idx" ON "roster_difference" USING btree ("tenant_id","check_id","kind");--> statement-breakpoint
SELECT tongxing_secure_tenant_table('roster_check', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('roster_difference', true);
--> statement-breakpoint
ALTER TABLE import_job DROP CONSTRAINT import_job_kind_check;
--> statement-breakpoint
ALTER TABLE import_job ADD CONSTRAINT import_job_kind_check CHECK (kind IN ('teacher', 'school', 'hours', 'roster'));
