import type { SessionUser } from '@tongxing/auth';
import type { Transaction } from '@tongxing/db';
import type { ImportProblem } from '@tongxing/db/schema/import-job';
import { sql } from 'drizzle-orm';
import { covers } from '../../scope';
import { jsonb } from './jsonb';
import type { Problem } from './records';
import type { SchoolRow } from './row-schemas';

/** A school row ready to import: the county resolved. */
export interface SchoolPayload {
  row: number;
  code: string;
  name: string;
  countyId: string;
  schoolType: string;
  locationClass: string;
  terrainClass: string;
  address: string | null;
}

interface Found extends Record<string, unknown> {
  kind: 'county' | 'school' | 'location';
  code: string;
  id: string | null;
  countyId: string | null;
}

/**
 * Checks rows against the register in one look-up: the county code must name a county in the user's
 * scope, the location class must be one the city uses, and a school code already taken must belong to
 * a school of the same county (the import then updates it). Refused rows are checked too, on the fields
 * they have valid, and never imported.
 */
export async function validateSchools(
  tx: Transaction,
  user: SessionUser,
  rows: SchoolRow[],
  problem: Problem,
  refused: (Partial<SchoolRow> & { row: number })[] = [],
) {
  const all: Partial<SchoolRow>[] = [...rows, ...refused];
  const found = await tx.execute<Found>(sql`
    select 'county' as kind, code, id, id as "countyId" from county
      where code in (select jsonb_array_elements_text(${jsonb([...new Set(all.flatMap((r) => r.countyCode ?? []))])}))
    union all
    select 'school', code, id, county_id from school where code in (select jsonb_array_elements_text(${jsonb(all.flatMap((r) => r.code ?? []))}))
    union all
    select 'location', name, null, null from location_class`);
  const of = (kind: Found['kind']) => new Map(found.filter((f) => f.kind === kind).map((f) => [f.code, f]));
  const [counties, schools, locations] = [of('county'), of('school'), of('location')];
  const payload: SchoolPayload[] = [];
  const problems: ImportProblem[] = [];
  const check = (r: Partial<SchoolRow> & { row: number }) => {
    const county = r.countyCode === undefined ? undefined : counties.get(r.countyCode);
    const existing = r.code === undefined ? undefined : schools.get(r.code);
    const found: ImportProblem[] = [];
    if (r.countyCode !== undefined && (!county?.id || !covers(user, { countyId: county.id, schoolId: null, teacherId: null })))
      found.push(problem(r.row, 'countyCode', 'unknown_county'));
    else if (county?.id && existing && existing.countyId !== county.id) found.push(problem(r.row, 'code', 'code_in_other_county'));
    if (r.locationClass !== undefined && !locations.has(r.locationClass))
      found.push(problem(r.row, 'locationClass', 'unknown_location_class'));
    return found;
  };
  for (const r of refused) problems.push(...check(r));
  for (const r of rows) {
    const county = counties.get(r.countyCode);
    const found = check(r);
    if (found.length > 0 || !county?.id) {
      problems.push(...found);
      continue;
    }
    const { countyCode: _code, ...fields } = r;
    payload.push({ ...fields, countyId: county.id, address: r.address ?? null });
  }
  return { payload, problems };
}
