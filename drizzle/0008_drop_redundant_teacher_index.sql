-- teacher_list_idx (tenant_id, school_id, name, id) serves every look-up this index served.
DROP INDEX "teacher_tenant_school_idx";