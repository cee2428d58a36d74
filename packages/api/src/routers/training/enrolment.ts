import { schema } from '@tongxing/db';
import { HOLDS_PLACE } from '@tongxing/domain';
import { and, asc, count, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { likePattern, PAGE_SIZE, toPage } from '../../inputs';
import { permitted } from '../../procedures';
import { visible } from '../../scope';
import { approve, refuse, withdraw } from '../../training/decide';
import { enrol } from '../../training/enrol';
import { complete } from '../../training/ledger';
import { cohortWithProgramme, provides } from '../../training/owner';
import { router } from '../../trpc';
import {
  applyInput,
  completeInput,
  enrolmentIdInput,
  listEnrolmentsInput,
  nominateInput,
  reasonInput,
  teacherIdInput,
  type EnrolmentFilter,
} from './schemas';

const e = schema.trainingEnrolment;
const t = schema.teacher;
const s = schema.school;
const c = schema.trainingCohort;
const p = schema.trainingProgramme;

/** The enrolments a list filter keeps: one state, or what the cohort report counts under that name. */
function stateFilter(filter: EnrolmentFilter): SQL {
  if (filter === 'placed') return inArray(e.state, [...HOLDS_PLACE]);
  if (filter === 'passed') return and(eq(e.state, 'completed'), eq(e.result, 'passed'))!;
  if (filter === 'attended')
    return sql`exists (select 1 from training_attendance x where x.tenant_id = ${e.tenantId} and x.enrolment_id = ${e.id} and x.present)`;
  return eq(e.state, filter);
}

/** Teachers in cohorts: nominated by a county, applied for by a teacher, decided, withdrawn, completed. */
export const enrolmentRouter = router({
  nominate: permitted('training.nominate')
    .input(nominateInput)
    .mutation(({ ctx, input }) => enrol(ctx.tx, ctx.user, { ...input, origin: 'nominated' })),

  applyFor: permitted('training.apply')
    .input(applyInput)
    .mutation(({ ctx, input }) => enrol(ctx.tx, ctx.user, { ...input, teacherId: ctx.user.teacherId!, origin: 'applied', waitlist: true })),

  approve: permitted('training.nominate')
    .input(enrolmentIdInput)
    .mutation(({ ctx, input }) => approve(ctx.tx, ctx.user, input.enrolmentId)),

  refuse: permitted('training.nominate')
    .input(reasonInput)
    .mutation(({ ctx, input }) => refuse(ctx.tx, ctx.user, input.enrolmentId, input.reason)),

  /** The teacher themselves, their county or the city; a freed place goes to the waiting list. */
  withdraw: permitted('training.withdraw')
    .input(reasonInput)
    .mutation(({ ctx, input }) => withdraw(ctx.tx, ctx.user, input.enrolmentId, input.reason)),

  complete: permitted('training.nominate')
    .input(completeInput)
    .mutation(({ ctx, input }) => complete(ctx.tx, ctx.user, input.enrolmentId, input.result)),

  /** A cohort's enrolments of the teachers in the user's scope, waiting list in its order. */
  list: permitted('training.read')
    .input(listEnrolmentsInput)
    .query(async ({ ctx, input }) => {
      const term = input.search ? likePattern(input.search) : undefined;
      const { programme } = await cohortWithProgramme(ctx.tx, input.cohortId);
      const where = and(
        eq(e.cohortId, input.cohortId),
        // The provider sees all its trainees; everyone else the teachers of their scope.
        provides(ctx.user, programme) ? undefined : visible.teachers(ctx.user),
        input.state ? stateFilter(input.state) : undefined,
        input.countyId ? eq(e.countyId, input.countyId) : undefined,
        term ? or(like(t.name, term), like(s.name, term)) : undefined,
      );
      const joinTeacher = and(eq(t.tenantId, e.tenantId), eq(t.id, e.teacherId));
      const joinSchool = and(eq(s.tenantId, t.tenantId), eq(s.id, t.schoolId));
      const [rows, [total]] = await Promise.all([
        ctx.tx
          .select({
            id: e.id,
            state: e.state,
            origin: e.origin,
            result: e.result,
            reason: e.reason,
            waitlistedAt: e.waitlistedAt,
            countyId: e.countyId,
            countyName: schema.county.name,
            teacherId: t.id,
            teacherName: t.name,
            schoolName: s.name,
            createdAt: e.createdAt,
          })
          .from(e)
          .innerJoin(t, joinTeacher)
          .innerJoin(s, joinSchool)
          .innerJoin(schema.county, and(eq(schema.county.tenantId, e.tenantId), eq(schema.county.id, e.countyId)))
          .where(where)
          .orderBy(asc(e.waitlistedAt), asc(t.name), asc(e.id))
          .limit(PAGE_SIZE)
          .offset((input.page - 1) * PAGE_SIZE),
        ctx.tx.select({ n: count() }).from(e).innerJoin(t, joinTeacher).innerJoin(s, joinSchool).where(where),
      ]);
      return toPage(rows, total?.n ?? 0, input.page);
    }),

  /** A teacher's cohorts, newest first. */
  ofTeacher: permitted('training.hours')
    .input(teacherIdInput)
    .query(({ ctx, input }) =>
      ctx.tx
        .select({
          id: e.id,
          state: e.state,
          result: e.result,
          reason: e.reason,
          cohortId: c.id,
          cohortName: c.name,
          programmeName: p.name,
          level: p.level,
          form: p.form,
          startDate: c.startDate,
          endDate: c.endDate,
          hours: c.hours,
          offTheJob: c.offTheJob,
        })
        .from(e)
        .innerJoin(c, and(eq(c.tenantId, e.tenantId), eq(c.id, e.cohortId)))
        .innerJoin(p, and(eq(p.tenantId, c.tenantId), eq(p.id, c.programmeId)))
        .where(eq(e.teacherId, input.teacherId))
        .orderBy(asc(c.startDate)),
    ),
});
