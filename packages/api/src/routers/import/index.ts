import { translator } from '@tongxing/domain';
import type { Context } from '../../context';
import { badInput, notFound } from '../../problems';
import { permitted } from '../../procedures';
import {
  createJob,
  errorsOf,
  failIfInterrupted,
  firstErrors,
  jobOf,
  recentJobs,
  runningJobs,
  transition,
} from '../../register/import/jobs';
import { holdUntilCommit, importInBackground, stopReading, validateInBackground, type Actor } from '../../register/import/runner';
import { router } from '../../trpc';
import { jobIdInput, startInput } from './schemas';
import { templateValues } from './template-values';

/** Problems shown on the page; the downloadable report has them all. */
const SHOWN_ERRORS = 200;
const RECENT = 10;
/** Imports being read or written at once: one per user, a few per city (each holds a worker or a long transaction). */
const IMPORTS_PER_USER = 1;
const IMPORTS_PER_TENANT = 3;

const actorOf = (ctx: Context & { user: Actor['user'] }): Actor => ({ db: ctx.db, user: ctx.user, ip: ctx.ip, locale: ctx.locale });

/**
 * Excel import of schools and teachers, and of completed training into the hours ledger: upload, background validation, the user's decision, and a
 * background import in one transaction. A job is visible to its uploader only.
 */
export const importRouter = router({
  /** Queues an uploaded workbook; it is read and checked in the background, and this returns at once. */
  start: permitted('register.import')
    .input(startInput)
    .mutation(async ({ ctx, input }) => {
      const running = await runningJobs(ctx.tx, ctx.user);
      if (running.ofUser >= IMPORTS_PER_USER) throw badInput('file', 'import_running_user');
      if (running.ofTenant >= IMPORTS_PER_TENANT) throw badInput('file', 'import_running_tenant', { max: IMPORTS_PER_TENANT });
      const jobId = await createJob(ctx.tx, ctx.user, input.kind, input.fileName);
      await holdUntilCommit(ctx.tx, jobId);
      validateInBackground(actorOf(ctx), jobId, input.kind, input.file);
      return { jobId };
    }),

  /** Progress, counts, the first problems and the first rows skipped as already recorded. */
  status: permitted('register.import')
    .input(jobIdInput)
    .query(async ({ ctx, input }) => {
      await failIfInterrupted(ctx.tx, ctx.user, input.jobId, translator(ctx.locale)('import.failures.interrupted'));
      const job = await jobOf(ctx.tx, ctx.user, input.jobId);
      if (!job) throw notFound();
      return { ...job, ...(await firstErrors(ctx.tx, ctx.user, input.jobId, SHOWN_ERRORS)) };
    }),

  /** Every problem and every skipped row, for the downloadable report. */
  errors: permitted('register.import')
    .input(jobIdInput)
    .query(async ({ ctx, input }) => {
      const job = await errorsOf(ctx.tx, ctx.user, input.jobId);
      if (!job) throw notFound();
      return job;
    }),

  list: permitted('register.import').query(({ ctx }) => recentJobs(ctx.tx, ctx.user, RECENT)),

  /** Imports the valid rows of a validated job, in the background. */
  commit: permitted('register.import')
    .input(jobIdInput)
    .mutation(async ({ ctx, input }) => {
      const job = await jobOf(ctx.tx, ctx.user, input.jobId);
      if (!job) throw notFound();
      // A roster is compared (rosterCheck.create), never imported into the register.
      if (job.kind === 'roster') throw badInput('jobId', 'not_a_record_import');
      if (job.validRows === 0 || !(await transition(ctx.tx, ctx.user, input.jobId, ['validated'], 'importing')))
        throw badInput('jobId', 'import_not_ready');
      await holdUntilCommit(ctx.tx, input.jobId);
      importInBackground(actorOf(ctx), input.jobId);
      return { jobId: input.jobId };
    }),

  /** Drops a job before it is imported; nothing is written. */
  cancel: permitted('register.import')
    .input(jobIdInput)
    .mutation(async ({ ctx, input }) => {
      if (!(await jobOf(ctx.tx, ctx.user, input.jobId))) throw notFound();
      if (!(await transition(ctx.tx, ctx.user, input.jobId, ['validating', 'validated'], 'cancelled')))
        throw badInput('jobId', 'import_not_ready');
      stopReading(input.jobId);
      return { jobId: input.jobId };
    }),

  /** The register's and the ledger's part of a template's allowed values. */
  templateValues: permitted('register.import').query(({ ctx }) => templateValues(ctx.tx, ctx.user)),
});
