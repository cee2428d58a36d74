import { schema } from '@tongxing/db';
import { todayInChina } from '@tongxing/domain';
import { eq } from 'drizzle-orm';
import { notFound } from '../../problems';
import { permitted } from '../../procedures';
import { historyOf } from '../../register/history';
import { incomingTo, scheduledMoves } from '../../register/scheduled';
import { router } from '../../trpc';
import { listSchools, requireLocationClass, schoolColumns, staffOn, withCounty } from './queries';
import { createSchoolInput, listSchoolsInput, schoolIdInput, staffInput, updateSchoolInput } from './schemas';

const s = schema.school;

export const schoolRouter = router({
  list: permitted('school.read')
    .input(listSchoolsInput)
    .query(({ ctx, input }) => listSchools(ctx.tx, ctx.user, input)),

  get: permitted('school.read')
    .input(schoolIdInput)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.tx.select(schoolColumns).from(s).innerJoin(schema.county, withCounty).where(eq(s.id, input.schoolId));
      if (!row) throw notFound();
      return row;
    }),

  /** Who was at the school on a day (today by default). */
  staff: permitted('school.read')
    .input(staffInput)
    .query(async ({ ctx, input }) => {
      const today = todayInChina();
      const asOf = input.asOf ?? today;
      const staff = await staffOn(ctx.tx, input.schoolId, asOf);
      // Decided moves not yet due, on both sides: who leaves this school and who is to join it.
      const [leaving, incoming] = await Promise.all([
        scheduledMoves(
          ctx.tx,
          staff.filter((row) => row.isPrimary).map((row) => row.teacherId),
          today,
        ),
        incomingTo(ctx.tx, input.schoolId, today),
      ]);
      return { asOf, staff: staff.map((row) => ({ ...row, scheduled: (row.isPrimary && leaving.get(row.teacherId)) || null })), incoming };
    }),

  history: permitted('school.read')
    .input(schoolIdInput)
    .query(({ ctx, input }) => historyOf(ctx.tx, ctx.locale, 'school', input.schoolId)),

  create: permitted('school.manage')
    .input(createSchoolInput)
    .mutation(async ({ ctx, input }) => {
      await requireLocationClass(ctx.tx, input.locationClass);
      const [row] = await ctx.tx
        .insert(s)
        .values({ tenantId: ctx.user.tenantId, ...input })
        .returning();
      return row!;
    }),

  update: permitted('school.manage')
    .input(updateSchoolInput)
    .mutation(async ({ ctx, input }) => {
      const { schoolId, ...values } = input;
      await requireLocationClass(ctx.tx, values.locationClass);
      const [row] = await ctx.tx
        .update(s)
        .set({ ...values, address: values.address ?? null, openedOn: values.openedOn ?? null, closedOn: values.closedOn ?? null })
        .where(eq(s.id, schoolId))
        .returning();
      if (!row) throw notFound();
      return row;
    }),
});
