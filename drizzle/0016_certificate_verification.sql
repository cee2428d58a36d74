-- The public check of a completion certificate: given its verification code, what the certificate
-- says, with the name masked, and whether it was revoked (its ledger entry reversed). Nothing else of
-- the teacher or the city leaves the database: the function returns only these columns.
CREATE FUNCTION training_verify_certificate(p_code text)
RETURNS TABLE (city text, masked_name text, title text, level text, hours integer, completed_on date, revoked boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT t.name,
    CASE WHEN char_length(p.name) <= 1 THEN p.name
         WHEN char_length(p.name) = 2 THEN left(p.name, 1) || '*'
         ELSE left(p.name, 1) || repeat('*', char_length(p.name) - 2) || right(p.name, 1) END,
    e.title, e.level, e.hours, e.completed_on,
    EXISTS (SELECT 1 FROM training_hours_entry r WHERE r.tenant_id = e.tenant_id AND r.reverses_id = e.id)
  FROM training_hours_entry e
  JOIN teacher p ON p.tenant_id = e.tenant_id AND p.id = e.teacher_id
  JOIN tenant t ON t.id = e.tenant_id
  WHERE e.certificate_no = p_code AND e.source = 'cohort' AND e.reverses_id IS NULL AND e.hours > 0
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION training_verify_certificate(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION training_verify_certificate(text) TO tongxing_app;
--> statement-breakpoint
CREATE INDEX training_hours_entry_certificate_lookup ON training_hours_entry (certificate_no) WHERE source = 'cohort';
