import { schema } from '@tongxing/db';
import { cycleProblems } from '@tongxing/domain';
import { asc, eq } from 'drizzle-orm';
import { violatedConstraint } from '../../postgres-errors';
import { badInput, InputProblems } from '../../problems';
import { permitted } from '../../procedures';
import { router } from '../../trpc';
import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import { createCycleInput, cycleFields, updateCycleInput } from './schemas';

const cy = schema.trainingCycle;
type CycleFields = z.infer<z.ZodObject<typeof cycleFields>>;

function assertValid(fields: CycleFields) {
  const problems = cycleProblems(fields);
  if (problems.length > 0) throw new TRPCError({ code: 'BAD_REQUEST', cause: new InputProblems(problems) });
}

function overlapRefusal(error: unknown): never {
  if (violatedConstraint(error) === 'training_cycle_no_overlap') throw badInput('startDate', 'cycle_overlap');
  throw error;
}

/** The city's hours cycles (e.g. 360 学时 in 2026–2030): never overlapping. */
export const trainingCycleRouter = router({
  list: permitted('training.hours').query(({ ctx }) => ctx.tx.select().from(cy).orderBy(asc(cy.startDate))),

  create: permitted('training.configure')
    .input(createCycleInput)
    .mutation(async ({ ctx, input }) => {
      assertValid(input);
      try {
        const [row] = await ctx.tx
          .insert(cy)
          .values({ tenantId: ctx.user.tenantId, ...input })
          .returning();
        return row!;
      } catch (error) {
        overlapRefusal(error);
      }
    }),

  update: permitted('training.configure')
    .input(updateCycleInput)
    .mutation(async ({ ctx, input }) => {
      const { cycleId, ...fields } = input;
      assertValid(fields);
      try {
        const [row] = await ctx.tx.update(cy).set(fields).where(eq(cy.id, cycleId)).returning();
        return row!;
      } catch (error) {
        overlapRefusal(error);
      }
    }),
});
