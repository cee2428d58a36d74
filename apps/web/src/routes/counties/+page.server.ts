import { apiFilters, readListQuery } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const list = readListQuery(event.url, { filters: { q: { kind: 'text' } }, sorts: ['code'], sort: 'code' });
    return { list, counties: await api(event).county.list(apiFilters(list.filters)) };
  });

export const actions: Actions = {
  create: async (event) => {
    const form = await event.request.formData();
    const values = {
      code: String(form.get('code') ?? ''),
      name: String(form.get('name') ?? ''),
      isPovertyCounty: form.get('isPovertyCounty') === 'on',
    };
    return submit(event, values, async () => {
      const county = await api(event).county.create(values);
      return { created: { name: county.name } };
    });
  },
};
