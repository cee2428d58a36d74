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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CompletionRule, TargetGroup } from '@tongxing/domain';
import { appUser } from './account';
import { tenantColumns, timestamps } from './columns';
import { evidenceFile } from './evidence';
import { county, teacher } from './org';
import { pairingActivity } from './pairing';
import { trainingProvider } from './provider';
import { tenant } from './tenant';

/** 国培, 省培, 市培, 县培, 校本, 东西部协作 — created with every city (trigger); a city adds its own. */
export const trainingLevel = pgTable(
  'training_level',
  {
    ...tenantColumns,
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('training_level_tenant_name_key').on(t.tenantId, t.name),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id], name: 'training_level_tenant_fk' }),
  ],
);

/** A programme (培训项目): run by the city (county null) or by one county, with a target group. */
export const trainingProgramme = pgTable(
  'training_programme',
  {
    ...tenantColumns,
    name: text('name').notNull(),
    level: text('level').notNull(),
    form: text('form').notNull(),
    /** The county that runs it (县培); null for the city's own and for national/provincial ones. */
    countyId: uuid('county_id'),
    provider: text('provider'),
    /** The provider whose accounts record this programme's attendance (the name above is what notices print). */
    providerId: uuid('provider_id'),
    partner: text('partner'),
    funding: text('funding'),
    documentNo: text('document_no'),
    description: text('description'),
    target: jsonb('target').$type<TargetGroup>().notNull(),
    createdBy: uuid('created_by').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.level],
      foreignColumns: [trainingLevel.tenantId, trainingLevel.name],
      name: 'training_programme_level_fk',
    }).onUpdate('cascade'),
    foreignKey({ columns: [t.tenantId, t.countyId], foreignColumns: [county.tenantId, county.id], name: 'training_programme_county_fk' }),
    foreignKey({
      columns: [t.tenantId, t.providerId],
      foreignColumns: [trainingProvider.tenantId, trainingProvider.id],
      name: 'training_programme_provider_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.createdBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'training_programme_created_by_fk',
    }),
  ],
);

/**
 * A cohort (期次) of a programme: dates (both inclusive, as the notices print them), capacity and the
 * hours credited on completion. `held` counts the enrolments holding a place; a trigger keeps it and
 * the check refuses a place beyond capacity, so concurrent nominations cannot overfill a cohort.
 */
export const trainingCohort = pgTable(
  'training_cohort',
  {
    ...tenantColumns,
    programmeId: uuid('programme_id').notNull(),
    name: text('name').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    place: text('place'),
    capacity: integer('capacity').notNull(),
    hours: integer('hours').notNull(),
    completionRule: jsonb('completion_rule').$type<CompletionRule>().notNull(),
    applicationOpen: boolean('application_open').notNull().default(false),
    /** From the programme's form and the cohort's length (isOffTheJob in packages/domain). */
    offTheJob: boolean('off_the_job').notNull(),
    held: integer('held').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.programmeId],
      foreignColumns: [trainingProgramme.tenantId, trainingProgramme.id],
      name: 'training_cohort_programme_fk',
    }),
    index('training_cohort_programme_idx').on(t.tenantId, t.programmeId, t.startDate),
    check('training_cohort_capacity_full', sql`${t.held} between 0 and ${t.capacity}`),
    check('training_cohort_dates', sql`${t.endDate} >= ${t.startDate}`),
    check('training_cohort_hours', sql`${t.hours} between 0 and 2000 and ${t.capacity} between 1 and 100000`),
  ],
);

/** A county's places (名额) in a cohort, set by the city; a cohort with any quota admits only counties with one. */
export const trainingQuota = pgTable(
  'training_quota',
  {
    ...tenantColumns,
    cohortId: uuid('cohort_id').notNull(),
    countyId: uuid('county_id').notNull(),
    places: integer('places').notNull(),
    held: integer('held').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('training_quota_cohort_county_key').on(t.tenantId, t.cohortId, t.countyId),
    foreignKey({
      columns: [t.tenantId, t.cohortId],
      foreignColumns: [trainingCohort.tenantId, trainingCohort.id],
      name: 'training_quota_cohort_fk',
    }),
    foreignKey({ columns: [t.tenantId, t.countyId], foreignColumns: [county.tenantId, county.id], name: 'training_quota_county_fk' }),
    check('training_quota_full', sql`${t.held} between 0 and ${t.places}`),
  ],
);

