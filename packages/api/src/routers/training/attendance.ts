import { z } from 'zod';
import { entityId } from '../../inputs';
import { permitted } from '../../procedures';
import { isoDate } from '../../register/fields';
import { addSession, completeByAttendance, recordRoll, rollOf, sessionsOf } from '../../training/attendance';
import { complete } from '../../training/ledger';
import { router } from '../../trpc';
import { cohortIdInput, completeInput } from './schemas';

const addSessionInput = z.object({ cohortId: entityId(), sessionDate: isoDate(), name: z.string().trim().max(20).default('') });
const sessionIdInput = z.object({ sessionId: entityId() });
const recordInput = z.object({
  sessionId: entityId(),
  marks: z.array(z.object({ enrolmentId: z.uuid(), present: z.boolean() })).max(2000),
});

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

  /** The attendance rule applied to every enrolled trainee (passes write their hours). */
  completeByRule: permitted('training.attend')
    .input(cohortIdInput)
    .mutation(({ ctx, input }) => completeByAttendance(ctx.tx, ctx.user, input.cohortId)),

  /** The provider's (or runner's) 合格/不合格 for one trainee of an assessed cohort. */
  assess: permitted('training.attend')
    .input(completeInput)
    .mutation(({ ctx, input }) => complete(ctx.tx, ctx.user, input.enrolmentId, input.result)),
});
