import { permitted } from '../../procedures';
import { needsOf, removeNeed, setNeed } from '../../rotation/needs';
import { router } from '../../trpc';
import { needIdInput, needInput, needListInput } from './schemas';

/** What receiving schools ask for in the year's rotation: subject, count, term. */
export const rotationNeedRouter = router({
  list: permitted('rotation.read')
    .input(needListInput)
    .query(({ ctx, input }) => {
      const countyId = ctx.user.role === 'county_officer' ? ctx.user.countyId! : (input.countyId ?? null);
      const schoolId = ctx.user.role === 'school_admin' ? ctx.user.schoolId! : input.schoolId;
      return needsOf(ctx.tx, countyId, input.year, schoolId);
    }),

  set: permitted('rotation.need')
    .input(needInput)
    .mutation(({ ctx, input }) => setNeed(ctx.tx, ctx.user, input)),

  remove: permitted('rotation.need')
    .input(needIdInput)
    .mutation(({ ctx, input }) => removeNeed(ctx.tx, input.needId)),
});
