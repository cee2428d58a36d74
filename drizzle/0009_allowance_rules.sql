CREATE TABLE "allowance_type" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allowance_type_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "allowance_type_tenant_name_key" UNIQUE("tenant_id","name")
);
--> statement-breakpoint
CREATE TABLE "allowance_rule_version" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"allowance_type_id" uuid NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"document_no" text NOT NULL,
	"document_title" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"conditions" jsonb NOT NULL,
	"amount" jsonb NOT NULL,
	"proration" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allowance_rule_version_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "wage_base" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"county_id" uuid,
	"annual_fen" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wage_base_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "wage_base_tenant_name_year_county_key" UNIQUE NULLS NOT DISTINCT("tenant_id","name","year","county_id")
);
--> statement-breakpoint
ALTER TABLE "allowance_type" ADD CONSTRAINT "allowance_type_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_rule_version" ADD CONSTRAINT "rule_version_type_fk" FOREIGN KEY ("tenant_id","allowance_type_id") REFERENCES "public"."allowance_type"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_rule_version" ADD CONSTRAINT "rule_version_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_rule_version" ADD CONSTRAINT "rule_version_published_by_fk" FOREIGN KEY ("tenant_id","published_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wage_base" ADD CONSTRAINT "wage_base_county_fk" FOREIGN KEY ("tenant_id","county_id") REFERENCES "public"."county"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rule_version_tenant_type_idx" ON "allowance_rule_version" USING btree ("tenant_id","allowance_type_id","effective_from");--> statement-breakpoint
SELECT tongxing_secure_tenant_table('allowance_type', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('allowance_rule_version', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('wage_base', true);
--> statement-breakpoint
-- A published version is never edited (only drafts may change), and two versions of a type never start on the same day.
CREATE FUNCTION tongxing_freeze_published_rule() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.state = 'published' THEN
    RAISE EXCEPTION 'published rule versions are never edited' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
--> statement-breakpoint
CREATE TRIGGER rule_version_frozen BEFORE UPDATE OR DELETE ON allowance_rule_version
  FOR EACH ROW EXECUTE FUNCTION tongxing_freeze_published_rule();
--> statement-breakpoint
CREATE UNIQUE INDEX rule_version_one_start_per_day ON allowance_rule_version (tenant_id, allowance_type_id, effective_from) WHERE state = 'published';
