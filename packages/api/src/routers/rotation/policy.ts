import { schema } from '@tongxing/db';
import { permitted } from '../../procedures';
import { badInput } from '../../problems';
import { policyFor, setPolicy } from '../../rotation/policy';
import { router } from '../../trpc';
import { policyInput, yearInput } from './schemas';

/** The year's rotation policy: the city's, or the national rule until it sets one. */
export const rotationPolicyRouter = router({
  get: permitted('rotation.read')
    .input(yearInput)
    .query(({ ctx, input }) => policyFor(ctx.tx, input.year)),

  set: permitted('rotation.policy')
    .input(policyInput)
    .mutation(async ({ ctx, input }) => {
      const classes = new Set((await ctx.tx.select({ name: schema.locationClass.name }).from(schema.locationClass)).map((c) => c.name));
      const unknown = input.classOrder.find((c) => !classes.has(c));
      if (unknown) throw badInput('classOrder', 'unknown_class', { class: unknown });
      await setPolicy(ctx.tx, ctx.user.tenantId, ctx.user.id, input);
    }),
});
