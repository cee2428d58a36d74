import { and, asc, eq } from 'drizzle-orm';
import { schema, type Transaction } from '@tongxing/db';
import { referenceDate, rotationEligibility, serviceDays, TITLE_SERVICE_DAYS, todayInChina } from '@tongxing/domain';
import { notFound } from '../problems';
import { movesOfTeacher } from './moves';
import { serviceIntervals } from './eligibility';
import { PRINCIPAL_ROLES } from './facts';
import { policyFor } from './policy';

/** One teacher's answer for a year, with every reason, their exemptions, their rotations of every year and their rural service to date. */
export async function teacherRotation(tx: Transaction, teacherId: string, year: number) {
  const { policy } = await policyFor(tx, year);
  const day = referenceDate(policy);
  const [teacher] = await tx
    .select({ name: schema.teacher.name, idNumber: schema.teacher.idNumber, keyTeacherLevel: schema.teacher.keyTeacherLevel })
    .from(schema.teacher)
    .where(eq(schema.teacher.id, teacherId));
  if (!teacher) throw notFound();
  const [posts, exemptions, moves] = await Promise.all([
    tx
      .select({ post: schema.post, locationClass: schema.school.locationClass })
      .from(schema.post)
      .innerJoin(schema.school, and(eq(schema.school.tenantId, schema.post.tenantId), eq(schema.school.id, schema.post.schoolId)))
      .where(eq(schema.post.teacherId, teacherId))
      .orderBy(asc(schema.post.startDate)),
    tx
      .select({
        id: schema.rotationExemption.id,
        reason: schema.rotationExemption.reason,
        startDate: schema.rotationExemption.startDate,
        endDate: schema.rotationExemption.endDate,
      })
      .from(schema.rotationExemption)
      .where(eq(schema.rotationExemption.teacherId, teacherId))
      .orderBy(asc(schema.rotationExemption.startDate)),
    movesOfTeacher(tx, teacherId),
  ]);
  const intervals = posts.map(({ post: p }) => ({
    schoolId: p.schoolId,
    role: p.isPrimary ? ('primary' as const) : ('secondary' as const),
    startDate: p.startDate,
    endDate: p.endDate,
  }));
  const current = posts.map((p) => p.post).find((p) => p.isPrimary && p.startDate <= day && (p.endDate === null || p.endDate > day));
  const eligibility = rotationEligibility(
    {
      idNumber: teacher.idNumber,
      posts: intervals,
      principal: (current?.roles ?? []).some((r) => PRINCIPAL_ROLES.includes(r)),
      keyTeacher: teacher.keyTeacherLevel !== null,
      exemptions,
    },
    policy,
    day,
  );
  const today = todayInChina();
  const stints = moves.flatMap((m) => (m.appliedAt && m.endDate ? [{ start: m.startDate, end: m.endDate }] : []));
  const service = serviceDays(
    serviceIntervals(policy, { posts: intervals, postClasses: posts.map((p) => p.locationClass), stints }),
    today,
  );
  return {
    day,
    name: teacher.name,
    eligibility,
    exemptions,
    moves,
    service: { days: service, asOf: today, enoughForTitle: service >= TITLE_SERVICE_DAYS },
  };
}
