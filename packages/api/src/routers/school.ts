import { schema } from '@tongxing/db';
import { LOCATION_CLASSES, SCHOOL_TYPES } from '@tongxing/domain';
import { and, asc, count, eq, ilike, or } from 'drizzle-orm';
import { z } from 'zod';
import { code, entityId, likePattern, listInput, PAGE_SIZE, requiredText, toPage } from '../inputs';
import { notFound } from '../problems';
import { permitted } from '../procedures';
import { visible } from '../scope';
import { router } from '../trpc';

const fields = { name: requiredText(60), schoolType: z.enum(SCHOOL_TYPES), locationClass: z.enum(LOCATION_CLASSES) };
const columns = {
  id: schema.school.id,
  code: schema.school.code,
  name: schema.school.name,
  schoolType: schema.school.schoolType,
  locationClass: schema.school.locationClass,
  countyId: schema.school.countyId,
  countyName: schema.county.name,
};
const withCounty = and(eq(schema.county.tenantId, schema.school.tenantId), eq(schema.county.id, schema.school.countyId));

export const schoolRouter = router({
  list: permitted('school.read')
    .input(z.object({ ...listInput, countyId: entityId().optional() }).default({ page: 1 }))
    .query(async ({ ctx, input }) => {
      const term = input.search ? likePattern(input.search) : undefined;
      const where = and(
        visible.schools(ctx.user),
        input.countyId ? eq(schema.school.countyId, input.countyId) : undefined,
        term ? or(ilike(schema.school.name, term), ilike(schema.school.code, term)) : undefined,
      );
      const [rows, [total]] = await Promise.all([
        ctx.tx.select(columns).from(schema.school).innerJoin(schema.county, withCounty).where(where).orderBy(asc(schema.school.code)).limit(PAGE_SIZE).offset((input.page - 1) * PAGE_SIZE),
        ctx.tx.select({ n: count() }).from(schema.school).where(where),
      ]);
      return toPage(rows, total?.n ?? 0, input.page);
    }),

  get: permitted('school.read')
    .input(z.object({ schoolId: entityId() }))
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.tx.select(columns).from(schema.school).innerJoin(schema.county, withCounty).where(eq(schema.school.id, input.schoolId));
      if (!row) throw notFound();
      return row;
    }),

  create: permitted('school.manage')
    .input(z.object({ countyId: entityId(), code: code(), ...fields }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx.insert(schema.school).values({ tenantId: ctx.user.tenantId, ...input }).returning();
      return row!;
    }),

  update: permitted('school.manage')
    .input(z.object({ schoolId: entityId(), ...fields }))
    .mutation(async ({ ctx, input }) => {
      const { schoolId, ...values } = input;
      const [row] = await ctx.tx.update(schema.school).set(values).where(eq(schema.school.id, schoolId)).returning();
      if (!row) throw notFound();
      return row;
    }),
});
