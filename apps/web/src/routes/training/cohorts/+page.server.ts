import { readListQuery } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { COHORT_LIST } from './params.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const list = readListQuery(event.url, COHORT_LIST);
    const caller = api(event);
    const { q, period, level, open } = list.filters;
    const [cohorts, levels] = await Promise.all([
      caller.cohort.list({
        page: list.page,
        search: q || undefined,
        period: period || undefined,
        level: level || undefined,
        openOnly: open === '1',
      }),
      caller.programme.levels(),
    ]);
    return { list, cohorts, levels: levels.map((l) => l.name) };
  });
