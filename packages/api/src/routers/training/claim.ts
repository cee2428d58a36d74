import { permitted } from '../../procedures';
import { approveClaim, claimDetail, claimList, claimsOf, refuseClaim, submitClaim, withdrawClaim } from '../../training/claims';
import { router } from '../../trpc';
import { claimIdInput, claimListInput, refuseClaimInput, submitClaimInput } from './claim-schemas';
import { teacherIdInput } from './schemas';

/** Teachers' claims of hours done elsewhere, with evidence; the county (or the city) decides them. */
export const hoursClaimRouter = router({
  /** A claim with its evidence files (uploaded by the page's form action). */
  submit: permitted('training.claim')
    .input(submitClaimInput)
    .mutation(({ ctx, input }) => submitClaim(ctx.tx, ctx.user, input)),

  withdraw: permitted('training.claim')
    .input(claimIdInput)
    .mutation(({ ctx, input }) => withdrawClaim(ctx.tx, ctx.user, input.claimId)),

  /** The claims of the scope, pending first (the county's queue; a school's and a teacher's own). */
  list: permitted('training.hours')
    .input(claimListInput)
    .query(({ ctx, input }) => claimList(ctx.tx, ctx.user, input)),

  ofTeacher: permitted('training.hours')
    .input(teacherIdInput)
    .query(({ ctx, input }) => claimsOf(ctx.tx, input.teacherId)),

  get: permitted('training.hours')
    .input(claimIdInput)
    .query(({ ctx, input }) => claimDetail(ctx.tx, input.claimId)),

  approve: permitted('training.ledger')
    .input(claimIdInput)
    .mutation(({ ctx, input }) => approveClaim(ctx.tx, ctx.user, input.claimId)),

  refuse: permitted('training.ledger')
    .input(refuseClaimInput)
    .mutation(({ ctx, input }) => refuseClaim(ctx.tx, ctx.user, input.claimId, input.reason)),
});
