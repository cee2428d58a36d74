import { schema, type Transaction } from '@tongxing/db';
import type { SessionUser } from '@tongxing/auth';
import { and, desc, eq, sql } from 'drizzle-orm';
import { teacherFilters, teacherJoins, teacherOrder } from '../teacher/list.handler';
import type { listTeachersInput } from '../teacher/schemas';
import type { z } from 'zod';

const p = schema.post;

/**
 * The teacher list's rows (its filters and order) with what the import template asks for: the school by
 * its code and the latest primary post (the one `teacher.school_id` follows), so the file is a valid import.
 */
export async function teacherExportRows(tx: Transaction, user: SessionUser, input: z.output<typeof listTeachersInput>) {
  const latest = tx
    .select({ startDate: p.startDate, employmentType: p.employmentType, status: p.status, roles: p.roles })
    .from(p)
    .where(and(eq(p.tenantId, schema.teacher.tenantId), eq(p.teacherId, schema.teacher.id), eq(p.isPrimary, true)))
    .orderBy(desc(p.startDate))
    .limit(1)
    .as('latest');
  return tx
    .select({
      idNumber: schema.teacher.idNumber,
      name: schema.teacher.name,
      phone: schema.teacher.phone,
      education: schema.teacher.education,
      title: schema.teacher.title,
      bankCard: schema.teacher.bankCard,
      schoolCode: schema.school.code,
      startDate: latest.startDate,
      employmentType: latest.employmentType,
      status: latest.status,
      roles: latest.roles,
      schoolName: schema.school.name,
      countyName: schema.county.name,
    })
    .from(schema.teacher)
    .innerJoin(schema.school, teacherJoins.school)
    .innerJoin(schema.county, teacherJoins.county)
    .leftJoinLateral(latest, sql`true`)
    .where(teacherFilters(user, input))
    .orderBy(...teacherOrder(input));
}
