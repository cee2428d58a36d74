import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import type { ImportProblem } from '@tongxing/db/schema/import-job';
import { sql } from 'drizzle-orm';
import { covers } from '../../scope';
import { jsonb } from './jsonb';
import type { Problem } from './records';
import type { HoursRow } from './row-schemas';

/** An hours row ready to import: the teacher resolved, what the ledger entry carries. */
export interface HoursPayload {
  row: number;
  certificateNo: string;
  teacherId: string;
  hours: number;
  level: string;
  title: string;
  completedOn: string;
}

interface TeacherFound extends Record<string, unknown> {
  id: string;
  idNumber: string;
  name: string;
  schoolId: string;
  countyId: string;
}
interface Recorded extends Record<string, unknown> {
  certificateNo: string;
  teacherId: string;
}

/** A row whose certificate is already in the ledger: listed as skipped, not a problem, so a file imports twice as once. */
export const alreadyRecorded = (problem: Problem, row: number): ImportProblem => ({
  ...problem(row, 'certificateNo', 'already_recorded'),
  skipped: true,
});

/**
 * Checks rows against the register and the ledger in three set-based look-ups: the ID number must
 * name a teacher of the register in the user's scope (else "unknown", revealing nothing of one outside
 * it), with the register's name; the level must be one of the city's. A certificate number already in
 * the ledger for the same teacher is skipped (listed, not imported); one recorded for someone else is
 * a problem. Refused rows are checked too, on the fields they have valid, and never imported.
 */
export async function validateHours(
  tx: Transaction,
  user: SessionUser,
  rows: HoursRow[],
  problem: Problem,
  refused: (Partial<HoursRow> & { row: number })[] = [],
) {
  const all: Partial<HoursRow>[] = [...rows, ...refused];
  const [teachers, levels, recorded] = await Promise.all([
    tx.execute<TeacherFound>(sql`select t.id, t.id_number as "idNumber", t.name, t.school_id as "schoolId", s.county_id as "countyId"
      from teacher t join school s on s.tenant_id = t.tenant_id and s.id = t.school_id
      where t.id_number in (select jsonb_array_elements_text(${jsonb([...new Set(all.flatMap((r) => r.idNumber ?? []))])}))`),
    tx.execute<{ name: string }>(sql`select name from training_level`),
    tx.execute<Recorded>(sql`select c.certificate_no as "certificateNo", e.teacher_id as "teacherId" from training_certificate_claim c
      join training_hours_entry e on e.tenant_id = c.tenant_id and e.id = c.entry_id
      where c.certificate_no in (select jsonb_array_elements_text(${jsonb(all.flatMap((r) => r.certificateNo ?? []))}))`),
  ]);
  const teacherByIdNumber = new Map(teachers.map((t) => [t.idNumber, t]));
  const levelNames = new Set(levels.map((l) => l.name));
  const recordedFor = new Map(recorded.map((e) => [e.certificateNo, e.teacherId]));

  /** The teacher a row names, if the user may record hours for them. */
  const teacherOf = (r: Partial<HoursRow>) => {
    const teacher = r.idNumber === undefined ? undefined : teacherByIdNumber.get(r.idNumber);
    return teacher && covers(user, { countyId: teacher.countyId, schoolId: teacher.schoolId, teacherId: teacher.id }) ? teacher : undefined;
  };
  /** What the register and the ledger say against a row, for the fields it has valid (a refused row may lack some). */
  const check = (r: Partial<HoursRow> & { row: number }, teacher: TeacherFound | undefined) => {
    const found: ImportProblem[] = [];
    if (r.idNumber !== undefined && !teacher) found.push(problem(r.row, 'idNumber', 'unknown_teacher'));
    else if (teacher && r.name !== undefined && r.name !== teacher.name)
      found.push(problem(r.row, 'name', 'name_mismatch', { name: r.name, registered: teacher.name }));
    if (r.level !== undefined && !levelNames.has(r.level)) found.push(problem(r.row, 'level', 'unknown_level'));
    const holder = r.certificateNo === undefined ? undefined : recordedFor.get(r.certificateNo);
    if (teacher && holder !== undefined && holder !== teacher.id) found.push(problem(r.row, 'certificateNo', 'certificate_other_teacher'));
    return found;
  };

  const payload: HoursPayload[] = [];
  const problems: ImportProblem[] = [];
  for (const r of refused) problems.push(...check(r, teacherOf(r)));
  for (const r of rows) {
    const teacher = teacherOf(r);
    const found = check(r, teacher);
    if (found.length > 0 || !teacher) problems.push(...found);
    else if (recordedFor.has(r.certificateNo)) problems.push(alreadyRecorded(problem, r.row));
    else
      payload.push({
        row: r.row,
        certificateNo: r.certificateNo,
        teacherId: teacher.id,
        hours: r.hours,
        level: r.level,
        title: r.title,
        completedOn: r.completedOn,
      });
  }
  return { payload, problems };
}
