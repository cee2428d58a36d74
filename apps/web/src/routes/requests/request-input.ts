import type { ListQuery } from '#lib/list-query.ts';
import type { REQUEST_LIST } from '../register/list-params.ts';

type RequestList = ListQuery<(typeof REQUEST_LIST)['filters'], (typeof REQUEST_LIST)['sorts'][number]>;

/** The state shown: pending unless the URL asks for another, or for all of them. */
export const shownState = (list: RequestList) => list.filters.state || 'pending';

/** The list procedure's input for the page's query (its export takes the same). */
export function requestInput(list: RequestList) {
  const state = shownState(list);
  return { state: state === 'all' ? undefined : state, search: list.filters.q || undefined };
}
