import { heavy } from '../../heavy';
import { permitted } from '../../procedures';
import { approvePlan, returnPlan, submitPlan } from '../../rotation/approval';
import { addMove, excludeTeacher, pinMove, proposePlan, removeMove } from '../../rotation/plan-edit';
import { planView } from '../../rotation/plan-view';
import { withSolverWorker } from '../../rotation/solver';
import { yearOverview } from '../../rotation/overview';
import { router } from '../../trpc';
import {
  addMoveInput,
  countyYearInput,
  excludeInput,
  moveIdInput,
  pinInput,
  planIdInput,
  proposeInput,
  returnInput,
  yearInput,
} from './schemas';

const plan = permitted('rotation.plan');

/** A county's plan for the year: drafted by hand or proposed by the planner, checked live, submitted, approved. */
export const rotationPlanRouter = router({
  get: permitted('rotation.read')
    .input(countyYearInput)
    .query(({ ctx, input }) => planView(ctx.tx, input.countyId, input.year)),

  /** Every county of the scope for the year: eligible, quota, planned and rotated, the plan's state. */
  overview: permitted('rotation.read')
    .input(yearInput)
    .query(({ ctx, input }) => yearOverview(ctx.tx, ctx.user, input.year)),

  addMove: plan.input(addMoveInput).mutation(({ ctx, input }) => addMove(ctx.tx, ctx.user, input)),
  removeMove: plan.input(moveIdInput).mutation(({ ctx, input }) => removeMove(ctx.tx, input.moveId)),
  pin: plan.input(pinInput).mutation(({ ctx, input }) => pinMove(ctx.tx, input.moveId, input.pinned)),
  exclude: plan.input(excludeInput).mutation(({ ctx, input }) => excludeTeacher(ctx.tx, ctx.user, input)),

  /** The planner's proposal (HiGHS, in a worker thread): replaces every move not pinned, or says what stands in the way. */
  propose: plan
    .use(heavy)
    .input(proposeInput)
    .mutation(({ ctx, input }) => withSolverWorker((solve) => proposePlan(ctx.tx, ctx.user, input, solve))),

  submit: plan.input(planIdInput).mutation(({ ctx, input }) => submitPlan(ctx.tx, input.planId)),
  approve: plan.input(planIdInput).mutation(({ ctx, input }) => approvePlan(ctx.tx, ctx.user, input.planId)),
  return: plan.input(returnInput).mutation(({ ctx, input }) => returnPlan(ctx.tx, ctx.user, input.planId, input.comment)),
});
