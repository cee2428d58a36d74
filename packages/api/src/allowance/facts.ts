import { schema, type Transaction } from '@tongxing/db';
import {
  governingPeriods,
  monthBounds,
  type BaseLookup,
  type Fraction,
  type PostFact,
  type RuleVersion,
  type TeacherFacts,
} from '@tongxing/domain';
import { and, eq, gt, inArray, isNull, lt, or } from 'drizzle-orm';

type VersionRow = typeof schema.ruleVersion.$inferSelect;

/**
 * The published rules as the engine takes them, the wage bases, and names for explanations. `drafts`
 * govern as if published with them: each supersedes from its effective date, as publishing would.
 */
export async function publishedRules(tx: Transaction, drafts: readonly VersionRow[] = []) {
  const [versions, types, bases] = await Promise.all([
    tx.select().from(schema.ruleVersion).where(eq(schema.ruleVersion.state, 'published')),
    tx.select({ id: schema.allowanceType.id, name: schema.allowanceType.name }).from(schema.allowanceType),
    tx.select().from(schema.wageBase),
  ]);
  const all = [...versions, ...drafts];
  const rules: RuleVersion[] = governingPeriods(all);
  const base: BaseLookup = (name, year, countyId) =>
    (
      bases.find((b) => b.name === name && b.year === year && b.countyId === countyId) ??
      bases.find((b) => b.name === name && b.year === year && b.countyId === null)
    )?.annualFen;
  return { rules, base, typeNames: new Map(types.map((t) => [t.id, t.name])), titles: new Map(all.map((v) => [v.id, v.documentTitle])) };
}

/**
 * Register facts for a month: every primary post intersecting it, with its school's class, type and
 * county, grouped by teacher. `teachers` limits to some teachers; `countyId` to those with a post in
 * the county that month (their posts elsewhere that month come too: a line spans counties).
 */
export async function monthFacts(
  tx: Transaction,
  month: string,
  scope: { teacherIds?: string[]; countyId?: string },
): Promise<TeacherFacts[]> {
  const { start, end } = monthBounds(month);
  const p = schema.post;
  const s = schema.school;
  const inMonth = and(eq(p.isPrimary, true), lt(p.startDate, end), or(isNull(p.endDate), gt(p.endDate, start)));
  const inCounty = scope.countyId
    ? inArray(
        p.teacherId,
        tx
          .selectDistinct({ id: p.teacherId })
          .from(p)
          .innerJoin(s, and(eq(s.tenantId, p.tenantId), eq(s.id, p.schoolId)))
          .where(and(inMonth, eq(s.countyId, scope.countyId))),
      )
    : undefined;
  const rows = await tx
    .select({
      post: p,
      schoolName: s.name,
      countyId: s.countyId,
      locationClass: s.locationClass,
      schoolType: s.schoolType,
      keyTeacherLevel: schema.teacher.keyTeacherLevel,
    })
    .from(p)
    .innerJoin(s, and(eq(s.tenantId, p.tenantId), eq(s.id, p.schoolId)))
    .innerJoin(schema.teacher, and(eq(schema.teacher.tenantId, p.tenantId), eq(schema.teacher.id, p.teacherId)))
    .where(and(inMonth, inCounty, scope.teacherIds ? inArray(p.teacherId, scope.teacherIds) : undefined))
    .orderBy(p.teacherId, p.startDate);
  const byTeacher = new Map<string, TeacherFacts>();
  for (const { post, keyTeacherLevel, ...school } of rows) {
    const fact: PostFact = {
      postId: post.id,
      start: post.startDate,
      end: post.endDate,
      schoolId: post.schoolId,
      ...school,
      employmentType: post.employmentType,
      status: post.status,
      roles: post.roles,
    };
    const teacher = byTeacher.get(post.teacherId) ?? { teacherId: post.teacherId, keyTeacherLevel, posts: [] };
    teacher.posts.push(fact);
    byTeacher.set(post.teacherId, teacher);
  }
  return [...byTeacher.values()];
}

/** Segments as stored and shown: the monthly amount in 元 (exact fractions become decimals here only). */
export function storedSegments<S extends { monthlyFen: Fraction; ruleVersionId: string }>(segments: S[], titles: Map<string, string>) {
  return segments.map(({ monthlyFen, ...segment }) => ({
    ...segment,
    monthlyYuan: Number(monthlyFen.n) / Number(monthlyFen.d) / 100,
    documentTitle: titles.get(segment.ruleVersionId) ?? '',
  }));
}
