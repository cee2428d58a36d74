import { z } from 'zod';
import { entityId } from '../inputs';
import { cityOverview } from '../overview/index';
import { permitted } from '../procedures';
import { isoMonth } from '../register/fields';
import { router } from '../trpc';

const overviewInput = z.object({ month: isoMonth().optional(), countyId: entityId().optional() }).default({});

/** The city's overview (a county officer's of their county): each area's figures, each the count of a list. */
export const overviewRouter = router({
  get: permitted('overview.read')
    .input(overviewInput)
    .query(({ ctx, input }) => cityOverview(ctx.tx, ctx.user, input)),
});
