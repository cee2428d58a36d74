import { createProblem, problemDetail, problemList } from '../../inspection/problems';
import { decideProblem, submitRectification } from '../../inspection/rectification';
import { monthlyReport } from '../../inspection/report';
import { permitted } from '../../procedures';
import { router } from '../../trpc';
import { closeInput, createProblemInput, problemIdInput, problemListInput, rectifyInput, reportInput, returnInput } from './schemas';

/** Problems found: an owner and a deadline, the owner's rectification, the inspector's 销号 or return. */
export const inspectionProblemRouter = router({
  create: permitted('inspection.manage')
    .input(createProblemInput)
    .mutation(({ ctx, input }) => createProblem(ctx.tx, ctx.user, input)),
  list: permitted('inspection.read')
    .input(problemListInput)
    .query(({ ctx, input }) => problemList(ctx.tx, ctx.user, input)),
  get: permitted('inspection.read')
    .input(problemIdInput)
    .query(({ ctx, input }) => problemDetail(ctx.tx, input.problemId)),
  /** The month's problems found, closed and overdue, by county and category. */
  report: permitted('inspection.read')
    .input(reportInput)
    .query(({ ctx, input }) => monthlyReport(ctx.tx, ctx.user, input.month)),
  /** The owner's rectification with its evidence (uploaded by the page's form action). */
  rectify: permitted('inspection.rectify')
    .input(rectifyInput)
    .mutation(({ ctx, input }) => submitRectification(ctx.tx, ctx.user, input)),
  close: permitted('inspection.manage')
    .input(closeInput)
    .mutation(({ ctx, input }) => decideProblem(ctx.tx, ctx.user, { ...input, close: true })),
  return: permitted('inspection.manage')
    .input(returnInput)
    .mutation(({ ctx, input }) => decideProblem(ctx.tx, ctx.user, { ...input, close: false })),
});
