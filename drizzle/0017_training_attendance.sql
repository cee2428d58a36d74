CREATE TABLE "training_provider" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"contact" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_provider_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_provider_tenant_name_key" UNIQUE("tenant_id","name")
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_attendance_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_attendance_session_enrolment_key" UNIQUE("tenant_id","session_id","enrolment_id")
);
--> statement-breakpoint
CREATE TABLE "training_session" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"session_date" date NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_session_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "training_session_cohort_date_name_key" UNIQUE("tenant_id","cohort_id","session_date","name")
);
--> statement-breakpoint
ALTER TABLE "app_user" DROP CONSTRAINT "app_user_scope_matches_role";--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "provider_id" uuid;--> statement-breakpoint
ALTER TABLE "training_programme" ADD COLUMN "provider_id" uuid;--> statement-breakpoint
ALTER TABLE "training_provider" ADD CONSTRAINT "training_provider_tenant_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_session_fk" FOREIGN KEY ("tenant_id","session_id") REFERENCES "public"."training_session"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_enrolment_fk" FOREIGN KEY ("tenant_id","enrolment_id") REFERENCES "public"."training_enrolment"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_recorded_by_fk" FOREIGN KEY ("tenant_id","recorded_by") REFERENCES "public"."app_user"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session" ADD CONSTRAINT "training_session_cohort_fk" FOREIGN KEY ("tenant_id","cohort_id") REFERENCES "public"."training_cohort"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_attendance_enrolment_idx" ON "training_attendance" USING btree ("tenant_id","enrolment_id");--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_provider_fk" FOREIGN KEY ("tenant_id","provider_id") REFERENCES "public"."training_provider"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programme" ADD CONSTRAINT "training_programme_provider_fk" FOREIGN KEY ("tenant_id","provider_id") REFERENCES "public"."training_provider"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_scope_matches_role" CHECK ((role = 'county_officer') = (county_id is not null)
        and (role = 'school_admin') = (school_id is not null)
        and (role = 'teacher') = (teacher_id is not null)
        and (role = 'provider') = (provider_id is not null));--> statement-breakpoint
SELECT tongxing_secure_tenant_table('training_provider', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('training_session', true);
--> statement-breakpoint
SELECT tongxing_secure_tenant_table('training_attendance', true);
--> statement-breakpoint
-- A provider's accounts carry their provider: the session look-up returns it with the other scopes.
DROP FUNCTION auth_session_candidate(text);
--> statement-breakpoint
CREATE FUNCTION auth_session_candidate(p_session_id text)
RETURNS TABLE (
  tenant_id uuid, user_id uuid, secret_hash bytea, created_at timestamptz, last_verified_at timestamptz,
  username text, display_name text, role text, county_id uuid, school_id uuid, teacher_id uuid, provider_id uuid,
  must_change_password boolean, user_disabled boolean,
  tenant_code text, tenant_name text, is_platform boolean, tenant_disabled boolean
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT s.tenant_id, s.user_id, s.secret_hash, s.created_at, s.last_verified_at,
    u.username, u.display_name, u.role, u.county_id, u.school_id, u.teacher_id, u.provider_id,
    u.must_change_password, u.disabled_at IS NOT NULL,
    t.code, t.name, t.is_platform, t.disabled_at IS NOT NULL
  FROM session s
  JOIN app_user u ON u.tenant_id = s.tenant_id AND u.id = s.user_id
  JOIN tenant t ON t.id = s.tenant_id
  WHERE s.id = p_session_id
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION auth_session_candidate(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION auth_session_candidate(text) TO tongxing_app;
