import { schema, type Transaction } from '@tongxing/db';
import { and, asc, eq, gt, isNull, lte, or } from 'drizzle-orm';

const p = schema.post;
const t = schema.teacher;
const s = schema.school;
const c = schema.county;

/** Everyone holding a primary post at a school of the county on `day`, by school then name. */
export function rosterOf(tx: Transaction, countyId: string, day: string) {
  return tx
    .select({
      countyName: c.name,
      schoolCode: s.code,
      schoolName: s.name,
      name: t.name,
      idNumber: t.idNumber,
      sex: t.sex,
      employmentType: p.employmentType,
      status: p.status,
      roles: p.roles,
      startDate: p.startDate,
      endDate: p.endDate,
    })
    .from(p)
    .innerJoin(t, and(eq(t.tenantId, p.tenantId), eq(t.id, p.teacherId)))
    .innerJoin(s, and(eq(s.tenantId, p.tenantId), eq(s.id, p.schoolId)))
    .innerJoin(c, and(eq(c.tenantId, s.tenantId), eq(c.id, s.countyId)))
    .where(and(eq(s.countyId, countyId), eq(p.isPrimary, true), lte(p.startDate, day), or(isNull(p.endDate), gt(p.endDate, day))))
    .orderBy(asc(s.code), asc(t.name), asc(t.id));
}
