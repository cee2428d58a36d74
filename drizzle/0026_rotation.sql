CREATE TABLE "rotation_exemption" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"teacher_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rotation_exemption_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "rotation_exemption_dates" CHECK ("rotation_exemption"."end_date" is null or "rotation_exemption"."end_date" > "rotation_exemption"."start_date")
);
--> statement-breakpoint
CREATE TABLE "rotation_move" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"teacher_id" uuid NOT NULL,
	"from_school_id" uuid NOT NULL,
	"to_school_id" uuid NOT NULL,
	"form" text NOT NULL,
	"subject" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"pinned" boolean DEFAULT false NOT NULL,
	"proposed" boolean DEFAULT false NOT NULL,
	"sending_state" text DEFAULT 'pending' NOT NULL,
	"sending_reason" text,
	"receiving_state" text DEFAULT 'pending' NOT NULL,
	"receiving_reason" text,
	"applied_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rotation_move_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "rotation_move_teacher_year_key" UNIQUE("tenant_id","year","teacher_id"),
	CONSTRAINT "rotation_move_dates" CHECK ("rotation_move"."end_date" is null or "rotation_move"."end_date" > "rotation_move"."start_date"),
	CONSTRAINT "rotation_move_end" CHECK (("rotation_move"."form" = '调动') = ("rotation_move"."end_date" is null)),
	CONSTRAINT "rotation_move_schools" CHECK ("rotation_move"."from_school_id" <> "rotation_move"."to_school_id"),
	CONSTRAINT "rotation_move_objection" CHECK (("rotation_move"."sending_state" <> 'objected' or "rotation_move"."sending_reason" is not null) and ("rotation_move"."receiving_state" <> 'objected' or "rotation_move"."receiving_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "rotation_need" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"school_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"count" integer NOT NULL,
	"term" text DEFAULT 'autumn' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rotation_need_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "rotation_need_key" UNIQUE("tenant_id","year","school_id","subject"),
	CONSTRAINT "rotation_need_count" CHECK ("rotation_need"."count" between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "rotation_plan" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"exclusions" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"last_run" jsonb,
	"comment" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rotation_plan_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "rotation_plan_county_year_key" UNIQUE("tenant_id","county_id","year")
);
--> statement-breakpoint
CREATE TABLE "rotation_policy" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"policy" jsonb NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rotation_policy_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "rotation_policy_year_key" UNIQUE("tenant_id","year"),
	CONSTRAINT "rotation_policy_year" CHECK ("rotation_policy"."year" = ("rotation_policy"."policy"->>'year')::int)
);
--> statement-breakpoint
ALTER TABLE "school" ADD COLUMN "strong" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "school" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "school" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "rotation_exemption" ADD CONSTRAINT "rotation_exemption_teacher_fk" FOREIGN KEY ("tenant_id","teacher_id") REFERENCES "public"."teacher"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_exemption" ADD CONSTRAINT "rotation_exemption_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_move" ADD CONSTRAINT "rotation_move_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."rotation_plan"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_move" ADD CONSTRAINT "rotation_move_teacher_fk" FOREIGN KEY ("tenant_id","teacher_id") REFERENCES "public"."teacher"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_move" ADD CONSTRAINT "rotation_move_from_fk" FOREIGN KEY ("tenant_id","from_school_id") REFERENCES "public"."school"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_move" ADD CONSTRAINT "rotation_move_to_fk" FOREIGN KEY ("tenant_id","to_school_id") REFERENCES "public"."school"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_move" ADD CONSTRAINT "rotation_move_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_need" ADD CONSTRAINT "rotation_need_school_fk" FOREIGN KEY ("tenant_id","school_id") REFERENCES "public"."school"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_need" ADD CONSTRAINT "rotation_need_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_plan" ADD CONSTRAINT "rotation_plan_county_fk" FOREIGN KEY ("tenant_id","county_id") REFERENCES "public"."county"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_plan" ADD CONSTRAINT "rotation_plan_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_plan" ADD CONSTRAINT "rotation_plan_decided_by_fk" FOREIGN KEY ("tenant_id","decided_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rotation_policy" ADD CONSTRAINT "rotation_policy_updated_by_fk" FOREIGN KEY ("tenant_id","updated_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rotation_exemption_teacher_idx" ON "rotation_exemption" USING btree ("tenant_id","teacher_id");--> statement-breakpoint
CREATE INDEX "rotation_move_plan_idx" ON "rotation_move" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE INDEX "rotation_move_from_idx" ON "rotation_move" USING btree ("tenant_id","from_school_id");--> statement-breakpoint
CREATE INDEX "rotation_move_to_idx" ON "rotation_move" USING btree ("tenant_id","to_school_id");--> statement-breakpoint
ALTER TABLE "school" ADD CONSTRAINT "school_coordinates" CHECK (("school"."latitude" is null) = ("school"."longitude" is null) and ("school"."latitude" is null or ("school"."latitude" between -90 and 90 and "school"."longitude" between -180 and 180)));--> statement-breakpoint
SELECT tongxing_secure_tenant_table('rotation_policy', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('rotation_exemption', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('rotation_need', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('rotation_plan', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('rotation_move', true);
