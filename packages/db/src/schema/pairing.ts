import { sql } from 'drizzle-orm';
import { bigint, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PairingCredit, PairingGoods, PairingTargets } from '@tongxing/domain';
import { appUser } from './account';
import { tenantColumns, timestamps } from './columns';
import { evidenceFile } from './evidence';
import { school, teacher } from './org';
import { tenant } from './tenant';

/**
 * A pairing (结对): a lead (urban) school and one member school, or a community (共同体) of several,
 * for a period, with goals, per-term targets by activity kind and the pair's share of the city's budget.
 */
export const pairingPair = pgTable(
  'pairing_pair',
  {
    ...tenantColumns,
    name: text('name').notNull(),
    kind: text('kind', { enum: ['pair', 'community'] }).notNull(),
    leadSchoolId: uuid('lead_school_id').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    goals: text('goals').notNull().default(''),
    /** Activities of each kind a term should see confirmed, e.g. { 送教: 2, 同步课堂: 4 }. */
    targets: jsonb('targets').$type<PairingTargets>().notNull().default({}),
    budgetFen: bigint('budget_fen', { mode: 'number' }).notNull().default(0),
    createdBy: uuid('created_by').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.leadSchoolId], foreignColumns: [school.tenantId, school.id], name: 'pairing_pair_lead_fk' }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [appUser.tenantId, appUser.id], name: 'pairing_pair_created_by_fk' }),
    index('pairing_pair_lead_idx').on(t.tenantId, t.leadSchoolId),
    check('pairing_pair_dates', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    check('pairing_pair_budget', sql`${t.budgetFen} >= 0`),
  ],
);

/** The member (rural) schools of a pair: exactly one for a pair, several for a community. */
export const pairingMember = pgTable(
  'pairing_member',
  {
    tenantId: uuid('tenant_id').notNull(),
    pairId: uuid('pair_id').notNull(),
    schoolId: uuid('school_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.pairId, t.schoolId] }),
    foreignKey({ columns: [t.tenantId, t.pairId], foreignColumns: [pairingPair.tenantId, pairingPair.id], name: 'pairing_member_pair_fk' }),
    foreignKey({ columns: [t.tenantId, t.schoolId], foreignColumns: [school.tenantId, school.id], name: 'pairing_member_school_fk' }),
    index('pairing_member_school_idx').on(t.tenantId, t.schoolId),
  ],
);

/**
 * A support activity of a pair, logged by the giving school (or a receiving one): dates, kind, what was
 * given (hours, beneficiaries, money in 分, goods). It counts towards targets, budgets and reports only
 * once every receiving school has confirmed it (`pairing_receipt`).
 */
export const pairingActivity = pgTable(
  'pairing_activity',
  {
    ...tenantColumns,
    pairId: uuid('pair_id').notNull(),
    kind: text('kind').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    givingSchoolId: uuid('giving_school_id').notNull(),
    description: text('description').notNull().default(''),
    hours: integer('hours').notNull().default(0),
    students: integer('students').notNull().default(0),
    teachers: integer('teachers').notNull().default(0),
    moneyFen: bigint('money_fen', { mode: 'number' }).notNull().default(0),
    goods: jsonb('goods').$type<PairingGoods>().notNull().default([]),
    loggedBy: uuid('logged_by').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.pairId],
      foreignColumns: [pairingPair.tenantId, pairingPair.id],
      name: 'pairing_activity_pair_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.givingSchoolId],
      foreignColumns: [school.tenantId, school.id],
      name: 'pairing_activity_giving_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.loggedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'pairing_activity_logged_by_fk',
    }),
    index('pairing_activity_pair_idx').on(t.tenantId, t.pairId, t.startDate),
    check('pairing_activity_dates', sql`${t.endDate} >= ${t.startDate}`),
    check('pairing_activity_amounts', sql`${t.hours} >= 0 and ${t.students} >= 0 and ${t.teachers} >= 0 and ${t.moneyFen} >= 0`),
  ],
);

