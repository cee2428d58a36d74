import { schema } from '@tongxing/db';
import { todayInChina } from '@tongxing/domain';
import { eq } from 'drizzle-orm';
import { notFound } from '../../problems';
import { permitted } from '../../procedures';
import { historyOf } from '../../register/history';
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
      const asOf = input.asOf ?? todayInChina();
      return { asOf, staff: await staffOn(ctx.tx, input.schoolId, asOf) };
    }),

  history: permitted('school.read')
    .input(schoolIdInput)
    .query(({ ctx, input }) => historyOf(ctx.tx, 'school', input.schoolId)),

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
