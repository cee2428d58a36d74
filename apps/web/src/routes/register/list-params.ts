import { REQUEST_STATES } from '@tongxing/api/routers/request/schemas';
import { EMPLOYMENT_TYPES, SCHOOL_TYPES, TENANT_ROLES } from '@tongxing/domain';
import { apiFilters, readListQuery, type FilterSpec, type ListSpec } from '#lib/list-query.ts';

/**
 * The list specs shared by a list page and its Excel export: both read the URL with the same spec, so the
 * export holds exactly the rows the page lists, in its order.
 */
export const TEACHER_LIST = {
  filters: {
    q: { kind: 'text' },
    countyId: { kind: 'id' },
    schoolId: { kind: 'id' },
    employmentType: { kind: 'enum', values: EMPLOYMENT_TYPES },
  },
  sorts: ['name', 'school', 'birthDate'],
  sort: 'name',
} as const;

export const SCHOOL_LIST = {
  filters: {
    q: { kind: 'text' },
    countyId: { kind: 'id' },
    schoolType: { kind: 'enum', values: SCHOOL_TYPES },
    locationClass: { kind: 'text', max: 20 },
  },
  sorts: ['code', 'name', 'county'],
  sort: 'code',
} as const;

export const ACCOUNT_LIST = {
  filters: { q: { kind: 'text' }, role: { kind: 'enum', values: TENANT_ROLES }, state: { kind: 'enum', values: ['active', 'disabled'] } },
  sorts: ['username', 'displayName', 'role'],
  sort: 'username',
} as const;

/** `state` is pending unless the URL says otherwise ('all' shows every state). */
export const REQUEST_LIST = {
  filters: { q: { kind: 'text' }, state: { kind: 'enum', values: [...REQUEST_STATES, 'all'] } },
  sorts: ['created'],
  sort: 'created',
} as const;

/** An export's input: the list's filters and order as its page reads them, every row. */
export function exportInput<const F extends Record<string, FilterSpec>, const S extends string>(url: URL, spec: ListSpec<F, S>) {
  const list = readListQuery(url, spec);
  return { ...apiFilters(list.filters), sort: list.sort, dir: list.dir };
}
