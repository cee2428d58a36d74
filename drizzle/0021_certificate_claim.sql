CREATE TABLE "training_certificate_claim" (
	"tenant_id" uuid NOT NULL,
	"certificate_no" text NOT NULL,
	"entry_id" uuid NOT NULL,
	CONSTRAINT "training_certificate_claim_tenant_id_certificate_no_pk" PRIMARY KEY("tenant_id","certificate_no")
);
--> statement-breakpoint
DROP INDEX "training_hours_entry_certificate_no";--> statement-breakpoint
ALTER TABLE "training_certificate_claim" ADD CONSTRAINT "training_certificate_claim_entry_fk" FOREIGN KEY ("tenant_id","entry_id") REFERENCES "public"."training_hours_entry"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "training_certificate_claim_entry" ON "training_certificate_claim" USING btree ("tenant_id","entry_id");--> statement-breakpoint
SELECT tongxing_secure_tenant_table('training_certificate_claim', false);
--> statement-breakpoint
-- New entries claim their certificate numbers and reversals free the numbers of the entries they
-- reverse, one statement at a time (an import adds thousands). A writer may claim first (the import
-- does, to skip numbers recorded meanwhile); an entry whose number another entry holds is refused.
CREATE FUNCTION tongxing_certificate_claims() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  taken text;
BEGIN
  DELETE FROM training_certificate_claim c USING added a
  WHERE a.reverses_id IS NOT NULL AND c.tenant_id = a.tenant_id AND c.entry_id = a.reverses_id;
  INSERT INTO training_certificate_claim (tenant_id, certificate_no, entry_id)
  SELECT a.tenant_id, a.certificate_no, a.id FROM added a
  WHERE a.reverses_id IS NULL AND a.certificate_no IS NOT NULL
  ON CONFLICT DO NOTHING;
  SELECT a.certificate_no INTO taken FROM added a
  WHERE a.reverses_id IS NULL AND a.certificate_no IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM training_certificate_claim c
    WHERE c.tenant_id = a.tenant_id AND c.certificate_no = a.certificate_no AND c.entry_id = a.id)
  LIMIT 1;
  IF taken IS NOT NULL THEN
    RAISE EXCEPTION 'certificate number is already recorded' USING ERRCODE = 'unique_violation',
      CONSTRAINT = 'training_certificate_claim_tenant_id_certificate_no_pk', TABLE = 'training_certificate_claim';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER training_hours_entry_certificate_claims AFTER INSERT ON training_hours_entry
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION tongxing_certificate_claims();
--> statement-breakpoint
INSERT INTO training_certificate_claim (tenant_id, certificate_no, entry_id)
SELECT e.tenant_id, e.certificate_no, e.id FROM training_hours_entry e
WHERE e.reverses_id IS NULL AND e.certificate_no IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM training_hours_entry r WHERE r.tenant_id = e.tenant_id AND r.reverses_id = e.id);
