import { schema, type Transaction } from '@tongxing/db';
import { computeMonth, governingPeriods, type PostFact, type RuleVersion } from '@tongxing/domain';
import { and, asc, eq } from 'drizzle-orm';

/**
 * A teacher's lines for a month under the published rules, fed from the register: the same engine the
 * monthly run will use. Each line carries its segments as the explanation.
 */
export async function previewMonth(tx: Transaction, teacherId: string, month: string) {
  const p = schema.post;
  const s = schema.school;
  const [teacher] = await tx.select({ keyTeacherLevel: schema.teacher.keyTeacherLevel }).from(schema.teacher).where(eq(schema.teacher.id, teacherId));
  const posts = await tx
    .select({ post: p, schoolName: s.name, countyId: s.countyId, locationClass: s.locationClass, schoolType: s.schoolType })
    .from(p)
    .innerJoin(s, and(eq(s.tenantId, p.tenantId), eq(s.id, p.schoolId)))
    .where(and(eq(p.teacherId, teacherId), eq(p.isPrimary, true)))
    .orderBy(asc(p.startDate));
  const versions = await tx.select().from(schema.ruleVersion).where(eq(schema.ruleVersion.state, 'published'));
  const types = await tx.select({ id: schema.allowanceType.id, name: schema.allowanceType.name }).from(schema.allowanceType);
  const bases = await tx.select().from(schema.wageBase);
  const facts: PostFact[] = posts.map(({ post, ...school }) => ({
    postId: post.id,
    start: post.startDate,
    end: post.endDate,
    schoolId: post.schoolId,
    ...school,
    employmentType: post.employmentType,
    status: post.status,
    roles: post.roles,
  }));
  const rules: RuleVersion[] = governingPeriods(versions).map((r) => ({ ...r, documentNo: r.documentNo }));
  const lines = computeMonth(month, { teacherId, keyTeacherLevel: teacher?.keyTeacherLevel ?? null, posts: facts }, rules, (name, year, countyId) => {
    const county = bases.find((b) => b.name === name && b.year === year && b.countyId === countyId);
    return (county ?? bases.find((b) => b.name === name && b.year === year && b.countyId === null))?.annualFen;
  });
  const titles = new Map(versions.map((r) => [r.id, r.documentTitle]));
  const names = new Map(types.map((t) => [t.id, t.name]));
  return lines.map((line) => ({
    ...line,
    allowanceTypeName: names.get(line.allowanceTypeId) ?? '',
    segments: line.segments.map(({ monthlyFen, ...segment }) => ({ ...segment, monthlyYuan: Number(monthlyFen.n) / Number(monthlyFen.d) / 100, documentTitle: titles.get(segment.ruleVersionId) ?? '' })),
  }));
}
