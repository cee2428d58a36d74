import { addDays, todayInChina } from '@tongxing/domain';
import { readListQuery } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';
import { DIFFERENCE_LIST } from './params.ts';

/** One roster check: its counts by kind, a page of its differences, each explained or raised as a problem here. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const list = readListQuery(event.url, DIFFERENCE_LIST);
    const { q, kind, resolution } = list.filters;
    const detail = await api(event).rosterCheck.get({
      checkId: event.params.checkId,
      page: list.page,
      search: q || undefined,
      kind: kind || undefined,
      resolution: resolution || undefined,
    });
    const today = todayInChina();
    return { list, ...detail, today, deadline: addDays(today, 14) };
  });

const textOf = (form: FormData) => (key: string) => String(form.get(key) ?? '').trim();

export const actions: Actions = {
  explain: async (event) => {
    const text = textOf(await event.request.formData());
    const values = { differenceId: text('differenceId'), reason: text('reason') };
    return submit(event, values, async () => {
      await api(event).rosterCheck.explain(values);
      return { done: 'explained' as const, differenceId: values.differenceId };
    });
  },
  raise: async (event) => {
    const text = textOf(await event.request.formData());
    const values = { differenceId: text('differenceId'), ownerId: text('ownerId'), deadline: text('deadline') };
    return submit(event, values, async () => {
      const { problemId } = await api(event).rosterCheck.raise(values);
      return { done: 'raised' as const, differenceId: values.differenceId, problemId };
    });
  },
};
