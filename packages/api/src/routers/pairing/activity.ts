import { termFromKey, termOf, todayInChina } from '@tongxing/domain';
import { activityLedger, activityListInput } from '../../pairing/activity-list';
import { activitiesOf, activityDetail, answerActivity, awaitingAnswers, logActivity } from '../../pairing/activities';
import { heavy } from '../../heavy';
import { permitted } from '../../procedures';
import { router } from '../../trpc';
import { activityIdInput, disputeInput, logActivityInput, pairIdInput } from './schemas';

/** A pair's activities: logged by one of its schools, confirmed or disputed by each school that received it. */
export const pairingActivityRouter = router({
  /** An activity with its evidence files (uploaded by the page's form action). */
  log: permitted('pairing.log')
    .input(logActivityInput)
    .mutation(({ ctx, input }) => logActivity(ctx.tx, ctx.user, input)),

  /** The activity ledger (台账) of the scope: filtered by term, the lead school's county, pair, kind, state; one page with the totals. */
  list: permitted('pairing.read')
    .input(activityListInput)
    .query(({ ctx, input }) => activityLedger(ctx.tx, ctx.user, input)),
  /** Every row of the same list, with participants and evidence files: the Excel file and the print view. */
  listExport: permitted('pairing.read')
    .use(heavy)
    .input(activityListInput)
    .query(({ ctx, input }) => activityLedger(ctx.tx, ctx.user, input, true)),

  /** A pair's activities of a term (this term unless named). */
  ofPair: permitted('pairing.read')
    .input(pairIdInput)
    .query(({ ctx, input }) => activitiesOf(ctx.tx, input.pairId, (input.term && termFromKey(input.term)) || termOf(todayInChina()))),

  get: permitted('pairing.read')
    .input(activityIdInput)
    .query(({ ctx, input }) => activityDetail(ctx.tx, input.activityId)),

  confirm: permitted('pairing.log')
    .input(activityIdInput)
    .mutation(({ ctx, input }) => answerActivity(ctx.tx, ctx.user, input.activityId, { state: 'confirmed' })),

  dispute: permitted('pairing.log')
    .input(disputeInput)
    .mutation(({ ctx, input }) => answerActivity(ctx.tx, ctx.user, input.activityId, { state: 'disputed', reason: input.reason })),

  /** Receipts waiting for an answer: a school's own; a county's or the city's older than the city's pending days. */
  awaiting: permitted('pairing.read').query(({ ctx }) => awaitingAnswers(ctx.tx, ctx.user, todayInChina())),
});
