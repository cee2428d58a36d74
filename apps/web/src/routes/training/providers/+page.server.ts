import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadOrError(event, async () => ({ providers: await api(event).provider.list() }));

export const actions: Actions = {
  create: async (event) => {
    const form = await event.request.formData();
    const values = { name: String(form.get('name') ?? '').trim(), contact: String(form.get('contact') ?? '').trim() };
    return submit(event, values, async () => ({ created: (await api(event).provider.create(values)).name }));
  },
};
