import { AUDIT_ACTIONS, AUDITED_TABLES } from '@tongxing/api/audit/describe';
import { isIsoDate } from '@tongxing/domain';
import { apiFilters, readListQuery, withoutFilters } from '#lib/list-query.ts';

/** The audit log's filters in the URL: who (a search, or one account), what, which kind of record, which record, which days. */
export const AUDIT_LIST = {
  filters: {
    actor: { kind: 'text' },
    accountId: { kind: 'id' },
    action: { kind: 'enum', values: AUDIT_ACTIONS },
    entity: { kind: 'enum', values: AUDITED_TABLES },
    record: { kind: 'id' },
    dateFrom: { kind: 'text', max: 10 },
    dateTo: { kind: 'text', max: 10 },
  },
  sorts: ['newest'],
  sort: 'newest',
} as const;

/** The list query of the URL, with a date that is not a real day dropped (so a hand-edited URL never fails the page). */
export function auditListQuery(url: URL) {
  const list = readListQuery(url, AUDIT_LIST);
  const badDays = (['dateFrom', 'dateTo'] as const).filter((name) => list.filters[name] && !isIsoDate(list.filters[name]));
  return withoutFilters(list, badDays);
}

/** The filters as `audit.list` and `audit.export` take them. */
export function auditFilters(list: ReturnType<typeof auditListQuery>) {
  return apiFilters(list.filters);
}
