import { schema, type Transaction } from '@tongxing/db';
import { todayInChina, type TargetFacts } from '@tongxing/domain';
import { and, desc, eq, lte } from 'drizzle-orm';

const t = schema.teacher;
const s = schema.school;
const p = schema.post;

/** What a target group is checked against: the teacher's school today and their post's roles on `day`. */
export async function targetFactsOf(tx: Transaction, teacherId: string, day = todayInChina()): Promise<TargetFacts & { name: string }> {
  const [row] = await tx
    .select({
      name: t.name,
      subjects: t.subjects,
      keyTeacherLevel: t.keyTeacherLevel,
      countyId: s.countyId,
      schoolType: s.schoolType,
      locationClass: s.locationClass,
    })
    .from(t)
    .innerJoin(s, and(eq(s.tenantId, t.tenantId), eq(s.id, t.schoolId)))
    .where(eq(t.id, teacherId));
  if (!row) throw new Error(`teacher ${teacherId} not visible`);
  // Primary posts never overlap, so the latest begun by the day covers it, or is the last before it.
  const [post] = await tx
    .select({ roles: p.roles })
    .from(p)
    .where(and(eq(p.teacherId, teacherId), eq(p.isPrimary, true), lte(p.startDate, day)))
    .orderBy(desc(p.startDate))
    .limit(1);
  return { ...row, postRoles: post?.roles ?? [] };
}
