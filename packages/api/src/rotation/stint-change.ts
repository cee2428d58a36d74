import { and, eq, sql } from 'drizzle-orm';
import { schema, type Transaction } from '@tongxing/db';
import { violatedConstraint } from '../postgres-errors';
import { badInput, notFound } from '../problems';
import { changePost, postOn } from '../register/posts';

const m = schema.rotationMove;
const p = schema.post;

/**
 * An early return or an extension of an applied stint, decided after the fact. The register is split at the
 * new end, never rewritten behind it: an early return moves the teacher home from `endDate`; an extension
 * keeps them at the host school until it (the return post is split there and its first part is the host's).
 * The absence follows. A month already approved then gets its 补发/扣回 in the county's next run.
 */
export async function changeStintEnd(tx: Transaction, moveId: string, endDate: string) {
  const [move] = await tx.select().from(m).where(eq(m.id, moveId)).for('update');
  if (!move) throw notFound();
  if (!move.appliedAt) throw badInput('moveId', 'move_not_applied');
  if (move.form === '调动' || move.endDate === null) throw badInput('moveId', 'transfer_has_end');
  if (endDate <= move.startDate) throw badInput('endDate', 'end_not_after_start');
  if (endDate === move.endDate) throw badInput('endDate', 'end_unchanged');
  const oldEnd = move.endDate;
  try {
    if (move.form === '走教')
      await tx
        .update(p)
        .set({ endDate })
        .where(
          and(eq(p.teacherId, move.teacherId), eq(p.schoolId, move.toSchoolId), eq(p.isPrimary, false), eq(p.startDate, move.startDate)),
        );
    else if (endDate < oldEnd) {
      const back = await postOn(tx, move.teacherId, oldEnd);
      await changePost(tx, move.teacherId, endDate, { schoolId: move.fromSchoolId, roles: back?.roles ?? [] });
    } else {
      const back = await postOn(tx, move.teacherId, oldEnd);
      const returned = back && back.schoolId === move.fromSchoolId && back.startDate === oldEnd;
      if (!returned || (back.endDate !== null && back.endDate <= endDate)) throw badInput('endDate', 'return_changed_since');
      await changePost(tx, move.teacherId, endDate, { schoolId: back.schoolId, roles: back.roles });
      await tx.update(p).set({ schoolId: move.toSchoolId, roles: [] }).where(eq(p.id, back.id));
    }
    await tx
      .update(schema.teacherAway)
      .set({ endDate })
      .where(and(eq(schema.teacherAway.source, 'rotation'), eq(schema.teacherAway.sourceId, moveId)));
    await tx
      .update(m)
      .set({ endDate, updatedAt: sql`now()` })
      .where(eq(m.id, moveId));
  } catch (error) {
    if (['post_one_primary_per_day', 'teacher_away_no_overlap'].includes(violatedConstraint(error) ?? ''))
      throw badInput('endDate', 'stint_overlaps');
    throw error;
  }
}
