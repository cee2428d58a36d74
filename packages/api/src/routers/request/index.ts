import { schema } from '@tongxing/db';
import { permitted } from '../../procedures';
import { postOn } from '../../register/posts';
import { badInput } from '../../problems';
import { router } from '../../trpc';
import { decideRequest } from './decide.handler';
import { requestRows } from './list';
import { decideInput, listRequestsInput, proposeInput, withdrawInput } from './schemas';
import { withdrawRequest } from './withdraw.handler';

const r = schema.postRequest;

export const requestRouter = router({
  propose: permitted('teacher.propose')
    .input(proposeInput)
    .mutation(async ({ ctx, input }) => {
      if (!(await postOn(ctx.tx, input.teacherId, input.date))) throw badInput('date', 'no_post_on_date');
      const [row] = await ctx.tx
        .insert(r)
        .values({
          tenantId: ctx.user.tenantId,
          teacherId: input.teacherId,
          effectiveDate: input.date,
          toSchoolId: input.toSchoolId ?? null,
          status: input.status ?? null,
          roles: input.roles ?? null,
          endService: input.endService,
          note: input.note ?? null,
          requestedBy: ctx.user.id,
        })
        .returning();
      return row!;
    }),

  /** Newest first, at most 200 (requests are decided within days); the export has them all. */
  list: permitted('request.read')
    .input(listRequestsInput)
    .query(({ ctx, input }) => requestRows(ctx.tx, ctx.user, input, 200)),

  decide: permitted('teacher.move')
    .input(decideInput)
    .mutation(({ ctx, input }) => decideRequest(ctx.tx, ctx.user, input)),

  withdraw: permitted('teacher.propose')
    .input(withdrawInput)
    .mutation(({ ctx, input }) => withdrawRequest(ctx.tx, ctx.user, input)),
});
