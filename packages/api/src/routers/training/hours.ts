import { todayInChina } from '@tongxing/domain';
import { heavy } from '../../heavy';
import { permitted } from '../../procedures';
import { certificateFactsOf } from '../../training/certificate-facts';
import { complianceList, complianceSummary } from '../../training/compliance';
import { addManual, ledgerOf, reverse } from '../../training/ledger';
import { cycleOn, teacherPace } from '../../training/pace';
import { router } from '../../trpc';
import { complianceListInput, complianceSummaryInput, entryIdInput, manualEntryInput, reverseEntryInput, teacherIdInput } from './schemas';

/** The hours ledger (学时) and the cycle's pace: a teacher's own, and the lists of a scope. */
export const hoursRouter = router({
  /** A teacher's ledger and their pace in the current cycle (null when the city has no cycle today). */
  ofTeacher: permitted('training.hours')
    .input(teacherIdInput)
    .query(async ({ ctx, input }) => {
      const [entries, pace] = await Promise.all([ledgerOf(ctx.tx, input.teacherId), teacherPace(ctx.tx, input.teacherId, todayInChina())]);
      return { entries, pace };
    }),

  /** What a cohort entry's completion certificate prints (the PDF is drawn by the web route). */
  certificate: permitted('training.hours')
    .input(entryIdInput)
    .query(({ ctx, input }) => certificateFactsOf(ctx.tx, input.entryId)),

  addManual: permitted('training.ledger')
    .input(manualEntryInput)
    .mutation(({ ctx, input }) => addManual(ctx.tx, ctx.user, input)),

  reverse: permitted('training.ledger')
    .input(reverseEntryInput)
    .mutation(({ ctx, input }) => reverse(ctx.tx, ctx.user, input.entryId, input.reason)),

  /** Every teacher of the scope with hours, required, expected and pace; filter by county, school, pace. */
  compliance: permitted('training.hours')
    .input(complianceListInput)
    .query(async ({ ctx, input }) => {
      const asOf = input.asOf ?? todayInChina();
      const cycle = await cycleOn(ctx.tx, asOf);
      return { cycle, asOf, list: cycle ? await complianceList(ctx.tx, ctx.user, cycle, asOf, input) : null };
    }),

  complianceExport: permitted('training.hours')
    .use(heavy)
    .input(complianceListInput)
    .query(async ({ ctx, input }) => {
      const asOf = input.asOf ?? todayInChina();
      const cycle = await cycleOn(ctx.tx, asOf);
      return { cycle, asOf, rows: cycle ? (await complianceList(ctx.tx, ctx.user, cycle, asOf, input, true)).rows : [] };
    }),

  /** Per county of the scope: teachers, trained, on pace, behind, hours (of which poverty counties). */
  summary: permitted('training.hours')
    .input(complianceSummaryInput)
    .query(async ({ ctx, input }) => {
      const asOf = input.asOf ?? todayInChina();
      const cycle = await cycleOn(ctx.tx, asOf);
      return { cycle, asOf, counties: cycle ? await complianceSummary(ctx.tx, ctx.user, cycle, asOf) : [] };
    }),
});
