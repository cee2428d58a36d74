import { schema } from '@tongxing/db';
import { and, asc, count, eq, ilike } from 'drizzle-orm';
import { z } from 'zod';
import { entityId, likePattern, listInput, PAGE_SIZE, requiredText, toPage } from '../inputs';
import { notFound } from '../problems';
import { permitted } from '../procedures';
import { visible } from '../scope';
import { router } from '../trpc';

const columns = { id: schema.teacher.id, name: schema.teacher.name, schoolId: schema.teacher.schoolId, schoolName: schema.school.name, countyId: schema.school.countyId };
const withSchool = and(eq(schema.school.tenantId, schema.teacher.tenantId), eq(schema.school.id, schema.teacher.schoolId));

/** The minimum teacher record the scopes need; the register issue grows it. */
export const teacherRouter = router({
  list: permitted('teacher.read')
    .input(z.object({ ...listInput, schoolId: entityId().optional() }).default({ page: 1 }))
    .query(async ({ ctx, input }) => {
      const where = and(
        visible.teachers(ctx.user),
        input.schoolId ? eq(schema.teacher.schoolId, input.schoolId) : undefined,
        input.search ? ilike(schema.teacher.name, likePattern(input.search)) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        ctx.tx.select(columns).from(schema.teacher).innerJoin(schema.school, withSchool).where(where).orderBy(asc(schema.teacher.name), asc(schema.teacher.id)).limit(PAGE_SIZE).offset((input.page - 1) * PAGE_SIZE),
        ctx.tx.select({ n: count() }).from(schema.teacher).innerJoin(schema.school, withSchool).where(where),
      ]);
      return toPage(rows, total?.n ?? 0, input.page);
    }),

  get: permitted('teacher.read')
    .input(z.object({ teacherId: entityId() }))
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.tx.select(columns).from(schema.teacher).innerJoin(schema.school, withSchool).where(eq(schema.teacher.id, input.teacherId));
      if (!row) throw notFound();
      return row;
    }),

  create: permitted('teacher.manage')
    .input(z.object({ schoolId: entityId(), name: requiredText(40) }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx.insert(schema.teacher).values({ tenantId: ctx.user.tenantId, ...input }).returning();
      return row!;
    }),
});
