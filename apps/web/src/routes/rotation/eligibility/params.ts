import type { RequestEvent } from '@sveltejs/kit';
import { INELIGIBLE_KEYS, can } from '@tongxing/domain';
import { readListQuery, withoutFilters } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { yearOf } from '../year.ts';

/** The eligibility list (and its Excel file) read their URL with this spec; the year is the planning year unless `year` names another. */
export const ELIGIBILITY_LIST = {
  filters: {
    q: { kind: 'text' },
    year: { kind: 'text', max: 4 },
    countyId: { kind: 'id' },
    schoolId: { kind: 'id' },
    show: { kind: 'enum', values: ['eligible', 'ineligible'] },
    reason: { kind: 'enum', values: INELIGIBLE_KEYS },
    key: { kind: 'enum', values: ['yes', 'no'] },
  },
  sorts: ['school', 'name', 'years', 'age'],
  sort: 'school',
} as const;

/** The URL read into the API's input; a county the user cannot see is dropped rather than refused, like the other lists. */
export async function eligibilityQuery(event: RequestEvent) {
  const asked = readListQuery(event.url, ELIGIBILITY_LIST);
  const year = yearOf(event.url);
  const counties = can(event.locals.session!.user.role, 'county.read') ? await api(event).county.list() : [];
  const list =
    asked.filters.countyId && !counties.some((c) => c.id === asked.filters.countyId) ? withoutFilters(asked, ['countyId']) : asked;
  const f = list.filters;
  return {
    list,
    year,
    counties: counties.map(({ id, name }) => ({ id, name })),
    input: {
      year,
      search: f.q || undefined,
      countyId: f.countyId || undefined,
      schoolId: f.schoolId || undefined,
      show: f.show || ('all' as const),
      reason: f.reason || undefined,
      keyTeacher: f.key ? f.key === 'yes' : undefined,
      sort: list.sort,
      dir: list.dir,
    },
  };
}
