CREATE TABLE "location_class" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "location_class_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "location_class_tenant_name_key" UNIQUE("tenant_id","name")
);
--> statement-breakpoint
CREATE TABLE "post" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"teacher_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"is_primary" boolean DEFAULT true NOT NULL,
	"employment_type" text NOT NULL,
	"status" text NOT NULL,
	"roles" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "post_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "school" ADD COLUMN "terrain_class" text NOT NULL;--> statement-breakpoint
ALTER TABLE "school" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "school" ADD COLUMN "opened_on" date;--> statement-breakpoint
ALTER TABLE "school" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "teacher" ADD COLUMN "id_number" text NOT NULL;--> statement-breakpoint
ALTER TABLE "teacher" ADD COLUMN "sex" text NOT NULL;--> statement-breakpoint
ALTER TABLE "teacher" ADD COLUMN "birth_date" date NOT NULL;--> statement-breakpoint
ALTER TABLE "teacher" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "teacher" ADD COLUMN "education" text;--> statement-breakpoint
ALTER TABLE "teacher" ADD COLUMN "subjects" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "teacher" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "teacher" ADD COLUMN "title_date" date;--> statement-breakpoint
ALTER TABLE "teacher" ADD COLUMN "key_teacher_level" text;--> statement-breakpoint
ALTER TABLE "location_class" ADD CONSTRAINT "location_class_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post" ADD CONSTRAINT "post_teacher_fk" FOREIGN KEY ("tenant_id","teacher_id") REFERENCES "public"."teacher"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post" ADD CONSTRAINT "post_school_fk" FOREIGN KEY ("tenant_id","school_id") REFERENCES "public"."school"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "post_tenant_teacher_idx" ON "post" USING btree ("tenant_id","teacher_id","start_date");--> statement-breakpoint
CREATE INDEX "post_tenant_school_idx" ON "post" USING btree ("tenant_id","school_id","start_date");--> statement-breakpoint
ALTER TABLE "school" ADD CONSTRAINT "school_location_class_fk" FOREIGN KEY ("tenant_id","location_class") REFERENCES "public"."location_class"("tenant_id","name") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "school_tenant_county_idx" ON "school" USING btree ("tenant_id","county_id");--> statement-breakpoint
CREATE INDEX "teacher_tenant_school_idx" ON "teacher" USING btree ("tenant_id","school_id");--> statement-breakpoint
CREATE INDEX "teacher_tenant_name_idx" ON "teacher" USING btree ("tenant_id","name");--> statement-breakpoint
ALTER TABLE "teacher" ADD CONSTRAINT "teacher_tenant_id_number_key" UNIQUE("tenant_id","id_number");