import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import type { ImportProblem } from '@tongxing/db/schema/import-job';
import { sql } from 'drizzle-orm';
import { covers } from '../../scope';
import type { Problem } from './records';
import type { RosterRow } from './row-schemas';

/** A roster row ready to compare: the unit resolved to a school. */
export interface RosterPayload {
  row: number;
  idNumber: string;
  name: string;
  schoolId: string;
}

interface SchoolFound extends Record<string, unknown> {
  id: string;
  code: string;
  name: string;
  countyId: string;
}

/**
 * Checks roster rows against the city's schools in one look-up: the unit is a school's code, or its full
 * name when only one school has it, and must be in the user's scope. Nothing about teachers is checked:
 * how the roster differs from the register is what the comparison finds.
 */
export async function validateRoster(
  tx: Transaction,
  user: SessionUser,
  rows: RosterRow[],
  problem: Problem,
  refused: (Partial<RosterRow> & { row: number })[] = [],
) {
  const schools = await tx.execute<SchoolFound>(sql`select id, code, name, county_id as "countyId" from school`);
  const byCode = new Map(schools.map((s) => [s.code, s]));
  const byName = new Map<string, SchoolFound[]>();
  for (const s of schools) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);

  /** The school a unit names, or the reason it names none the user may compare. */
  const schoolOf = (unit: string): SchoolFound | string => {
    const named = byCode.get(unit) ? [byCode.get(unit)!] : (byName.get(unit) ?? []);
    if (named.length === 0) return 'unknown_unit';
    if (named.length > 1) return 'ambiguous_unit';
    const [school] = named as [SchoolFound];
    return covers(user, { countyId: school.countyId, schoolId: school.id, teacherId: null }) ? school : 'unit_outside_scope';
  };

  const payload: RosterPayload[] = [];
  const problems: ImportProblem[] = [];
  for (const r of refused) {
    const school = r.unit === undefined ? undefined : schoolOf(r.unit);
    if (typeof school === 'string') problems.push(problem(r.row, 'unit', school));
  }
  for (const r of rows) {
    const school = schoolOf(r.unit);
    if (typeof school === 'string') problems.push(problem(r.row, 'unit', school));
    else payload.push({ row: r.row, idNumber: r.idNumber, name: r.name, schoolId: school.id });
  }
  return { payload, problems };
}
