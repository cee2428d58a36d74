import { sql } from 'drizzle-orm';
import type { Transaction } from '@tongxing/db';
import type { Absence } from '@tongxing/domain';
import { uuidArray } from '../sql-arrays';

/**
 * Times these teachers are away from their school (off-the-job training, stints) overlapping
 * `[start, end)`, leaving out the absences the plan's own moves wrote.
 */
export async function absencesOf(tx: Transaction, teacherIds: readonly string[], planId: string | null, start: string, end: string | null) {
  if (teacherIds.length === 0) return [];
  const rows = await tx.execute(sql`
    select a.teacher_id as "teacherId", a.start_date::text as "startDate", a.end_date::text as "endDate" from teacher_away a
    where a.teacher_id = any(${uuidArray(teacherIds)}) and a.end_date > ${start} ${end === null ? sql`` : sql`and a.start_date < ${end}`}
      and not (a.source = 'rotation' and a.source_id in (select id from rotation_move where plan_id = ${planId}))`);
  return [...rows] as unknown as Absence[];
}
