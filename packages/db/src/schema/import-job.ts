import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './account';
import { tenantColumns, timestamps } from './columns';
import { tenant } from './tenant';

/** One rejected cell of an uploaded workbook: Excel row number, column header, reason (in the uploader's language). */
export interface ImportProblem {
  row: number;
  column: string;
  reason: string;
  /**
   * Not a problem: a row left out because what it records is already there (an hours import's
   * certificate number already in the ledger). Listed beside the problems so the user sees it was skipped.
   */
  skipped?: true;
}

/**
 * An Excel import of schools, teachers or training hours: validated in the background, then imported (all valid rows
 * in one transaction) or cancelled by the user who uploaded it. `payload` holds the normalised valid rows.
 */
export const importJob = pgTable(
  'import_job',
  {
    ...tenantColumns,
    kind: text('kind', { enum: ['teacher', 'school', 'hours', 'roster'] }).notNull(),
    status: text('status', { enum: ['validating', 'validated', 'importing', 'done', 'failed', 'cancelled'] })
      .notNull()
      .default('validating'),
    fileName: text('file_name').notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    validRows: integer('valid_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    errors: jsonb('errors').$type<ImportProblem[]>().notNull().default([]),
    /** Why a job failed as a whole (unreadable file, data changed since validation), in the uploader's language. */
    failure: text('failure'),
    payload: jsonb('payload').$type<unknown[]>().notNull().default([]),
    createdBy: uuid('created_by').notNull(),
    ...timestamps,
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenant.id], name: 'import_job_tenant_fk' }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [appUser.tenantId, appUser.id], name: 'import_job_created_by_fk' }),
    index('import_job_tenant_creator_idx').on(t.tenantId, t.createdBy, t.createdAt),
  ],
);
