import { schema, type Transaction } from '@tongxing/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';

const a = schema.teacherAway;
const e = schema.trainingEnrolment;
const c = schema.trainingCohort;
const p = schema.trainingProgramme;
const m = schema.rotationMove;
const host = alias(schema.school, 'host');

/**
 * When the teacher is away from their school, oldest first, with what for: an off-the-job training
 * placement (its programme and cohort) or a rotation stint (the host school and the form).
 */
export function awayOf(tx: Transaction, teacherId: string) {
  return tx
    .select({
      id: a.id,
      source: a.source,
      startDate: a.startDate,
      /** half-open, like posts */
      endDate: a.endDate,
      cohortId: c.id,
      what: sql<string | null>`coalesce(${p.name}, ${host.name})`,
      detail: sql<string | null>`coalesce(${c.name}, ${m.form})`,
      form: p.form,
    })
    .from(a)
    .leftJoin(e, and(eq(e.tenantId, a.tenantId), eq(e.id, a.sourceId), eq(a.source, 'training')))
    .leftJoin(c, and(eq(c.tenantId, e.tenantId), eq(c.id, e.cohortId)))
    .leftJoin(p, and(eq(p.tenantId, c.tenantId), eq(p.id, c.programmeId)))
    .leftJoin(m, and(eq(m.tenantId, a.tenantId), eq(m.id, a.sourceId), eq(a.source, 'rotation')))
    .leftJoin(host, and(eq(host.tenantId, m.tenantId), eq(host.id, m.toSchoolId)))
    .where(eq(a.teacherId, teacherId))
    .orderBy(asc(a.startDate));
}
