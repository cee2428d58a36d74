import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import type { ImportProblem } from '@tongxing/db/schema/import-job';
import { and, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { ImportKind } from './columns';
import { jsonb } from './jsonb';

const j = schema.importJob;
export type JobStatus = (typeof j.$inferSelect)['status'];

/** `errors` holds the problems and, for hours, the rows skipped as already recorded (`skipped`); these pick either. */
const PROBLEMS = '$[*] ? (!(exists(@.skipped)))';
const SKIPPED = '$[*] ? (exists(@.skipped))';
const skippedCount = sql<number>`jsonb_array_length(jsonb_path_query_array(${j.errors}, ${SKIPPED}::jsonpath))`;

/** What a user sees of a job: never the rows it carries. */
const summary = {
  id: j.id,
  kind: j.kind,
  status: j.status,
  fileName: j.fileName,
  totalRows: j.totalRows,
  validRows: j.validRows,
  processedRows: j.processedRows,
  errorCount: sql<number>`jsonb_array_length(${j.errors}) - ${skippedCount}`,
  skippedCount,
  failure: j.failure,
  createdAt: j.createdAt,
  finishedAt: j.finishedAt,
};

/** A job is its uploader's alone: every look-up names the user as well as the id. */
const owned = (user: SessionUser, jobId: string) => and(eq(j.id, jobId), eq(j.createdBy, user.id));

export async function createJob(tx: Transaction, user: SessionUser, kind: ImportKind, fileName: string): Promise<string> {
  const [row] = await tx.insert(j).values({ tenantId: user.tenantId, kind, fileName, createdBy: user.id }).returning({ id: j.id });
  return row!.id;
}

/** Background work writes progress every few hundred milliseconds; silence this long means it died. */
export const INTERRUPTED_AFTER_MS = 10 * 60 * 1000;

/**
 * A job still "validating" or "importing" with no progress for INTERRUPTED_AFTER_MS lost its worker
 * (the server restarted): it ends as failed — nothing was written, the import being one transaction.
 */
export async function failIfInterrupted(tx: Transaction, user: SessionUser, jobId: string, failure: string): Promise<void> {
  await tx
    .update(j)
    .set({ status: 'failed', failure, finishedAt: new Date(), payload: [] })
    .where(
      and(owned(user, jobId), inArray(j.status, ['validating', 'importing']), lt(j.updatedAt, new Date(Date.now() - INTERRUPTED_AFTER_MS))),
    );
}

/** The user's and the city's jobs still being read or imported (not counting ones silent long enough to have died). */
export async function runningJobs(tx: Transaction, user: SessionUser): Promise<{ ofUser: number; ofTenant: number }> {
  const [row] = await tx
    .select({
      ofUser: sql<number>`count(*) filter (where ${j.createdBy} = ${user.id})::int`,
      ofTenant: sql<number>`count(*)::int`,
    })
    .from(j)
    .where(and(inArray(j.status, ['validating', 'importing']), gt(j.updatedAt, new Date(Date.now() - INTERRUPTED_AFTER_MS))));
  return row ?? { ofUser: 0, ofTenant: 0 };
}

export async function jobOf(tx: Transaction, user: SessionUser, jobId: string) {
  const [row] = await tx.select(summary).from(j).where(owned(user, jobId));
  return row;
}

/** The first `count` problems of a job, and the first `count` rows it skipped, for the page. */
export async function firstErrors(
  tx: Transaction,
  user: SessionUser,
  jobId: string,
  count: number,
): Promise<{ errors: ImportProblem[]; skipped: ImportProblem[] }> {
  const first = (filter: string) =>
    sql<
      ImportProblem[]
    >`jsonb_path_query_array(jsonb_path_query_array(${j.errors}, ${filter}::jsonpath), ${`$[0 to ${count - 1}]`}::jsonpath)`;
  const [row] = await tx
    .select({ errors: first(PROBLEMS), skipped: first(SKIPPED) })
    .from(j)
    .where(owned(user, jobId));
  return row ?? { errors: [], skipped: [] };
}

/** Every problem of a job, and every row it skipped, for the downloadable report. */
export async function errorsOf(tx: Transaction, user: SessionUser, jobId: string) {
  const [row] = await tx.select({ kind: j.kind, fileName: j.fileName, errors: j.errors }).from(j).where(owned(user, jobId));
  if (!row) return undefined;
  const { errors: all, ...job } = row;
  return { ...job, errors: all.filter((e) => !e.skipped), skipped: all.filter((e) => e.skipped) };
}

export function recentJobs(tx: Transaction, user: SessionUser, limit: number) {
  return tx.select(summary).from(j).where(eq(j.createdBy, user.id)).orderBy(desc(j.createdAt)).limit(limit);
}

/** The user's move on a job from one of `from`; false when it is not (or no longer) in such a state. */
export async function transition(
  tx: Transaction,
  user: SessionUser,
  jobId: string,
  from: JobStatus[],
  to: 'importing' | 'cancelled',
): Promise<boolean> {
  const rows = await tx
    .update(j)
    .set({ status: to, processedRows: 0, ...(to === 'cancelled' ? { finishedAt: new Date(), payload: [] } : {}) })
    .where(and(owned(user, jobId), inArray(j.status, from)))
    .returning({ id: j.id });
  return rows.length > 0;
}

/** Progress of the running phase, written by the background work in its own short transactions. */
export async function setProgress(tx: Transaction, jobId: string, processedRows: number): Promise<void> {
  await tx
    .update(j)
    .set({ processedRows })
    .where(and(eq(j.id, jobId), inArray(j.status, ['validating', 'importing'])));
}

export async function saveValidation(
  tx: Transaction,
  jobId: string,
  result: { totalRows: number; payload: unknown[]; errors: ImportProblem[] },
): Promise<void> {
  await tx
    .update(j)
    .set({
      status: 'validated',
      totalRows: result.totalRows,
      validRows: result.payload.length,
      processedRows: result.totalRows,
      errors: result.errors,
      payload: result.payload,
    })
    .where(and(eq(j.id, jobId), eq(j.status, 'validating')));
}

/**
 * Rows found already recorded while importing (recorded since the check, by someone else): listed as
 * skipped, and no longer counted as valid rows.
 */
export async function skipAtImport(tx: Transaction, jobId: string, notes: ImportProblem[]): Promise<void> {
  await tx
    .update(j)
    .set({ errors: sql`${j.errors} || ${jsonb(notes)}`, validRows: sql`${j.validRows} - ${notes.length}::int` })
    .where(and(eq(j.id, jobId), eq(j.status, 'importing')));
}

export async function payloadOf(tx: Transaction, jobId: string) {
  const [row] = await tx
    .select({ kind: j.kind, payload: j.payload })
    .from(j)
    .where(and(eq(j.id, jobId), eq(j.status, 'importing')));
  return row;
}

export async function finish(tx: Transaction, jobId: string, status: 'done' | 'failed', failure: string | null = null): Promise<void> {
  await tx
    .update(j)
    .set({ status, failure, finishedAt: new Date(), payload: [], ...(status === 'done' ? { processedRows: sql`${j.validRows}` } : {}) })
    .where(and(eq(j.id, jobId), inArray(j.status, ['validating', 'importing'])));
}

/** Locks a validated job of the user's for work done in the request (a roster compared); false when it is not, or no longer, validated. */
export async function lockValidated(tx: Transaction, user: SessionUser, jobId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: j.id })
    .from(j)
    .where(and(owned(user, jobId), eq(j.status, 'validated')))
    .for('update');
  return rows.length > 0;
}

/** Ends a locked validated job as done once the request has used its rows (they are dropped). */
export async function finishValidated(tx: Transaction, jobId: string): Promise<void> {
  await tx
    .update(j)
    .set({ status: 'done', finishedAt: new Date(), payload: [], processedRows: sql`${j.validRows}` })
    .where(and(eq(j.id, jobId), eq(j.status, 'validated')));
}
