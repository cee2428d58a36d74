import { readListQuery } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { PROBLEM_LIST } from './params.ts';
import type { PageServerLoad } from './$types';

/** The problems of the user's scope (a school's own, a county's, the city's), filtered, with their counts. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const list = readListQuery(event.url, PROBLEM_LIST);
    const { q, state, category, countyId, mine, overdue } = list.filters;
    const problems = await api(event).inspectionProblem.list({
      page: list.page,
      search: q || undefined,
      state: state || undefined,
      category: category || undefined,
      countyId: countyId || undefined,
      mine: mine === '1' || undefined,
      overdue: overdue === '1' || undefined,
      sort: list.sort,
      dir: list.dir,
    });
    return { list, problems };
  });
