import { permitted } from '../../procedures';
import { answerMove } from '../../rotation/approval';
import { changeStintEnd } from '../../rotation/stint-change';
import { movesOfSchool, movesOfTeacher } from '../../rotation/moves';
import { router } from '../../trpc';
import { answerInput, changeEndInput, schoolMovesInput, teacherIdInput } from './schemas';

/** Moves as a school or a teacher sees them: the school answers the ones into or out of it. */
export const rotationMoveRouter = router({
  ofSchool: permitted('rotation.read')
    .input(schoolMovesInput)
    .query(({ ctx, input }) => {
      const schoolId = ctx.user.role === 'school_admin' ? ctx.user.schoolId! : input.schoolId;
      return schoolId ? movesOfSchool(ctx.tx, schoolId, input.year) : [];
    }),

  ofTeacher: permitted('rotation.read')
    .input(teacherIdInput)
    .query(({ ctx, input }) => movesOfTeacher(ctx.tx, input.teacherId)),

  /** An early return or an extension of an applied stint: a new change to the register, from the new end. */
  changeEnd: permitted('rotation.plan')
    .input(changeEndInput)
    .mutation(({ ctx, input }) => changeStintEnd(ctx.tx, input.moveId, input.endDate)),

  answer: permitted('rotation.answer')
    .input(answerInput)
    .mutation(({ ctx, input }) => answerMove(ctx.tx, ctx.user, input.moveId, input)),
});
