/**
 * The lists behind the reports' figures: the compliance list (teachers of the cycle, by county, school
 * and pace), a cohort's trainee list (by state) and a programme's page. A figure with no list of its own
 * is shown without a link.
 */
export type Pace = 'behind' | 'onPace' | 'untrained';

export function complianceHref(where: { countyId?: string; schoolId?: string }, pace?: Pace): string {
  const query = new URLSearchParams();
  if (where.countyId) query.set('countyId', where.countyId);
  if (where.schoolId) query.set('schoolId', where.schoolId);
  if (pace) query.set('pace', pace);
  const search = query.toString();
  return search ? `/training/compliance?${search}` : '/training/compliance';
}

export function cohortHref(cohortId: string, state?: string): string {
  return state ? `/training/cohorts/${cohortId}?state=${state}` : `/training/cohorts/${cohortId}`;
}

export function programmeHref(programmeId: string): string {
  return `/training/programmes/${programmeId}`;
}