/** Each receiving school's answer to an activity: pending, confirmed, or disputed with a reason. */
export const pairingReceipt = pgTable(
  'pairing_receipt',
  {
    tenantId: uuid('tenant_id').notNull(),
    activityId: uuid('activity_id').notNull(),
    schoolId: uuid('school_id').notNull(),
    state: text('state', { enum: ['pending', 'confirmed', 'disputed'] })
      .notNull()
      .default('pending'),
    reason: text('reason'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.activityId, t.schoolId] }),
    foreignKey({
      columns: [t.tenantId, t.activityId],
      foreignColumns: [pairingActivity.tenantId, pairingActivity.id],
      name: 'pairing_receipt_activity_fk',
    }),
    foreignKey({ columns: [t.tenantId, t.schoolId], foreignColumns: [school.tenantId, school.id], name: 'pairing_receipt_school_fk' }),
    foreignKey({
      columns: [t.tenantId, t.decidedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'pairing_receipt_decided_by_fk',
    }),
    index('pairing_receipt_school_idx').on(t.tenantId, t.schoolId, t.state),
    // What "confirmed" asks of every activity: has it a receipt that is not confirmed? (A hash anti-join
    // over all open receipts otherwise, 2.7 ms for one pair's 120 activities.)
    index('pairing_receipt_open_idx')
      .on(t.tenantId, t.activityId)
      .where(sql`${t.state} <> 'confirmed'`),
    check('pairing_receipt_reason', sql`${t.state} <> 'disputed' or ${t.reason} is not null`),
  ],
);

/** The register's teachers who took part in an activity. */
export const pairingParticipant = pgTable(
  'pairing_participant',
  {
    tenantId: uuid('tenant_id').notNull(),
    activityId: uuid('activity_id').notNull(),
    teacherId: uuid('teacher_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.activityId, t.teacherId] }),
    foreignKey({
      columns: [t.tenantId, t.activityId],
      foreignColumns: [pairingActivity.tenantId, pairingActivity.id],
      name: 'pairing_participant_activity_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.teacherId],
      foreignColumns: [teacher.tenantId, teacher.id],
      name: 'pairing_participant_teacher_fk',
    }),
  ],
);

/** The evidence files (photos, documents) of an activity. */
export const pairingEvidence = pgTable(
  'pairing_evidence',
  {
    tenantId: uuid('tenant_id').notNull(),
    activityId: uuid('activity_id').notNull(),
    fileId: uuid('file_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.activityId, t.fileId] }),
    foreignKey({
      columns: [t.tenantId, t.activityId],
      foreignColumns: [pairingActivity.tenantId, pairingActivity.id],
      name: 'pairing_evidence_activity_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.fileId],
      foreignColumns: [evidenceFile.tenantId, evidenceFile.id],
      name: 'pairing_evidence_file_fk',
    }),
    index('pairing_evidence_file_idx').on(t.tenantId, t.fileId),
  ],
);

/**
 * The city's pairing settings (one row per city; absent means the defaults): its own activity kinds beside
 * the national ones, when a pair counts as idle, when an unanswered activity shows to the county, and which
 * kinds credit their hours to the participants' training ledger once confirmed, at which level.
 */
export const pairingSettings = pgTable(
  'pairing_settings',
  {
    tenantId: uuid('tenant_id').notNull(),
    ownKinds: text('own_kinds')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    idleWeeks: integer('idle_weeks').notNull().default(8),
    pendingDays: integer('pending_days').notNull().default(14),
    credits: jsonb('credits').$type<PairingCredit[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id], name: 'pairing_settings_tenant_fk' }),
    check('pairing_settings_idle_weeks', sql`${t.idleWeeks} between 1 and 52`),
    check('pairing_settings_pending_days', sql`${t.pendingDays} between 1 and 90`),
  ],
);
