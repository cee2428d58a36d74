import { boolean, date, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from './columns';
import { appUser } from './account';
import { school, teacher } from './org';

/**
 * A school administrator's proposal to change one of their staff's posts (a move into or out of the
 * school, a leave, roles, end of service), decided by the county officer or the city. Approval applies
 * it through the same post rules as a direct change.
 */
export const postRequest = pgTable(
  'post_request',
  {
    ...tenantColumns,
    teacherId: uuid('teacher_id').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    toSchoolId: uuid('to_school_id'),
    status: text('status'),
    roles: text('roles').array(),
    endService: boolean('end_service').notNull().default(false),
    note: text('note'),
    state: text('state', { enum: ['pending', 'approved', 'rejected', 'withdrawn'] })
      .notNull()
      .default('pending'),
    requestedBy: uuid('requested_by').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionComment: text('decision_comment'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.teacherId], foreignColumns: [teacher.tenantId, teacher.id], name: 'post_request_teacher_fk' }),
    foreignKey({ columns: [t.tenantId, t.toSchoolId], foreignColumns: [school.tenantId, school.id], name: 'post_request_school_fk' }),
    foreignKey({
      columns: [t.tenantId, t.requestedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'post_request_requested_by_fk',
    }),
    foreignKey({ columns: [t.tenantId, t.decidedBy], foreignColumns: [appUser.tenantId, appUser.id], name: 'post_request_decided_by_fk' }),
    index('post_request_tenant_state_idx').on(t.tenantId, t.state),
  ],
);
