import { asc, eq } from 'drizzle-orm';
import { schema, type Transaction } from '@tongxing/db';
import { referenceDate, rotationEligibility } from '@tongxing/domain';
import { notFound } from '../problems';
import { movesOfTeacher } from './moves';
import { PRINCIPAL_ROLES } from './facts';
import { policyFor } from './policy';

/** One teacher's answer for a year, with every reason, their exemptions and their rotations of every year. */
export async function teacherRotation(tx: Transaction, teacherId: string, year: number) {
  const { policy } = await policyFor(tx, year);
  const day = referenceDate(policy);
  const [teacher] = await tx
    .select({ name: schema.teacher.name, idNumber: schema.teacher.idNumber, keyTeacherLevel: schema.teacher.keyTeacherLevel })
    .from(schema.teacher)
    .where(eq(schema.teacher.id, teacherId));
  if (!teacher) throw notFound();
  const [posts, exemptions, moves] = await Promise.all([
    tx.select().from(schema.post).where(eq(schema.post.teacherId, teacherId)).orderBy(asc(schema.post.startDate)),
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
  const current = posts.find((p) => p.isPrimary && p.startDate <= day && (p.endDate === null || p.endDate > day));
  const eligibility = rotationEligibility(
    {
      idNumber: teacher.idNumber,
      posts: posts.map((p) => ({
        schoolId: p.schoolId,
        role: p.isPrimary ? 'primary' : 'secondary',
        startDate: p.startDate,
        endDate: p.endDate,
      })),
      principal: (current?.roles ?? []).some((r) => PRINCIPAL_ROLES.includes(r)),
      keyTeacher: teacher.keyTeacherLevel !== null,
      exemptions,
    },
    policy,
    day,
  );
  return { day, name: teacher.name, eligibility, exemptions, moves };
}
