import { ROLL_SHEET_MEGABYTES } from '@tongxing/domain';
import { z } from 'zod';
import { heavy } from '../../heavy';
import { entityId, uploadedFile } from '../../inputs';
import { permitted } from '../../procedures';
import { isoDate } from '../../register/fields';
import { addSession, cohortRoll, completeByAttendance, MAX_ROLL, recordRoll, rollOf, sessionsOf } from '../../training/attendance';
import { importRoll } from '../../training/roll-import';
import { complete } from '../../training/ledger';
import { router } from '../../trpc';
import { cohortIdInput, completeInput } from './schemas';

const addSessionInput = z.object({ cohortId: entityId(), sessionDate: isoDate(), name: z.string().trim().max(20).default('') });
const sessionIdInput = z.object({ sessionId: entityId() });
const recordInput = z.object({
  sessionId: entityId(),
  marks: z.array(z.object({ enrolmentId: z.uuid(), present: z.boolean() })).max(MAX_ROLL),
});
/** A filled-in roll sheet; only server code (the cohort page's form action) can pass its bytes. */
const importRollInput = z.object({ cohortId: entityId(), file: uploadedFile(ROLL_SHEET_MEGABYTES) });

/** Sessions and the roll call (点名): the provider or the runner for every trainee, a school for its staff. */
export const attendanceRouter = router({
  addSession: permitted('training.attend')
    .input(addSessionInput)
    .mutation(({ ctx, input }) => addSession(ctx.tx, ctx.user, input)),

  sessions: permitted('training.read')
    .input(cohortIdInput)
    .query(({ ctx, input }) => sessionsOf(ctx.tx, input.cohortId)),

  roll: permitted('training.attend')
    .input(sessionIdInput)
    .query(({ ctx, input }) => rollOf(ctx.tx, ctx.user, input.sessionId)),

  record: permitted('training.attend')
    .input(recordInput)
    .mutation(({ ctx, input }) => recordRoll(ctx.tx, ctx.user, input.sessionId, input.marks)),

  /** The cohort's whole roll (sessions, and the trainees this user may mark with their marks), for the roll sheet. */
  rollSheet: permitted('training.attend')
    .input(cohortIdInput)
    .query(({ ctx, input }) => cohortRoll(ctx.tx, ctx.user, input.cohortId)),

  /** A filled-in roll sheet: all its marks written by the roll call's rule, or none and the problems by row and column. */
  importRoll: permitted('training.attend')
    .use(heavy)
    .input(importRollInput)
    .mutation(({ ctx, input }) => importRoll(ctx.tx, ctx.user, input.cohortId, input.file, ctx.locale)),

  /** The attendance rule applied to every enrolled trainee (passes write their hours). */
  completeByRule: permitted('training.attend')
    .input(cohortIdInput)
    .mutation(({ ctx, input }) => completeByAttendance(ctx.tx, ctx.user, input.cohortId)),

  /** The provider's (or runner's) 合格/不合格 for one trainee of an assessed cohort. */
  assess: permitted('training.attend')
    .input(completeInput)
    .mutation(({ ctx, input }) => complete(ctx.tx, ctx.user, input.enrolmentId, input.result)),
});
