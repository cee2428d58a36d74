-- Hand-written: the teacher list's index. Under forced RLS a name search cannot use an index (LIKE is
-- not leakproof), so the list reads every name in the filtered set. With each teacher's school, name
-- and id here, a county's or school's teachers are matched and counted from the index alone and only
-- the page shown is read from the table; a school's list in name order comes straight from it.
CREATE INDEX teacher_list_idx ON teacher (tenant_id, school_id, name, id);
