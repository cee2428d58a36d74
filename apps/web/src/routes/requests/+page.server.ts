import { readListQuery } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { REQUEST_LIST } from '../register/list-params.ts';
import type { Actions, PageServerLoad } from './$types';
import { requestInput, shownState } from './request-input.ts';

/** The requests on one page of the list (the procedure returns at most 200, newest first). */
const PAGE_SIZE = 20;

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const list = readListQuery(event.url, REQUEST_LIST);
    const all = await api(event).request.list(requestInput(list));
    const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
    return {
      list,
      state: shownState(list),
      requests: all.slice((list.page - 1) * PAGE_SIZE, list.page * PAGE_SIZE),
      paging: { total: all.length, page: list.page, pages },
    };
  });

export const actions: Actions = {
  decide: async (event) => {
    const form = await event.request.formData();
    const values = { requestId: String(form.get('requestId') ?? ''), comment: String(form.get('comment') ?? '') };
    const approve = form.get('decision') === 'approve';
    return submit(event, values, async () => {
      await api(event).request.decide({ requestId: values.requestId, approve, comment: values.comment || undefined });
      return { decided: approve ? 'approved' : 'rejected' };
    });
  },

  withdraw: async (event) => {
    const values = { requestId: String((await event.request.formData()).get('requestId') ?? '') };
    return submit(event, values, async () => {
      await api(event).request.withdraw({ requestId: values.requestId });
      return { decided: 'withdrawn' as const };
    });
  },
};