export const ENROLMENT_STATE_VALUES = ['applied', 'nominated', 'enrolled', 'waitlisted', 'completed', 'withdrawn', 'refused'] as const;

/**
 * A teacher in a cohort: applied, nominated (awaiting the city), enrolled, waitlisted, completed,
 * withdrawn or refused. One per teacher and cohort. The county is the teacher's at nomination and is
 * the quota it counts against.
 */
export const trainingEnrolment = pgTable(
  'training_enrolment',
  {
    ...tenantColumns,
    cohortId: uuid('cohort_id').notNull(),
    teacherId: uuid('teacher_id').notNull(),
    countyId: uuid('county_id').notNull(),
    state: text('state', { enum: ENROLMENT_STATE_VALUES }).notNull(),
    origin: text('origin', { enum: ['nominated', 'applied'] }).notNull(),
    /** Why it was withdrawn or refused. */
    reason: text('reason'),
    result: text('result', { enum: ['passed', 'failed'] }),
    waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
    /** The state a waitlisted enrolment takes when a place frees up (it has passed every other decision). */
    waitlistedFor: text('waitlisted_for', { enum: ['nominated', 'enrolled'] }),
    createdBy: uuid('created_by').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('training_enrolment_cohort_teacher_key').on(t.tenantId, t.cohortId, t.teacherId),
    foreignKey({
      columns: [t.tenantId, t.cohortId],
      foreignColumns: [trainingCohort.tenantId, trainingCohort.id],
      name: 'training_enrolment_cohort_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.teacherId],
      foreignColumns: [teacher.tenantId, teacher.id],
      name: 'training_enrolment_teacher_fk',
    }),
    foreignKey({ columns: [t.tenantId, t.countyId], foreignColumns: [county.tenantId, county.id], name: 'training_enrolment_county_fk' }),
    foreignKey({
      columns: [t.tenantId, t.createdBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'training_enrolment_created_by_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.decidedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'training_enrolment_decided_by_fk',
    }),
    index('training_enrolment_teacher_idx').on(t.tenantId, t.teacherId),
  ],
);

/**
 * When a teacher is away from their school: an off-the-job training placement or (later) a rotation
 * stint, as `[start_date, end_date)` like posts. One exclusion constraint over all sources makes two
 * overlapping absences of one teacher impossible, whatever writes them (migration 0015).
 */
export const teacherAway = pgTable(
  'teacher_away',
  {
    ...tenantColumns,
    teacherId: uuid('teacher_id').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    source: text('source', { enum: ['training', 'rotation'] }).notNull(),
    sourceId: uuid('source_id').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('teacher_away_source_key').on(t.tenantId, t.source, t.sourceId),
    foreignKey({ columns: [t.tenantId, t.teacherId], foreignColumns: [teacher.tenantId, teacher.id], name: 'teacher_away_teacher_fk' }),
  ],
);

/**
 * The hours ledger (学时): append-only. A completed cohort, an imported record of a national or
 * provincial platform, or an approved manual claim each add an entry; a correction is a reversing
 * entry (negative hours, `reverses_id`), never an edit.
 */
export const trainingHoursEntry = pgTable(
  'training_hours_entry',
  {
    ...tenantColumns,
    teacherId: uuid('teacher_id').notNull(),
    hours: integer('hours').notNull(),
    level: text('level').notNull(),
    title: text('title').notNull(),
    source: text('source', { enum: ['cohort', 'import', 'manual', 'pairing'] }).notNull(),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    enrolmentId: uuid('enrolment_id'),
    /** A confirmed pairing activity whose kind the city credits (source 'pairing'). */
    pairingActivityId: uuid('pairing_activity_id'),
    certificateNo: text('certificate_no'),
    reversesId: uuid('reverses_id'),
    note: text('note'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.teacherId],
      foreignColumns: [teacher.tenantId, teacher.id],
      name: 'training_hours_entry_teacher_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.enrolmentId],
      foreignColumns: [trainingEnrolment.tenantId, trainingEnrolment.id],
      name: 'training_hours_entry_enrolment_fk',
    }),
    foreignKey({ columns: [t.tenantId, t.reversesId], foreignColumns: [t.tenantId, t.id], name: 'training_hours_entry_reverses_fk' }),
    foreignKey({
      columns: [t.tenantId, t.pairingActivityId],
      foreignColumns: [pairingActivity.tenantId, pairingActivity.id],
      name: 'training_hours_entry_pairing_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.createdBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'training_hours_entry_created_by_fk',
    }),
    index('training_hours_entry_teacher_idx').on(t.tenantId, t.teacherId, t.completedOn),
    uniqueIndex('training_hours_entry_one_per_enrolment')
      .on(t.tenantId, t.enrolmentId)
      .where(sql`enrolment_id is not null and reverses_id is null`),
    uniqueIndex('training_hours_entry_reversed_once').on(t.tenantId, t.reversesId),
    uniqueIndex('training_hours_entry_one_per_activity')
      .on(t.tenantId, t.pairingActivityId, t.teacherId)
      .where(sql`pairing_activity_id is not null and reverses_id is null`),
    check('training_hours_entry_hours', sql`${t.hours} between -2000 and 2000 and ${t.hours} <> 0`),
  ],
);

