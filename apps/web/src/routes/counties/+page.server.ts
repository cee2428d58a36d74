import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const q = event.url.searchParams.get('q')?.trim() ?? '';
    return { q, counties: await api(event).county.list({ search: q || undefined }) };
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
