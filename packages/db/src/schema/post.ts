import { boolean, date, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { tenantColumns, timestamps } from './columns';
import { school, teacher } from './org';

/**
 * A teacher at a school for [start_date, end_date) (end null = open). A change (transfer, leave, role)
 * closes one interval and opens the next; nothing is overwritten. At most one primary post per
 * teacher per day: an exclusion constraint over daterange(start_date, end_date) (migration 0003).
 */
export const post = pgTable(
  'post',
  {
    ...tenantColumns,
    teacherId: uuid('teacher_id').notNull(),
    schoolId: uuid('school_id').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    isPrimary: boolean('is_primary').notNull().default(true),
    employmentType: text('employment_type').notNull(),
    status: text('status').notNull(),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'`),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.teacherId], foreignColumns: [teacher.tenantId, teacher.id], name: 'post_teacher_fk' }),
    foreignKey({ columns: [t.tenantId, t.schoolId], foreignColumns: [school.tenantId, school.id], name: 'post_school_fk' }),
    index('post_tenant_teacher_idx').on(t.tenantId, t.teacherId, t.startDate),
    index('post_tenant_school_idx').on(t.tenantId, t.schoolId, t.startDate),
  ],
);
