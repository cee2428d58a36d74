/**
 * The lists behind the reports' figures: the compliance list (teachers of the cycle, by county, school
 * and pace), the trainees behind a levels or poverty figure, a cohort's trainee list (by state) and a
 * programme's page. A figure with no list of its own is shown without a link.
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

/** A cohort's trainee list, by state (or placed, passed, attended) and by the county a quota counts. */
export function cohortHref(cohortId: string, state?: string, countyId?: string): string {
  const query = new URLSearchParams();
  if (state) query.set('state', state);
  if (countyId) query.set('countyId', countyId);
  const search = query.toString();
  return search ? `/training/cohorts/${cohortId}?${search}` : `/training/cohorts/${cohortId}`;
}

export function programmeHref(programmeId: string): string {
  return `/training/programmes/${programmeId}`;
}

/** What a trainees or hours figure counts: a span of years, narrowed to a level, county, school or the poverty counties. */
export interface TraineeFilter {
  from: number;
  to: number;
  level?: string;
  countyId?: string;
  schoolId?: string;
  poverty?: boolean;
}

export function traineesHref(filter: TraineeFilter): string {
  const query = new URLSearchParams({ from: String(filter.from), to: String(filter.to) });
  if (filter.level) query.set('level', filter.level);
  if (filter.countyId) query.set('countyId', filter.countyId);
  if (filter.schoolId) query.set('schoolId', filter.schoolId);
  if (filter.poverty !== undefined) query.set('poverty', filter.poverty ? 'yes' : 'no');
  return `/training/reports/trainees?${query}`;
}
