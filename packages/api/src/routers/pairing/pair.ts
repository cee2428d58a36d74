import { termFromKey, termOf, todayInChina } from '@tongxing/domain';
import { pairingDashboard } from '../../pairing/dashboard';
import { createPair, pairDetail, pairList } from '../../pairing/pairs';
import { permitted } from '../../procedures';
import { router } from '../../trpc';
import { createPairInput, dashboardInput, pairIdInput, pairListInput } from './schemas';

/** Urban–rural pairs and communities: the city creates them; the schools in them and the counties they touch see them. */
export const pairingRouter = router({
  create: permitted('pairing.manage')
    .input(createPairInput)
    .mutation(({ ctx, input }) => createPair(ctx.tx, ctx.user, input)),

  /** The pairs of the scope with their confirmed activities, the last one's date and whether the pair is idle. */
  list: permitted('pairing.read')
    .input(pairListInput)
    .query(({ ctx, input }) => pairList(ctx.tx, ctx.user, input, todayInChina())),

  /** A pair, its schools and a term's confirmed activities against its targets (this term by default). */
  get: permitted('pairing.read')
    .input(pairIdInput)
    .query(({ ctx, input }) => {
      const today = todayInChina();
      const term = (input.term && termFromKey(input.term)) || termOf(today);
      return pairDetail(ctx.tx, input.pairId, term, today);
    }),

  /** A term's view of every pair of the scope and each county: targets met, idle pairs, money and goods given against budgets. */
  dashboard: permitted('pairing.read')
    .input(dashboardInput)
    .query(({ ctx, input }) => {
      const today = todayInChina();
      const term = (input.term && termFromKey(input.term)) || termOf(today);
      return pairingDashboard(ctx.tx, ctx.user, term, today);
    }),
});
