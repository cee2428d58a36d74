import { schema, type Transaction } from '@tongxing/db';
import type { SessionUser } from '@tongxing/auth';
import { and, count, eq, exists, ilike, inArray, isNull, like, lte, gt, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { likePattern, ordered, PAGE_SIZE, toPage } from '../../inputs';
import { todayInChina } from '@tongxing/domain';
import { scheduledMoves } from '../../register/scheduled';
import { visible } from '../../scope';
import type { listTeachersInput } from './schemas';

const t = schema.teacher;
const s = schema.school;
const p = schema.post;

export const teacherColumns = {
  id: t.id,
  name: t.name,
  idNumber: t.idNumber,
  sex: t.sex,
  birthDate: t.birthDate,
  phone: t.phone,
  title: t.title,
  schoolId: t.schoolId,
  schoolName: s.name,
  countyId: s.countyId,
  countyName: schema.county.name,
};

export const teacherJoins = {
  school: and(eq(s.tenantId, t.tenantId), eq(s.id, t.schoolId)),
  county: and(eq(schema.county.tenantId, s.tenantId), eq(schema.county.id, s.countyId)),
};

/**
 * Under forced RLS no pattern match can use an index (LIKE is not leakproof), so a search reads every
 * name in the filtered set. ILIKE lower-cases each one, which in UTF-8 costs about as much again; a term
 * with no letter case (a Chinese name, the usual search) matches the same rows with LIKE.
 */
function nameContains(term: string): SQL {
  return term.toLowerCase() === term.toUpperCase() ? like(t.name, likePattern(term)) : ilike(t.name, likePattern(term));
}

/** A whole ID number by the unique index; a part of one (often its last digits) anywhere in it. */
function idNumberMatches(term: string): SQL {
  return term.length === 18 ? eq(t.idNumber, term) : like(t.idNumber, likePattern(term));
}

/** The filters a list (and its Excel export) applies, in one place. */
export function teacherFilters(user: SessionUser, input: z.infer<typeof listTeachersInput>): SQL | undefined {
  const today = todayInChina();
  const term = input.search?.trim();
  return and(
    visible.teachers(user),
    input.schoolId ? eq(t.schoolId, input.schoolId) : undefined,
    input.countyId ? eq(s.countyId, input.countyId) : undefined,
    term ? (/^\d{3,17}[\dXx]?$/.test(term) ? idNumberMatches(term.toUpperCase()) : nameContains(term)) : undefined,
    input.employmentType
      ? exists(
          sql`(select 1 from ${p} where ${p.tenantId} = ${t.tenantId} and ${p.teacherId} = ${t.id} and ${p.isPrimary}
            and ${p.employmentType} = ${input.employmentType} and ${and(lte(p.startDate, today), or(isNull(p.endDate), gt(p.endDate, today)))})`,
        )
      : undefined,
  );
}

const TEACHER_ORDER = { name: [t.name, t.id], school: [s.name, t.name, t.id], birthDate: [t.birthDate, t.id] };
/** The order of the teacher list and its Excel export. */
export const teacherOrder = (input: z.infer<typeof listTeachersInput>) => ordered(TEACHER_ORDER[input.sort], input.dir);

export async function listTeachers(tx: Transaction, user: SessionUser, input: z.infer<typeof listTeachersInput>) {
  const where = teacherFilters(user, input);
  // One pass over the matches gives the page's ids and, by a window, their total: it reads only the
  // index teacher_list_idx (tenant, school, name, id). Then only the rows shown are fetched.
  const page = await tx
    .select({ id: t.id, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(t)
    .innerJoin(s, teacherJoins.school)
    .where(where)
    .orderBy(...teacherOrder(input))
    .limit(PAGE_SIZE)
    .offset((input.page - 1) * PAGE_SIZE);
  if (page.length === 0) {
    // past the last page, or nothing matched: no row carried the total
    const [counted] = input.page > 1 ? await tx.select({ n: count() }).from(t).innerJoin(s, teacherJoins.school).where(where) : [{ n: 0 }];
    return toPage([], counted?.n ?? 0, input.page);
  }
  const ids = page.map((p) => p.id);
  // Both go out at once on the transaction's connection: the scheduled moves need only the ids.
  const [rows, scheduled] = await Promise.all([
    tx
      .select(teacherColumns)
      .from(t)
      .innerJoin(s, teacherJoins.school)
      .innerJoin(schema.county, teacherJoins.county)
      .where(inArray(t.id, ids))
      .orderBy(...teacherOrder(input)),
    scheduledMoves(tx, ids, todayInChina()),
  ]);
  return toPage(
    rows.map((row) => ({ ...row, scheduled: scheduled.get(row.id) ?? null })),
    page[0]!.total,
    input.page,
  );
}
