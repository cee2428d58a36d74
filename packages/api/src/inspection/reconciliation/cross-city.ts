import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { visible } from '../../scope';

/**
 * The user's teachers whom another city also has on its register or a sheet in the month (a teacher who
 * moved mid-month and is paid twice), from `tongxing_cross_city_matches`, which compares keyed hashes of
 * ID numbers and returns only this city's teacher ids. What is shown of them is this city's own: their
 * school and what this city's sheets pay them in the month.
 */
export async function crossCityMatches(tx: Transaction, user: SessionUser, month: string) {
  const matched = await tx.execute<{ teacher_id: string }>(sql`select teacher_id from tongxing_cross_city_matches(${month})`);
  if (matched.length === 0) return [];
  const t = schema.teacher;
  const s = schema.school;
  return tx
    .select({
      teacherId: t.id,
      name: t.name,
      idNumber: t.idNumber,
      schoolName: s.name,
      countyName: schema.county.name,
      paidFen: sql<number>`(select coalesce(sum(l.amount_fen), 0) from allowance_line l
        join allowance_sheet sh on sh.tenant_id = l.tenant_id and sh.id = l.sheet_id
        where l.tenant_id = teacher.tenant_id and l.teacher_id = teacher.id and sh.month = ${month})`.mapWith(Number),
    })
    .from(t)
    .innerJoin(s, and(eq(s.tenantId, t.tenantId), eq(s.id, t.schoolId)))
    .innerJoin(schema.county, and(eq(schema.county.tenantId, s.tenantId), eq(schema.county.id, s.countyId)))
    .where(
      and(
        inArray(
          t.id,
          matched.map((m) => m.teacher_id),
        ),
        visible.teachers(user),
      ),
    )
    .orderBy(asc(schema.county.code), asc(s.code), asc(t.name));
}
