import { schema } from '@tongxing/db';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { entityId, requiredText } from '../../inputs';
import { permitted } from '../../procedures';
import { router } from '../../trpc';

const pv = schema.trainingProvider;
const fields = { name: requiredText(100), contact: z.string().trim().max(100).optional() };

/** Training providers (培训机构): the city's list; a provider's accounts record its programmes' attendance. */
export const providerRouter = router({
  list: permitted('training.read').query(({ ctx }) =>
    ctx.tx.select({ id: pv.id, name: pv.name, contact: pv.contact }).from(pv).orderBy(asc(pv.name)),
  ),

  create: permitted('training.configure')
    .input(z.object(fields))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .insert(pv)
        .values({ tenantId: ctx.user.tenantId, name: input.name, contact: input.contact || null })
        .returning();
      return row!;
    }),

  update: permitted('training.configure')
    .input(z.object({ providerId: entityId(), ...fields }))
    .mutation(async ({ ctx, input }) => {
      const [row] = await ctx.tx
        .update(pv)
        .set({ name: input.name, contact: input.contact || null })
        .where(eq(pv.id, input.providerId))
        .returning();
      return row!;
    }),
});
