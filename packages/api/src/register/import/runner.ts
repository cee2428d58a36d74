import type { SessionUser } from '@tongxing/auth';
import { withTenant, type Database, type Transaction } from '@tongxing/db';
import { translator, type Locale } from '@tongxing/domain';
import { log } from '../../log';
import { sql } from 'drizzle-orm';
import { MAX_ROWS, MAX_ROWS_OF, type ImportKind } from './columns';
import { commitHours } from './commit-hours';
import { commitSchools } from './commit-schools';
import { commitTeachers, StaleImport } from './commit-teachers';
import { finish, payloadOf, saveValidation, setProgress, skipAtImport } from './jobs';
import { readWorkbook, UnreadableWorkbook } from './read-workbook';
import { problemsFor, recordsOf, sortProblems } from './records';
import { validateRecords } from './validate';
import { alreadyRecorded, type HoursPayload } from './validate-hours';
import type { SchoolPayload } from './validate-schools';
import type { TeacherPayload } from './validate-teachers';

/** Who the background work acts for: the uploader, as in the request that started it. */
export interface Actor {
  db: Database;
  user: SessionUser;
  ip: string;
  locale: Locale;
}

const BATCH = 5_000;
const PROGRESS_EVERY_MS = 300;

const inTenant = <T>(actor: Actor, work: (tx: Transaction) => Promise<T>) =>
  withTenant(actor.db, { tenantId: actor.user.tenantId, userId: actor.user.id, clientIp: actor.ip }, work);

/**
 * Called in the request's transaction before it queues background work on a job. The work first waits
 * for the same lock, so it starts only once that transaction has ended: the job row (or its new status)
 * is then visible to it — or gone, if the request rolled back.
 */
export async function holdUntilCommit(tx: Transaction, jobId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${jobId}, 0))`);
}

/** Writes progress at most every PROGRESS_EVERY_MS, one write at a time, outside the work's transaction. */
function progressOf(actor: Actor, jobId: string) {
  let last = 0;
  let pending = Promise.resolve();
  return {
    report(rows: number) {
      if (Date.now() - last < PROGRESS_EVERY_MS) return;
      last = Date.now();
      // Best effort: a lost progress tick must not fail the import.
      pending = pending
        .then(() => inTenant(actor, (tx) => setProgress(tx, jobId, rows)))
        .catch((e: unknown) => log.warn({ err: e, jobId }, 'import progress not recorded'));
    },
    settled: () => pending,
  };
}

/**
 * Runs background work on a job; whatever it throws ends the job as failed, with a reason the user can
 * read (`maxRows`: the bound a file of too many rows is told of).
 */
function inBackground(actor: Actor, jobId: string, maxRows: number, work: () => Promise<void>): void {
  void (async () => {
    try {
      await inTenant(actor, (tx) => holdUntilCommit(tx, jobId)); // waits for the request's transaction
      await work();
    } catch (error) {
      const t = translator(actor.locale);
      const reason = error instanceof UnreadableWorkbook ? error.reason : error instanceof StaleImport ? 'stale' : 'unexpected';
      if (reason === 'unexpected') log.error({ err: error, jobId }, 'import job failed');
      await inTenant(actor, (tx) => finish(tx, jobId, 'failed', t(`import.failures.${reason}`, { max: maxRows }))).catch((e: unknown) =>
        log.error({ err: e, jobId }, 'import job failure not recorded'),
      );
    }
  })();
}

/** The workbooks being read in this process, by job: cancelling a job stops its worker at once. */
const reading = new Map<string, AbortController>();

/** Stops the worker reading a job's workbook, if one is (the job's status is the caller's to change). */
export function stopReading(jobId: string): void {
  reading.get(jobId)?.abort();
}

/** Reads and checks every row of the file in the background; the job becomes `validated` with its report. */
export function validateInBackground(actor: Actor, jobId: string, kind: ImportKind, bytes: Uint8Array): void {
  const controller = new AbortController();
  const maxRows = MAX_ROWS_OF[kind];
  reading.set(jobId, controller);
  inBackground(actor, jobId, maxRows, async () => {
    const progress = progressOf(actor, jobId);
    const sheet = await readWorkbook(bytes, maxRows, progress.report, controller.signal).finally(() => reading.delete(jobId));
    await progress.settled();
    const problem = problemsFor(kind, translator(actor.locale));
    const { records, problems, total } = recordsOf(kind, sheet, problem);
    await inTenant(actor, async (tx) => {
      const result = await validateRecords(tx, kind, actor.user, records, problem, actor.locale);
      await saveValidation(tx, jobId, {
        totalRows: total,
        payload: result.payload,
        errors: sortProblems(kind, [...problems, ...result.problems]),
      });
    });
  });
}

/**
 * Imports a validated job's rows in one transaction, in batches so that progress can be shown. Hours
 * whose certificate was recorded since the check are left out and listed as skipped.
 */
export function importInBackground(actor: Actor, jobId: string): void {
  inBackground(actor, jobId, MAX_ROWS, async () => {
    const progress = progressOf(actor, jobId);
    await inTenant(actor, async (tx) => {
      const job = await payloadOf(tx, jobId);
      if (!job) return;
      const skipped: number[] = [];
      for (let i = 0; i < job.payload.length; i += BATCH) {
        const batch = job.payload.slice(i, i + BATCH);
        if (job.kind === 'teacher') await commitTeachers(tx, actor.user.tenantId, batch as TeacherPayload[]);
        else if (job.kind === 'hours')
          skipped.push(...(await commitHours(tx, actor.user.tenantId, actor.user.id, batch as HoursPayload[])));
        else await commitSchools(tx, actor.user.tenantId, batch as SchoolPayload[]);
        progress.report(i + batch.length);
      }
      await progress.settled();
      if (skipped.length > 0) {
        const problem = problemsFor('hours', translator(actor.locale));
        await skipAtImport(
          tx,
          jobId,
          skipped.map((row) => alreadyRecorded(problem, row)),
        );
      }
      await finish(tx, jobId, 'done');
    });
  });
}
