import { schema, type Transaction } from '@tongxing/db';
import { and, asc, eq } from 'drizzle-orm';

const a = schema.teacherAway;
const e = schema.trainingEnrolment;
const c = schema.trainingCohort;
const p = schema.trainingProgramme;

/** When the teacher is away from their school (off-the-job training; rotation stints later), oldest first, with what for. */
export function awayOf(tx: Transaction, teacherId: string) {
  return tx
    .select({
      id: a.id,
      source: a.source,
      startDate: a.startDate,
      /** half-open, like posts */
      endDate: a.endDate,
      cohortId: c.id,
      what: p.name,
      detail: c.name,
      form: p.form,
    })
    .from(a)
    .leftJoin(e, and(eq(e.tenantId, a.tenantId), eq(e.id, a.sourceId), eq(a.source, 'training')))
    .leftJoin(c, and(eq(c.tenantId, e.tenantId), eq(c.id, e.cohortId)))
    .leftJoin(p, and(eq(p.tenantId, c.tenantId), eq(p.id, c.programmeId)))
    .where(eq(a.teacherId, teacherId))
    .orderBy(asc(a.startDate));
}
