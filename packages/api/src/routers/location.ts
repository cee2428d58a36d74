import { schema } from '@tongxing/db';
import { asc, count, eq, and } from 'drizzle-orm';
import { z } from 'zod';
import { requiredText } from '../inputs';
import { permitted } from '../procedures';
import { router } from '../trpc';

const l = schema.locationClass;

/** The tenant's location classes (the five of the sources and its own tiers). */
export const locationRouter = router({
  list: permitted('school.read').query(({ ctx }) =>
    ctx.tx
      .select({ id: l.id, name: l.name, sortOrder: l.sortOrder, schools: count(schema.school.id) })
      .from(l)
      .leftJoin(schema.school, and(eq(schema.school.tenantId, l.tenantId), eq(schema.school.locationClass, l.name)))
      .groupBy(l.tenantId, l.id)
      .orderBy(asc(l.sortOrder), asc(l.name)),
  ),

  create: permitted('location.manage')
    .input(z.object({ name: requiredText(20), sortOrder: z.number().int().min(0).max(1000).default(100) }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .insert(l)
        .values({ tenantId: ctx.user.tenantId, ...input })
        .returning();
      return row!;
    }),
});