/** The city's hours cycle (e.g. 360 学时 in 2026–2030); cycles of a city never overlap. */
export const trainingCycle = pgTable(
  'training_cycle',
  {
    ...tenantColumns,
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    requiredHours: integer('required_hours').notNull(),
    minHoursByLevel: jsonb('min_hours_by_level').$type<Record<string, number>>().notNull(),
    joiners: text('joiners', { enum: ['prorataMonths', 'full'] }).notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id], name: 'training_cycle_tenant_fk' }),
  ],
);

/** A session (课次) of a cohort: a day, and a name when a day has several (上午, 下午). */
export const trainingSession = pgTable(
  'training_session',
  {
    ...tenantColumns,
    cohortId: uuid('cohort_id').notNull(),
    sessionDate: date('session_date', { mode: 'string' }).notNull(),
    name: text('name').notNull().default(''),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('training_session_cohort_date_name_key').on(t.tenantId, t.cohortId, t.sessionDate, t.name),
    foreignKey({
      columns: [t.tenantId, t.cohortId],
      foreignColumns: [trainingCohort.tenantId, trainingCohort.id],
      name: 'training_session_cohort_fk',
    }),
  ],
);

/** Whether a trainee was at a session, as the roll call recorded it (corrected by recording again). */
export const trainingAttendance = pgTable(
  'training_attendance',
  {
    ...tenantColumns,
    sessionId: uuid('session_id').notNull(),
    enrolmentId: uuid('enrolment_id').notNull(),
    present: boolean('present').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('training_attendance_session_enrolment_key').on(t.tenantId, t.sessionId, t.enrolmentId),
    foreignKey({
      columns: [t.tenantId, t.sessionId],
      foreignColumns: [trainingSession.tenantId, trainingSession.id],
      name: 'training_attendance_session_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.enrolmentId],
      foreignColumns: [trainingEnrolment.tenantId, trainingEnrolment.id],
      name: 'training_attendance_enrolment_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.recordedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'training_attendance_recorded_by_fk',
    }),
    index('training_attendance_enrolment_idx').on(t.tenantId, t.enrolmentId),
  ],
);

/**
 * A teacher's claim of training done elsewhere (a certificate, a record of another platform), with its
 * evidence, for the county to approve: approval writes a `manual` entry to the ledger (`entry_id`);
 * refusal says why. A claim is never edited once decided.
 */
