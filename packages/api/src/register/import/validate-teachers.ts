import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import type { ImportProblem } from '@tongxing/db/schema/import-job';
import { parseIdNumber } from '@tongxing/domain';
import { sql } from 'drizzle-orm';
import { covers } from '../../scope';
import { jsonb } from './jsonb';
import type { Problem } from './records';
import type { TeacherRow } from './row-schemas';

/** A teacher row ready to import: the school resolved, sex and birth date taken from the ID number. */
export interface TeacherPayload {
  row: number;
  idNumber: string;
  name: string;
  sex: string;
  birthDate: string;
  phone: string | null;
  education: string | null;
  title: string | null;
  bankCard: string | null;
  schoolId: string;
  startDate: string;
  employmentType: string;
  status: string;
  roles: string[];
}

interface SchoolFound extends Record<string, unknown> {
  id: string;
  code: string;
  countyId: string;
}
interface TeacherFound extends Record<string, unknown> {
  id: string;
  idNumber: string;
  schoolId: string;
  countyId: string;
  postSchoolId: string | null;
  postStart: string | null;
}

/**
 * Checks rows against the register in two set-based look-ups: the school code must name a school in
 * the user's scope; an ID number already registered must belong to a teacher in the user's scope (else
 * "already registered", revealing nothing), and a move to another school must start after their latest post.
 * Refused rows (with a problem already) are checked too, on the fields they have valid, and never imported.
 */
export async function validateTeachers(
  tx: Transaction,
  user: SessionUser,
  rows: TeacherRow[],
  problem: Problem,
  refused: (Partial<TeacherRow> & { row: number })[] = [],
) {
  const all: Partial<TeacherRow>[] = [...rows, ...refused];
  const [schools, teachers] = await Promise.all([
    tx.execute<SchoolFound>(sql`select id, code, county_id as "countyId" from school
      where code in (select jsonb_array_elements_text(${jsonb([...new Set(all.flatMap((r) => r.schoolCode ?? []))])}))`),
    tx.execute<TeacherFound>(sql`select t.id, t.id_number as "idNumber", t.school_id as "schoolId", s.county_id as "countyId",
        l.school_id as "postSchoolId", l.start_date as "postStart"
      from teacher t
      join school s on s.tenant_id = t.tenant_id and s.id = t.school_id
      left join lateral (select p.school_id, p.start_date from post p
        where p.tenant_id = t.tenant_id and p.teacher_id = t.id and p.is_primary order by p.start_date desc limit 1) l on true
      where t.id_number in (select jsonb_array_elements_text(${jsonb(all.flatMap((r) => r.idNumber ?? []))}))`),
  ]);
  const schoolByCode = new Map(schools.map((s) => [s.code, s]));
  const teacherByIdNumber = new Map(teachers.map((t) => [t.idNumber, t]));
  const payload: TeacherPayload[] = [];
  const problems: ImportProblem[] = [];
  for (const r of refused) problems.push(...registerProblems(user, r, schoolByCode, teacherByIdNumber, problem));
  for (const r of rows) {
    const found = registerProblems(user, r, schoolByCode, teacherByIdNumber, problem);
    const school = schoolByCode.get(r.schoolCode);
    if (found.length > 0 || !school) {
      problems.push(...found);
      continue;
    }
    const facts = parseIdNumber(r.idNumber);
    if (!facts.ok) throw new Error('unreachable: the row schema validated the ID number');
    const { schoolCode: _code, ...fields } = r;
    payload.push({
      ...fields,
      sex: facts.value.sex,
      birthDate: facts.value.birthDate,
      phone: r.phone ?? null,
      education: r.education ?? null,
      title: r.title ?? null,
      bankCard: r.bankCard ?? null,
      schoolId: school.id,
    });
  }
  return { payload, problems };
}

/** What the register says against a row, for the fields it has valid (a refused row may lack some). */
function registerProblems(
  user: SessionUser,
  r: Partial<TeacherRow> & { row: number },
  schoolByCode: Map<string, SchoolFound>,
  teacherByIdNumber: Map<string, TeacherFound>,
  problem: Problem,
): ImportProblem[] {
  const school = r.schoolCode === undefined ? undefined : schoolByCode.get(r.schoolCode);
  const existing = r.idNumber === undefined ? undefined : teacherByIdNumber.get(r.idNumber);
  const inScope = !!school && covers(user, { countyId: school.countyId, schoolId: school.id, teacherId: null });
  const found: ImportProblem[] = [];
  if (r.schoolCode !== undefined && !inScope) found.push(problem(r.row, 'schoolCode', 'unknown_school'));
  if (existing && !covers(user, { countyId: existing.countyId, schoolId: existing.schoolId, teacherId: existing.id }))
    found.push(problem(r.row, 'idNumber', 'already_registered'));
  else if (inScope && r.startDate && existing?.postStart && existing.postSchoolId !== school.id && existing.postStart >= r.startDate)
    found.push(problem(r.row, 'startDate', 'date_not_after_start', { start: existing.postStart }));
  return found;
}
