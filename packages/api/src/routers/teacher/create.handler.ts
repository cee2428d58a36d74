import { TRPCError } from '@trpc/server';
import type { SessionUser } from '@tongxing/auth';
import { schema, type Transaction } from '@tongxing/db';
import { parseIdNumber } from '@tongxing/domain';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { InputProblems } from '../../problems';
import { covers, placementOf } from '../../scope';
import type { createTeacherInput } from './schemas';

/**
 * One person is one record per tenant. A second record with the same ID number is refused: the message
 * names the existing record when the user may see it, and says only "already registered" otherwise.
 */
export async function refuseDuplicate(tx: Transaction, user: SessionUser, idNumber: string): Promise<void> {
  const [existing] = await tx
    .select({ id: schema.teacher.id, name: schema.teacher.name, schoolName: schema.school.name })
    .from(schema.teacher)
    .innerJoin(schema.school, eq(schema.school.id, schema.teacher.schoolId))
    .where(eq(schema.teacher.idNumber, idNumber));
  if (!existing) return;
  const placement = await placementOf(tx, 'teacher', existing.id);
  const visibleToUser = placement !== null && covers(user, placement);
  throw new TRPCError({
    code: 'CONFLICT',
    cause: new InputProblems([
      visibleToUser
        ? {
            field: 'idNumber',
            key: 'already_registered_as',
            params: { name: existing.name, school: existing.schoolName, teacherId: existing.id },
          }
        : { field: 'idNumber', key: 'already_registered' },
    ]),
  });
}

export async function createTeacher(tx: Transaction, user: SessionUser, input: z.infer<typeof createTeacherInput>) {
  await refuseDuplicate(tx, user, input.idNumber);
  const facts = parseIdNumber(input.idNumber);
  if (!facts.ok) throw new Error('unreachable: the schema validated the ID number');
  const { schoolId, startDate, employmentType, status, roles, ...person } = input;
  const [teacher] = await tx
    .insert(schema.teacher)
    .values({
      tenantId: user.tenantId,
      schoolId,
      countyId: sql`(select ${schema.school.countyId} from ${schema.school} where ${schema.school.id} = ${schoolId})`,
      servingSince: startDate,
      ...person,
      sex: facts.value.sex,
      birthDate: facts.value.birthDate,
    })
    .returning();
  await tx
    .insert(schema.post)
    .values({ tenantId: user.tenantId, teacherId: teacher!.id, schoolId, startDate, employmentType, status, roles });
  return teacher!;
}
