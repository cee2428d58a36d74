import type { SessionUser } from '@tongxing/auth';
import { schema } from '@tongxing/db';
import { sql, type SQL } from 'drizzle-orm';

const p = schema.pairingPair;

/** The pairs a user sees: the city all; a county the pairs touching its schools; a school the pairs it is in. */
export function visiblePairs(user: SessionUser): SQL | undefined {
  const inPair = (schoolWhere: SQL) => sql`exists (
    select 1 from school s where ${schoolWhere} and (s.id = ${p.leadSchoolId}
      or s.id in (select m.school_id from pairing_member m where m.tenant_id = ${p.tenantId} and m.pair_id = ${p.id})))`;
  if (user.role === 'county_officer') return inPair(sql`s.county_id = ${user.countyId}`);
  if (user.role === 'school_admin') return inPair(sql`s.id = ${user.schoolId}`);
  if (user.role === 'city_admin') return undefined;
  return sql`false`;
}
