import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './account';
import { tenantColumns, timestamps } from './columns';
import { evidenceFile } from './evidence';
import { county, school } from './org';

/** An inspection visit (督查): when, who inspected, what they noted; the counties and schools visited are its sites. */
export const inspectionVisit = pgTable(
  'inspection_visit',
  {
    ...tenantColumns,
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    /** The inspectors' names as the report gives them (not necessarily users). */
    inspectors: text('inspectors').notNull(),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.createdBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'inspection_visit_created_by_fk',
    }),
    index('inspection_visit_date_idx').on(t.tenantId, t.visitedOn),
  ],
);

/** A county (and, when it names one, a school of it) that a visit went to. */
export const inspectionSite = pgTable(
  'inspection_site',
  {
    ...tenantColumns,
    visitId: uuid('visit_id').notNull(),
    countyId: uuid('county_id').notNull(),
    schoolId: uuid('school_id'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.visitId],
      foreignColumns: [inspectionVisit.tenantId, inspectionVisit.id],
      name: 'inspection_site_visit_fk',
    }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.countyId], foreignColumns: [county.tenantId, county.id], name: 'inspection_site_county_fk' }),
    foreignKey({ columns: [t.tenantId, t.schoolId], foreignColumns: [school.tenantId, school.id], name: 'inspection_site_school_fk' }),
    index('inspection_site_visit_idx').on(t.tenantId, t.visitId),
  ],
);

/**
 * A problem found (on a visit, or by reconciliation): what, its category, the record it concerns, the
 * responsible unit (a county, or a school of it), the owner who rectifies it and the deadline.
 * open → submitted (the owner's rectification) → closed (销号 by an inspector), or back to open when returned.
 */
export const inspectionProblem = pgTable(
  'inspection_problem',
  {
    ...tenantColumns,
    visitId: uuid('visit_id'),
    description: text('description').notNull(),
    category: text('category').notNull(),
    /** The record it concerns, by kind (`school`, `teacher`, `sheet`, `pair`, `cohort`, `rotationMove` …) and id. */
    recordKind: text('record_kind'),
    recordId: uuid('record_id'),
    countyId: uuid('county_id').notNull(),
    /** Null when the county itself is the responsible unit. */
    schoolId: uuid('school_id'),
    ownerId: uuid('owner_id').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    state: text('state', { enum: ['open', 'submitted', 'closed'] })
      .notNull()
      .default('open'),
    foundBy: uuid('found_by').notNull(),
    closedBy: uuid('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.visitId],
      foreignColumns: [inspectionVisit.tenantId, inspectionVisit.id],
      name: 'inspection_problem_visit_fk',
    }),
    foreignKey({ columns: [t.tenantId, t.countyId], foreignColumns: [county.tenantId, county.id], name: 'inspection_problem_county_fk' }),
    foreignKey({ columns: [t.tenantId, t.schoolId], foreignColumns: [school.tenantId, school.id], name: 'inspection_problem_school_fk' }),
    foreignKey({ columns: [t.tenantId, t.ownerId], foreignColumns: [appUser.tenantId, appUser.id], name: 'inspection_problem_owner_fk' }),
    foreignKey({
      columns: [t.tenantId, t.foundBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'inspection_problem_found_by_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.closedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'inspection_problem_closed_by_fk',
    }),
    index('inspection_problem_county_idx').on(t.tenantId, t.countyId, t.state),
    index('inspection_problem_owner_idx').on(t.tenantId, t.ownerId, t.state),
    check('inspection_problem_record', sql`(${t.recordKind} is null) = (${t.recordId} is null)`),
    check('inspection_problem_closed', sql`(${t.state} = 'closed') = (${t.closedAt} is not null)`),
  ],
);

/**
 * The owner's rectification of a problem (整改), with its evidence; the inspector's decision on it: closed
 * (销号) or returned with a comment. A returned problem gets a new rectification, so the history stays.
 */
export const inspectionRectification = pgTable(
  'inspection_rectification',
  {
    ...tenantColumns,
    problemId: uuid('problem_id').notNull(),
    note: text('note').notNull(),
    submittedBy: uuid('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    decision: text('decision', { enum: ['closed', 'returned'] }),
    comment: text('comment'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.problemId],
      foreignColumns: [inspectionProblem.tenantId, inspectionProblem.id],
      name: 'inspection_rectification_problem_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.submittedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'inspection_rectification_submitted_by_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.decidedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'inspection_rectification_decided_by_fk',
    }),
    index('inspection_rectification_problem_idx').on(t.tenantId, t.problemId),
    check('inspection_rectification_returned', sql`${t.decision} is distinct from 'returned' or ${t.comment} is not null`),
  ],
);

/** The evidence files (photos, documents) of a rectification. */
export const inspectionEvidence = pgTable(
  'inspection_evidence',
  {
    tenantId: uuid('tenant_id').notNull(),
    rectificationId: uuid('rectification_id').notNull(),
    fileId: uuid('file_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.rectificationId, t.fileId] }),
    foreignKey({
      columns: [t.tenantId, t.rectificationId],
      foreignColumns: [inspectionRectification.tenantId, inspectionRectification.id],
      name: 'inspection_evidence_rectification_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.fileId],
      foreignColumns: [evidenceFile.tenantId, evidenceFile.id],
      name: 'inspection_evidence_file_fk',
    }),
    index('inspection_evidence_file_idx').on(t.tenantId, t.fileId),
  ],
);
