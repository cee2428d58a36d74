import { schema } from '@tongxing/db';
import { todayInChina } from '@tongxing/domain';
import { and, eq } from 'drizzle-orm';
import { notFound } from '../../problems';
import { permitted } from '../../procedures';
import { historyOf } from '../../register/history';
import { awayOf } from '../../register/away';
import { changePost, endPost, postsOf } from '../../register/posts';
import { scheduledMoves } from '../../register/scheduled';
import { router } from '../../trpc';
import { createTeacher } from './create.handler';
import { listTeachers, teacherColumns, teacherJoins } from './list.handler';
import {
  changePostInput,
  createTeacherInput,
  endPostInput,
  listTeachersInput,
  teacherIdInput,
  updatePhoneInput,
  updateTeacherInput,
} from './schemas';

const t = schema.teacher;

export const teacherRouter = router({
  list: permitted('teacher.read')
    .input(listTeachersInput)
    .query(({ ctx, input }) => listTeachers(ctx.tx, ctx.user, input)),

  /** The record, its posts as a timeline (oldest first). */
  get: permitted('teacher.read')
    .input(teacherIdInput)
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .select({ ...teacherColumns, teacher: t })
        .from(t)
        .innerJoin(schema.school, teacherJoins.school)
        .innerJoin(schema.county, teacherJoins.county)
        .where(eq(t.id, input.teacherId));
      if (!row) throw notFound();
      const [posts, away] = await Promise.all([postsOf(ctx.tx, input.teacherId), awayOf(ctx.tx, input.teacherId)]);
      const scheduled = (await scheduledMoves(ctx.tx, [input.teacherId], todayInChina())).get(input.teacherId) ?? null;
      return { ...row.teacher, schoolName: row.schoolName, countyId: row.countyId, countyName: row.countyName, posts, away, scheduled };
    }),

  /** Who changed this record or its posts, when, from what to what. */
  history: permitted('teacher.read')
    .input(teacherIdInput)
    .query(({ ctx, input }) => historyOf(ctx.tx, ctx.locale, 'teacher', input.teacherId)),

  create: permitted('teacher.manage')
    .input(createTeacherInput)
    .mutation(({ ctx, input }) => createTeacher(ctx.tx, ctx.user, input)),

  update: permitted('teacher.manage')
    .input(updateTeacherInput)
    .mutation(async ({ ctx, input }) => {
      const { teacherId, ...values } = input;
      const [row] = await ctx.tx
        .update(t)
        .set({
          ...values,
          phone: values.phone ?? null,
          education: values.education ?? null,
          title: values.title ?? null,
          titleDate: values.titleDate ?? null,
          keyTeacherLevel: values.keyTeacherLevel ?? null,
          bankCard: values.bankCard ?? null,
        })
        .where(eq(t.id, teacherId))
        .returning();
      if (!row) throw notFound();
      return row;
    }),

  /** A teacher corrects their own phone number. */
  updatePhone: permitted('teacher.selfService')
    .input(updatePhoneInput)
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .update(t)
        .set({ phone: input.phone })
        .where(and(eq(t.id, input.teacherId)))
        .returning({ id: t.id, phone: t.phone });
      if (!row) throw notFound();
      return row;
    }),

  /** Transfer, leave, return or role change from a date: closes one interval, opens the next. */
  changePost: permitted('teacher.move')
    .input(changePostInput)
    .mutation(({ ctx, input }) => {
      const { teacherId, date, ...changes } = input;
      return changePost(ctx.tx, teacherId, date, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    }),

  endPost: permitted('teacher.move')
    .input(endPostInput)
    .mutation(({ ctx, input }) => endPost(ctx.tx, input.teacherId, input.date)),
});
