import { sql } from 'drizzle-orm';
import { bigint, check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './account';
import { tenantColumns, timestamps } from './columns';
import { inspectionProblem } from './inspection';
import { county, school, teacher } from './org';

/**
 * A roster reconciliation (核查): an external roster (the 编制 roster, an export of the national system)
 * compared with the register of the county (or the city, county null) as of a day, and with a month's
 * allowance sheets when one is chosen. The differences found are its rows.
 */
export const rosterCheck = pgTable(
  'roster_check',
  {
    ...tenantColumns,
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    countyId: uuid('county_id'),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    /** The month whose sheets are compared (YYYY-MM); null when only the register is. */
    month: text('month'),
    rosterRows: integer('roster_rows').notNull(),
    createdBy: uuid('created_by').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.countyId], foreignColumns: [county.tenantId, county.id], name: 'roster_check_county_fk' }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [appUser.tenantId, appUser.id], name: 'roster_check_created_by_fk' }),
    index('roster_check_created_idx').on(t.tenantId, t.createdAt),
    check('roster_check_month', sql`${t.month} is null or ${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  ],
);

/**
 * One difference between a roster and the register: on the roster but not in post in the register
 * (`not_in_register`), in post but not on the roster (`not_on_roster`), on both at different schools
 * (`other_school`), paid in the month but not on the roster (`paid_not_on_roster`). It stays open until it
 * is explained with a reason or becomes a problem to rectify.
 */
export const rosterDifference = pgTable(
  'roster_difference',
  {
    ...tenantColumns,
    checkId: uuid('check_id').notNull(),
    kind: text('kind', { enum: ['not_in_register', 'not_on_roster', 'other_school', 'paid_not_on_roster'] }).notNull(),
    /** The register's teacher with this ID number, when there is one in the check's scope. */
    teacherId: uuid('teacher_id'),
    idNumber: text('id_number').notNull(),
    name: text('name').notNull(),
    /** The school the register has them at on the day (or, paid ones, the school of their line). */
    schoolId: uuid('school_id'),
    /** The school the roster has them at. */
    rosterSchoolId: uuid('roster_school_id'),
    /** What the month's sheets pay them, for `paid_not_on_roster`. */
    paidFen: bigint('paid_fen', { mode: 'number' }),
    resolution: text('resolution', { enum: ['open', 'explained', 'problem'] })
      .notNull()
      .default('open'),
    reason: text('reason'),
    problemId: uuid('problem_id'),
    resolvedBy: uuid('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.checkId],
      foreignColumns: [rosterCheck.tenantId, rosterCheck.id],
      name: 'roster_difference_check_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.teacherId],
      foreignColumns: [teacher.tenantId, teacher.id],
      name: 'roster_difference_teacher_fk',
    }),
    foreignKey({ columns: [t.tenantId, t.schoolId], foreignColumns: [school.tenantId, school.id], name: 'roster_difference_school_fk' }),
    foreignKey({
      columns: [t.tenantId, t.rosterSchoolId],
      foreignColumns: [school.tenantId, school.id],
      name: 'roster_difference_roster_school_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.problemId],
      foreignColumns: [inspectionProblem.tenantId, inspectionProblem.id],
      name: 'roster_difference_problem_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.resolvedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'roster_difference_resolved_by_fk',
    }),
    index('roster_difference_check_idx').on(t.tenantId, t.checkId, t.kind),
    check('roster_difference_explained', sql`(${t.resolution} = 'explained') = (${t.reason} is not null)`),
    check('roster_difference_problem', sql`(${t.resolution} = 'problem') = (${t.problemId} is not null)`),
    check('roster_difference_resolved', sql`(${t.resolution} = 'open') = (${t.resolvedAt} is null)`),
    check('roster_difference_school', sql`${t.schoolId} is not null or ${t.rosterSchoolId} is not null`),
  ],
);
