import { eq, sql } from 'drizzle-orm';
import { schema, type Transaction } from '@tongxing/db';
import { violatedConstraint } from '../postgres-errors';
import { badInput } from '../problems';
import { changePost, postOn } from '../register/posts';
import type { MoveRow } from './moves';

/** The constraints that keep a teacher in one place at a time: one primary post a day, one absence a day. */
const ONE_PLACE = new Set(['post_one_primary_per_day', 'teacher_away_no_overlap']);

/**
 * Writes a move into the register through the post rules: a 调动 moves the primary post from its start;
 * a 支教 or 援教 stint moves it to the host school for `[start, end)` and back to the home school, with the
 * roles held there, at the end; a 走教 adds a secondary post at the other school and keeps the primary one.
 * Every form but 调动 is an absence too, so no off-the-job training can overlap it. Allowances follow the
 * posts through the engine. Two moves of one teacher over the same days: the database refuses the second.
 */
export async function applyMove(tx: Transaction, move: MoveRow): Promise<void> {
  try {
    const home = await postOn(tx, move.teacherId, move.startDate);
    if (!home || home.schoolId !== move.fromSchoolId)
      throw badInput('moveId', 'not_at_home_school', { teacherName: move.teacherName, day: move.startDate });
    if (move.form === '走教')
      await tx.insert(schema.post).values({
        tenantId: home.tenantId,
        teacherId: move.teacherId,
        schoolId: move.toSchoolId,
        startDate: move.startDate,
        endDate: move.endDate,
        isPrimary: false,
        employmentType: home.employmentType,
        status: home.status,
        roles: [],
      });
    else {
      await changePost(tx, move.teacherId, move.startDate, { schoolId: move.toSchoolId, roles: [] });
      if (move.endDate) await changePost(tx, move.teacherId, move.endDate, { schoolId: move.fromSchoolId, roles: home.roles });
    }
    if (move.endDate)
      await tx.insert(schema.teacherAway).values({
        tenantId: home.tenantId,
        teacherId: move.teacherId,
        startDate: move.startDate,
        endDate: move.endDate,
        source: 'rotation',
        sourceId: move.id,
      });
    await tx
      .update(schema.rotationMove)
      .set({ appliedAt: sql`now()` })
      .where(eq(schema.rotationMove.id, move.id));
  } catch (error) {
    if (ONE_PLACE.has(violatedConstraint(error) ?? ''))
      throw badInput('moveId', 'teacher_elsewhere', { teacherName: move.teacherName, day: move.startDate });
    throw error;
  }
}