export const trainingHoursClaim = pgTable(
  'training_hours_claim',
  {
    ...tenantColumns,
    teacherId: uuid('teacher_id').notNull(),
    hours: integer('hours').notNull(),
    level: text('level').notNull(),
    title: text('title').notNull(),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    certificateNo: text('certificate_no'),
    note: text('note').notNull().default(''),
    state: text('state', { enum: ['pending', 'approved', 'refused', 'withdrawn'] })
      .notNull()
      .default('pending'),
    reason: text('reason'),
    submittedBy: uuid('submitted_by').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    entryId: uuid('entry_id'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.teacherId],
      foreignColumns: [teacher.tenantId, teacher.id],
      name: 'training_hours_claim_teacher_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.submittedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'training_hours_claim_submitted_by_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.decidedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'training_hours_claim_decided_by_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.entryId],
      foreignColumns: [trainingHoursEntry.tenantId, trainingHoursEntry.id],
      name: 'training_hours_claim_entry_fk',
    }),
    index('training_hours_claim_teacher_idx').on(t.tenantId, t.teacherId, t.createdAt),
    index('training_hours_claim_pending_idx')
      .on(t.tenantId, t.createdAt)
      .where(sql`state = 'pending'`),
    check('training_hours_claim_hours', sql`${t.hours} between 1 and 2000`),
    check('training_hours_claim_approved', sql`(${t.state} = 'approved') = (${t.entryId} is not null)`),
  ],
);

/** The evidence files of a claim. */
export const trainingClaimEvidence = pgTable(
  'training_claim_evidence',
  {
    tenantId: uuid('tenant_id').notNull(),
    claimId: uuid('claim_id').notNull(),
    fileId: uuid('file_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.claimId, t.fileId] }),
    foreignKey({
      columns: [t.tenantId, t.claimId],
      foreignColumns: [trainingHoursClaim.tenantId, trainingHoursClaim.id],
      name: 'training_claim_evidence_claim_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.fileId],
      foreignColumns: [evidenceFile.tenantId, evidenceFile.id],
      name: 'training_claim_evidence_file_fk',
    }),
    index('training_claim_evidence_file_idx').on(t.tenantId, t.fileId),
  ],
);

/**
 * The certificate numbers that stand: one row per number of an entry that is not reversed, kept by the
 * ledger's triggers. A number is recorded once while it stands; reversing its entry frees it, so the
 * corrected record can be imported again. (The ledger itself cannot say "not reversed" in an index.)
 */
export const trainingCertificateClaim = pgTable(
  'training_certificate_claim',
  {
    tenantId: uuid('tenant_id').notNull(),
    certificateNo: text('certificate_no').notNull(),
    entryId: uuid('entry_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.certificateNo] }),
    uniqueIndex('training_certificate_claim_entry').on(t.tenantId, t.entryId),
    foreignKey({
      columns: [t.tenantId, t.entryId],
      foreignColumns: [trainingHoursEntry.tenantId, trainingHoursEntry.id],
      name: 'training_certificate_claim_entry_fk',
    }),
  ],
);

/**
 * Each teacher's hours in each cycle: the ledger summed, kept by triggers (migration 0019) so the
 * compliance list reads one row per teacher instead of summing the ledger on every page.
 */
export const trainingCycleHours = pgTable(
  'training_cycle_hours',
  {
    tenantId: uuid('tenant_id').notNull(),
    cycleId: uuid('cycle_id').notNull(),
    teacherId: uuid('teacher_id').notNull(),
    hours: integer('hours').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.cycleId, t.teacherId] }),
    foreignKey({
      columns: [t.tenantId, t.cycleId],
      foreignColumns: [trainingCycle.tenantId, trainingCycle.id],
      name: 'training_cycle_hours_cycle_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.teacherId],
      foreignColumns: [teacher.tenantId, teacher.id],
      name: 'training_cycle_hours_teacher_fk',
    }),
  ],
);
