import { COMPLIANCE_SORTS, PACE_FILTERS } from '@tongxing/api/routers/training/schemas';
import { apiFilters, readListQuery } from '#lib/list-query.ts';

/** The compliance list and its export read the URL with this spec. */
export const COMPLIANCE_LIST = {
  filters: { q: { kind: 'text' }, countyId: { kind: 'id' }, schoolId: { kind: 'id' }, pace: { kind: 'enum', values: PACE_FILTERS } },
  sorts: COMPLIANCE_SORTS,
  sort: 'name',
} as const;

export function complianceInput(url: URL) {
  const list = readListQuery(url, COMPLIANCE_LIST);
  return { list, input: { ...apiFilters(list.filters), sort: list.sort, dir: list.dir, page: list.page } };
}
