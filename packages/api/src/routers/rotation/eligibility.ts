import { permitted } from '../../procedures';
import { heavy } from '../../heavy';
import { eligibilityList, eligibilityRows } from '../../rotation/eligibility-list';
import { addExemption, removeExemption } from '../../rotation/exemptions';
import { teacherRotation } from '../../rotation/teacher-eligibility';
import { router } from '../../trpc';
import { eligibilityExportInput, eligibilityListInput, exemptionIdInput, exemptionInput, teacherYearInput, yearInput } from './schemas';

/** Who may be rotated as of the year's reference date, and why not; exemptions. */
export const rotationEligibilityRouter = router({
  list: permitted('rotation.read')
    .input(eligibilityListInput)
    .query(({ ctx, input }) => eligibilityList(ctx.tx, ctx.user, input)),

  /** The whole filtered list for the Excel export. */
  export: permitted('rotation.read')
    .use(heavy)
    .input(eligibilityExportInput)
    .query(({ ctx, input }) => eligibilityRows(ctx.tx, ctx.user, input)),

  /** One teacher: the answer with every reason, their exemptions and their rotations. */
  teacher: permitted('rotation.read')
    .input(teacherYearInput)
    .query(({ ctx, input }) => teacherRotation(ctx.tx, input.teacherId, input.year)),

  /** The same for the signed-in teacher. */
  mine: permitted('rotation.mine')
    .input(yearInput)
    .query(({ ctx, input }) => teacherRotation(ctx.tx, ctx.user.teacherId!, input.year)),

  exempt: permitted('rotation.plan')
    .input(exemptionInput)
    .mutation(({ ctx, input }) => addExemption(ctx.tx, ctx.user, input)),

  removeExemption: permitted('rotation.plan')
    .input(exemptionIdInput)
    .mutation(({ ctx, input }) => removeExemption(ctx.tx, input.exemptionId)),
});
