import { schema } from '@tongxing/db';
import { and, asc, count, eq, ilike, or } from 'drizzle-orm';
import { z } from 'zod';
import { code, entityId, likePattern, listInput, requiredText } from '../inputs';
import { notFound } from '../problems';
import { permitted } from '../procedures';
import { visible } from '../scope';
import { router } from '../trpc';

const fields = { name: requiredText(40), isPovertyCounty: z.boolean().default(false) };

export const countyRouter = router({
  /** Counties the user may see, with their number of schools. Small per city: not paginated. */
  list: permitted('county.read')
    .input(z.object({ search: listInput.search }).default({}))
    .query(({ ctx, input }) => {
      const term = input.search ? likePattern(input.search) : undefined;
      return ctx.tx
        .select({
          id: schema.county.id,
          code: schema.county.code,
          name: schema.county.name,
          isPovertyCounty: schema.county.isPovertyCounty,
          schools: count(schema.school.id),
        })
        .from(schema.county)
        .leftJoin(schema.school, and(eq(schema.school.tenantId, schema.county.tenantId), eq(schema.school.countyId, schema.county.id)))
        .where(and(visible.counties(ctx.user), term ? or(ilike(schema.county.name, term), ilike(schema.county.code, term)) : undefined))
        .groupBy(schema.county.tenantId, schema.county.id)
        .orderBy(asc(schema.county.code));
    }),

  get: permitted('county.read')
    .input(z.object({ countyId: entityId() }))
    .query(async ({ ctx, input }) => {
      const [row] = await ctx.tx.select().from(schema.county).where(eq(schema.county.id, input.countyId));
      if (!row) throw notFound();
      return row;
    }),

  create: permitted('county.manage')
    .input(z.object({ code: code(), ...fields }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .insert(schema.county)
        .values({ tenantId: ctx.user.tenantId, ...input })
        .returning();
      return row!;
    }),

  update: permitted('county.manage')
    .input(z.object({ countyId: entityId(), ...fields }))
    .mutation(async ({ ctx, input }) => {
      const { countyId, ...values } = input;
      const [row] = await ctx.tx.update(schema.county).set(values).where(eq(schema.county.id, countyId)).returning();
      if (!row) throw notFound();
      return row;
    }),
});
