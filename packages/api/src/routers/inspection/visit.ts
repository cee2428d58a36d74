import { createVisit, visitDetail, visitList } from '../../inspection/visits';
import { permitted } from '../../procedures';
import { router } from '../../trpc';
import { createVisitInput, visitIdInput } from './schemas';

/** Inspection visits (督查): where the inspectors went and what they noted. */
export const inspectionRouter = router({
  create: permitted('inspection.manage')
    .input(createVisitInput)
    .mutation(({ ctx, input }) => createVisit(ctx.tx, ctx.user, input)),
  list: permitted('inspection.read').query(({ ctx }) => visitList(ctx.tx, ctx.user)),
  get: permitted('inspection.read')
    .input(visitIdInput)
    .query(({ ctx, input }) => visitDetail(ctx.tx, input.visitId)),
});
