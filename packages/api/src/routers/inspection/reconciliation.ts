import { checkDetail, checkList, differencesExport } from '../../inspection/reconciliation/checks';
import { compareRoster } from '../../inspection/reconciliation/compare';
import { crossCityMatches } from '../../inspection/reconciliation/cross-city';
import { explainDifference, raiseDifference } from '../../inspection/reconciliation/resolve';
import { permitted } from '../../procedures';
import { router } from '../../trpc';
import { checkInput, compareInput, crossCityInput, exportInput, explainInput, raiseInput } from './reconciliation-schemas';

/**
 * Roster reconciliation (核查): a roster checked by the import (kind `roster`) compared with the register
 * and the month's sheets; each difference explained or raised as a problem.
 */
export const rosterCheckRouter = router({
  create: permitted('inspection.manage')
    .input(compareInput)
    .mutation(({ ctx, input }) => compareRoster(ctx.tx, ctx.user, input)),
  list: permitted('inspection.manage').query(({ ctx }) => checkList(ctx.tx, ctx.user)),
  get: permitted('inspection.manage')
    .input(checkInput)
    .query(({ ctx, input }) => checkDetail(ctx.tx, input)),
  /** Every difference the filter keeps (the Excel file and the print view). */
  export: permitted('inspection.manage')
    .input(exportInput)
    .query(({ ctx, input }) => differencesExport(ctx.tx, input)),
  explain: permitted('inspection.manage')
    .input(explainInput)
    .mutation(({ ctx, input }) => explainDifference(ctx.tx, ctx.user, input)),
  raise: permitted('inspection.manage')
    .input(raiseInput)
    .mutation(({ ctx, input }) => raiseDifference(ctx.tx, ctx.user, ctx.locale, input)),
  /** The user's teachers whom another city also has on its register or a sheet in the month (keyed hashes only). */
  crossCity: permitted('inspection.manage')
    .input(crossCityInput)
    .query(({ ctx, input }) => crossCityMatches(ctx.tx, ctx.user, input.month)),
});
