import { homeSummary } from '../home/index';
import { signedIn } from '../procedures';
import { router } from '../trpc';

/** The home page: what waits for the user, area by area, and the figures of their scope. */
export const homeRouter = router({
  summary: signedIn.query(({ ctx }) => homeSummary(ctx.tx, ctx.user)),
});
