import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { RotationPolicy } from '@tongxing/domain';
import { appUser } from './account';
import { tenantColumns, timestamps } from './columns';
import { county, school, teacher } from './org';

const answer = (name: string) =>
  text(name, { enum: ['pending', 'confirmed', 'objected'] })
    .notNull()
    .default('pending');

/** The city's rotation policy for one year (eligibility, quotas, direction, stints, floors): one per year. */
export const rotationPolicy = pgTable(
  'rotation_policy',
  {
    ...tenantColumns,
    year: integer('year').notNull(),
    policy: jsonb('policy').$type<RotationPolicy>().notNull(),
    updatedBy: uuid('updated_by').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('rotation_policy_year_key').on(t.tenantId, t.year),
    foreignKey({
      columns: [t.tenantId, t.updatedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'rotation_policy_updated_by_fk',
    }),
    check('rotation_policy_year', sql`${t.year} = (${t.policy}->>'year')::int`),
  ],
);

/** A teacher exempt from rotation for `[start_date, end_date)` (illness, pregnancy, a post about to end…), with the reason. */
export const rotationExemption = pgTable(
  'rotation_exemption',
  {
    ...tenantColumns,
    teacherId: uuid('teacher_id').notNull(),
    reason: text('reason').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    createdBy: uuid('created_by').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.teacherId],
      foreignColumns: [teacher.tenantId, teacher.id],
      name: 'rotation_exemption_teacher_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.createdBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'rotation_exemption_created_by_fk',
    }),
    index('rotation_exemption_teacher_idx').on(t.tenantId, t.teacherId),
    check('rotation_exemption_dates', sql`${t.endDate} is null or ${t.endDate} > ${t.startDate}`),
  ],
);

/** A receiving school asks for `count` teachers of `subject` for the year's rotation (from `term`, e.g. 2026秋). */
export const rotationNeed = pgTable(
  'rotation_need',
  {
    ...tenantColumns,
    year: integer('year').notNull(),
    schoolId: uuid('school_id').notNull(),
    subject: text('subject').notNull(),
    count: integer('count').notNull(),
    term: text('term', { enum: ['autumn', 'spring'] })
      .notNull()
      .default('autumn'),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('rotation_need_key').on(t.tenantId, t.year, t.schoolId, t.subject),
    foreignKey({ columns: [t.tenantId, t.schoolId], foreignColumns: [school.tenantId, school.id], name: 'rotation_need_school_fk' }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [appUser.tenantId, appUser.id], name: 'rotation_need_created_by_fk' }),
    check('rotation_need_count', sql`${t.count} between 1 and 200`),
  ],
);

/**
 * A county's plan for the year: drafted (by hand or proposed by the planner), submitted to the schools,
 * approved by the county (and by the city when a move leaves the county). Approval applies every move.
 */
export const rotationPlan = pgTable(
  'rotation_plan',
  {
    ...tenantColumns,
    countyId: uuid('county_id').notNull(),
    year: integer('year').notNull(),
    state: text('state', { enum: ['draft', 'submitted', 'awaiting_city', 'approved'] })
      .notNull()
      .default('draft'),
    /** Teachers the officer left out of the planner's proposals. */
    exclusions: uuid('exclusions')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** The last proposal's outcome: status, cost, bound, gap, seconds, and what failed when none. */
    lastRun: jsonb('last_run'),
    comment: text('comment'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('rotation_plan_county_year_key').on(t.tenantId, t.countyId, t.year),
    foreignKey({ columns: [t.tenantId, t.countyId], foreignColumns: [county.tenantId, county.id], name: 'rotation_plan_county_fk' }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [appUser.tenantId, appUser.id], name: 'rotation_plan_created_by_fk' }),
    foreignKey({ columns: [t.tenantId, t.decidedBy], foreignColumns: [appUser.tenantId, appUser.id], name: 'rotation_plan_decided_by_fk' }),
  ],
);

/**
 * One move of a plan, `[start_date, end_date)` (no end for a 调动), answered by the sending and the
 * receiving school; `applied_at` once its posts are written. A teacher moves at most once in a year.
 */
export const rotationMove = pgTable(
  'rotation_move',
  {
    ...tenantColumns,
    planId: uuid('plan_id').notNull(),
    year: integer('year').notNull(),
    teacherId: uuid('teacher_id').notNull(),
    fromSchoolId: uuid('from_school_id').notNull(),
    toSchoolId: uuid('to_school_id').notNull(),
    form: text('form', { enum: ['调动', '支教', '走教', '援教'] }).notNull(),
    subject: text('subject').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    /** Kept by the planner's next proposals. */
    pinned: boolean('pinned').notNull().default(false),
    proposed: boolean('proposed').notNull().default(false),
    sendingState: answer('sending_state'),
    sendingReason: text('sending_reason'),
    receivingState: answer('receiving_state'),
    receivingReason: text('receiving_reason'),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('rotation_move_teacher_year_key').on(t.tenantId, t.year, t.teacherId),
    foreignKey({
      columns: [t.tenantId, t.planId],
      foreignColumns: [rotationPlan.tenantId, rotationPlan.id],
      name: 'rotation_move_plan_fk',
    }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.teacherId], foreignColumns: [teacher.tenantId, teacher.id], name: 'rotation_move_teacher_fk' }),
    foreignKey({ columns: [t.tenantId, t.fromSchoolId], foreignColumns: [school.tenantId, school.id], name: 'rotation_move_from_fk' }),
    foreignKey({ columns: [t.tenantId, t.toSchoolId], foreignColumns: [school.tenantId, school.id], name: 'rotation_move_to_fk' }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [appUser.tenantId, appUser.id], name: 'rotation_move_created_by_fk' }),
    index('rotation_move_plan_idx').on(t.tenantId, t.planId),
    index('rotation_move_from_idx').on(t.tenantId, t.fromSchoolId),
    index('rotation_move_to_idx').on(t.tenantId, t.toSchoolId),
    check('rotation_move_dates', sql`${t.endDate} is null or ${t.endDate} > ${t.startDate}`),
    check('rotation_move_end', sql`(${t.form} = '调动') = (${t.endDate} is null)`),
    check('rotation_move_schools', sql`${t.fromSchoolId} <> ${t.toSchoolId}`),
    check(
      'rotation_move_objection',
      sql`(${t.sendingState} <> 'objected' or ${t.sendingReason} is not null) and (${t.receivingState} <> 'objected' or ${t.receivingReason} is not null)`,
    ),
  ],
);
