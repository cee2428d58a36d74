import { TRAINEE_SORTS } from '@tongxing/api/training/report/trainee-list';
import { REPORT_MAX_YEARS } from '@tongxing/api/training/report/span';
import { todayInChina } from '@tongxing/domain';
import { apiFilters, readListQuery } from '#lib/list-query.ts';
import { LIST_YEARS } from '../../list-params.ts';

/** The trainees behind a report figure: its span of years, level, county, school, poverty counties; search and order. */
export const TRAINEE_LIST = {
  filters: {
    q: { kind: 'text' },
    from: { kind: 'enum', values: LIST_YEARS },
    to: { kind: 'enum', values: LIST_YEARS },
    level: { kind: 'text', max: 20 },
    countyId: { kind: 'id' },
    schoolId: { kind: 'id' },
    poverty: { kind: 'enum', values: ['yes', 'no'] },
  },
  sorts: TRAINEE_SORTS,
  sort: 'name',
} as const;

/**
 * The list's URL read into the API's input. The span defaults to this year; a reversed one is turned round
 * and one longer than the reports allow keeps its last years, as on the reports page.
 */
export function traineeListInput(url: URL) {
  const list = readListQuery(url, TRAINEE_LIST);
  const { from: rawFrom, to: rawTo, poverty, ...filters } = apiFilters(list.filters);
  const current = Number(todayInChina().slice(0, 4));
  let to = rawTo ? Number(rawTo) : current;
  let from = rawFrom ? Number(rawFrom) : to;
  if (from > to) [from, to] = [to, from];
  from = Math.max(from, to - REPORT_MAX_YEARS + 1);
  return {
    list,
    span: { from, to },
    /** The years the span selects offer: the last ten and any the URL chose beyond them. */
    years: Array.from({ length: Math.max(to, current) - Math.min(from, current - 9) + 1 }, (_, i) =>
      String(Math.min(from, current - 9) + i),
    ),
    input: {
      ...filters,
      year: to,
      years: to - from + 1,
      poverty: poverty === undefined ? undefined : poverty === 'yes',
      sort: list.sort,
      dir: list.dir,
      page: list.page,
    },
  };
}
