import { schema, type Transaction } from '@tongxing/db';
import { and, asc, eq, gt, inArray, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';

const p = schema.post;
const t = schema.teacher;
const to = alias(schema.school, 'scheduled_school');
const from = alias(schema.school, 'current_school');

/** A move that is decided but not yet due: from `date` on, the teacher works at `schoolName`. */
export interface ScheduledMove {
  teacherId: string;
  date: string;
  schoolId: string;
  schoolName: string;
}

/**
 * Each teacher's first primary post that starts after today at another school than today's
 * (teacher.school_id): one query for a page of rows, read by the record header and the lists.
 */
export async function scheduledMoves(tx: Transaction, teacherIds: string[], today: string): Promise<Map<string, ScheduledMove>> {
  if (teacherIds.length === 0) return new Map();
  const rows = await tx
    .selectDistinctOn([p.teacherId], { teacherId: p.teacherId, date: p.startDate, schoolId: p.schoolId, schoolName: to.name })
    .from(p)
    .innerJoin(t, and(eq(t.tenantId, p.tenantId), eq(t.id, p.teacherId)))
    .innerJoin(to, and(eq(to.tenantId, p.tenantId), eq(to.id, p.schoolId)))
    .where(and(inArray(p.teacherId, teacherIds), eq(p.isPrimary, true), gt(p.startDate, today), ne(p.schoolId, t.schoolId)))
    .orderBy(asc(p.teacherId), asc(p.startDate));
  return new Map(rows.map((row) => [row.teacherId, row]));
}

/** Teachers who are to join a school on a later day and are elsewhere today, soonest first. */
export function incomingTo(tx: Transaction, schoolId: string, today: string) {
  return tx
    .select({ teacherId: t.id, name: t.name, date: p.startDate, fromSchoolName: from.name })
    .from(p)
    .innerJoin(t, and(eq(t.tenantId, p.tenantId), eq(t.id, p.teacherId)))
    .innerJoin(from, and(eq(from.tenantId, t.tenantId), eq(from.id, t.schoolId)))
    .where(and(eq(p.schoolId, schoolId), eq(p.isPrimary, true), gt(p.startDate, today), ne(t.schoolId, schoolId)))
    .orderBy(asc(p.startDate), asc(t.name));
}
