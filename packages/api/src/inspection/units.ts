import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { schema, type Transaction } from '@tongxing/db';
import { mayOwnProblem, type ProblemUnit } from '@tongxing/domain';

/** A place problems are found at: a county, and a school of it or none. */
export interface Site {
  countyId: string;
  countyName: string;
  schoolId: string | null;
  schoolName: string | null;
}

/**
 * The units a problem may be for — each county of the sites, and each school of them — with the accounts
 * that may own it: a school's administrators, a county's officers (disabled accounts left out).
 */
export async function problemUnits(tx: Transaction, sites: Site[]) {
  const u = schema.appUser;
  const schoolIds = [...new Set(sites.flatMap((s) => (s.schoolId ? [s.schoolId] : [])))];
  const countyIds = [...new Set(sites.map((s) => s.countyId))];
  const accounts = await tx
    .select({ id: u.id, displayName: u.displayName, role: u.role, countyId: u.countyId, schoolId: u.schoolId })
    .from(u)
    .where(
      and(
        isNull(u.disabledAt),
        or(
          and(eq(u.role, 'county_officer'), inArray(u.countyId, countyIds)),
          schoolIds.length ? and(eq(u.role, 'school_admin'), inArray(u.schoolId, schoolIds)) : undefined,
        ),
      ),
    )
    .orderBy(u.displayName);
  const owners = (unit: ProblemUnit) =>
    accounts.filter((a) => mayOwnProblem(a, unit)).map((a) => ({ id: a.id, displayName: a.displayName }));
  const counties = countyIds.map((countyId) => ({
    countyId,
    schoolId: null,
    name: sites.find((s) => s.countyId === countyId)!.countyName,
    owners: owners({ countyId, schoolId: null }),
  }));
  const schools = schoolIds.map((schoolId) => {
    const { countyId, countyName, schoolName } = sites.find((s) => s.schoolId === schoolId)!;
    return { countyId, schoolId, name: `${countyName} · ${schoolName}`, owners: owners({ countyId, schoolId }) };
  });
  return [...schools, ...counties];
}
