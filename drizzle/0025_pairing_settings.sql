CREATE TABLE "pairing_settings" (
	"tenant_id" uuid NOT NULL,
	"own_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"idle_weeks" integer DEFAULT 8 NOT NULL,
	"pending_days" integer DEFAULT 14 NOT NULL,
	"credits" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pairing_settings_tenant_id_pk" PRIMARY KEY("tenant_id"),
	CONSTRAINT "pairing_settings_idle_weeks" CHECK ("pairing_settings"."idle_weeks" between 1 and 52),
	CONSTRAINT "pairing_settings_pending_days" CHECK ("pairing_settings"."pending_days" between 1 and 90)
);
--> statement-breakpoint
ALTER TABLE "training_hours_entry" ADD COLUMN "pairing_activity_id" uuid;--> statement-breakpoint
ALTER TABLE "pairing_settings" ADD CONSTRAINT "pairing_settings_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_hours_entry" ADD CONSTRAINT "training_hours_entry_pairing_fk" FOREIGN KEY ("tenant_id","pairing_activity_id") REFERENCES "public"."pairing_activity"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "training_hours_entry_one_per_activity" ON "training_hours_entry" USING btree ("tenant_id","pairing_activity_id","teacher_id") WHERE pairing_activity_id is not null and reverses_id is null;--> statement-breakpoint
SELECT tongxing_secure_tenant_table('pairing_settings', true);
--> statement-breakpoint
-- A ledger entry credited by a pairing activity names it; no other entry does.
ALTER TABLE training_hours_entry ADD CONSTRAINT training_hours_entry_pairing_source
  CHECK ((source = 'pairing') = (pairing_activity_id IS NOT NULL) OR reverses_id IS NOT NULL);
