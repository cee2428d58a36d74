import { sql } from 'drizzle-orm';
import { bigint, foreignKey, index, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './account';
import { allowanceType } from './allowance';
import { tenantColumns, timestamps } from './columns';
import { county, teacher } from './org';

/**
 * A county's monthly disbursement sheet (发放表): recomputed while a draft (or returned), then
 * submitted, then approved by the city — and locked: its lines are never edited again.
 */
export const allowanceSheet = pgTable(
  'allowance_sheet',
  {
    ...tenantColumns,
    countyId: uuid('county_id').notNull(),
    month: text('month').notNull(),
    state: text('state', { enum: ['draft', 'submitted', 'approved', 'returned'] })
      .notNull()
      .default('draft'),
    comment: text('comment'),
    computedAt: timestamp('computed_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique('allowance_sheet_tenant_county_month_key').on(t.tenantId, t.countyId, t.month),
    foreignKey({ columns: [t.tenantId, t.countyId], foreignColumns: [county.tenantId, county.id], name: 'allowance_sheet_county_fk' }),
    foreignKey({
      columns: [t.tenantId, t.submittedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'allowance_sheet_submitted_by_fk',
    }),
    foreignKey({
      columns: [t.tenantId, t.decidedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
      name: 'allowance_sheet_decided_by_fk',
    }),
  ],
);

/**
 * One line of a sheet: a teacher × allowance type × month (`regular`), or a correction of an earlier,
 * locked month (`adjustment`, 补发 positive / 扣回 negative, `corrects_month` names it). The segments
 * are the explanation. A person has at most one regular line per type and month in the tenant.
 */
export const allowanceLine = pgTable(
  'allowance_line',
  {
    ...tenantColumns,
    sheetId: uuid('sheet_id').notNull(),
    teacherId: uuid('teacher_id').notNull(),
    allowanceTypeId: uuid('allowance_type_id').notNull(),
    kind: text('kind', { enum: ['regular', 'adjustment'] }).notNull(),
    /** The month the money is for: the sheet's month, or for an adjustment the month it corrects. */
    month: text('month').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /** For an adjustment: what had been approved for that month before, and what it is now. */
    approvedFen: bigint('approved_fen', { mode: 'number' }),
    recomputedFen: bigint('recomputed_fen', { mode: 'number' }),
    segments: jsonb('segments').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.sheetId],
      foreignColumns: [allowanceSheet.tenantId, allowanceSheet.id],
      name: 'allowance_line_sheet_fk',
    }),
    foreignKey({ columns: [t.tenantId, t.teacherId], foreignColumns: [teacher.tenantId, teacher.id], name: 'allowance_line_teacher_fk' }),
    foreignKey({
      columns: [t.tenantId, t.allowanceTypeId],
      foreignColumns: [allowanceType.tenantId, allowanceType.id],
      name: 'allowance_line_type_fk',
    }),
    uniqueIndex('allowance_line_one_regular_per_month')
      .on(t.tenantId, t.teacherId, t.allowanceTypeId, t.month)
      .where(sql`kind = 'regular'`),
    uniqueIndex('allowance_line_one_adjustment_per_sheet')
      .on(t.tenantId, t.sheetId, t.teacherId, t.allowanceTypeId, t.month)
      .where(sql`kind = 'adjustment'`),
    index('allowance_line_tenant_sheet_idx').on(t.tenantId, t.sheetId),
  ],
);
