import type { RequestEvent } from '@sveltejs/kit';
import { ACTIVITY_SORTS, ACTIVITY_STATES } from '@tongxing/api/pairing/activity-list';
import { can, termFromKey } from '@tongxing/domain';
import { apiFilters, readListQuery, withoutFilters } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';

/** The activity ledger (台账): term, the lead school's county, pair, kind, state; search and order; newest first. */
export const ACTIVITY_LIST = {
  filters: {
    q: { kind: 'text' },
    term: { kind: 'text', max: 12 },
    countyId: { kind: 'id' },
    pairId: { kind: 'id' },
    kind: { kind: 'text', max: 20 },
    state: { kind: 'enum', values: ACTIVITY_STATES },
  },
  sorts: ACTIVITY_SORTS,
  sort: 'date',
  dir: 'desc',
} as const;

/**
 * The list's URL read into the API's input, shared by the page, its Excel file and its print view. A term
 * that names none, or a county the user cannot see, is dropped rather than refused, like the other lists.
 */
export async function ledgerQuery(event: RequestEvent) {
  const asked = readListQuery(event.url, ACTIVITY_LIST);
  const counties = can(event.locals.session!.user.role, 'county.read') ? await api(event).county.list() : [];
  const drop: ('term' | 'countyId')[] = [];
  if (asked.filters.term && !termFromKey(asked.filters.term)) drop.push('term');
  if (asked.filters.countyId && !counties.some((c) => c.id === asked.filters.countyId)) drop.push('countyId');
  const list = withoutFilters(asked, drop);
  return {
    list,
    counties: counties.map(({ id, name }) => ({ id, name })),
    input: { ...apiFilters(list.filters), sort: list.sort, dir: list.dir, page: list.page },
  };
}
