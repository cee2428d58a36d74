import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadOrError(event, async () => ({ locations: await api(event).location.list() }));

export const actions: Actions = {
  /** A tenant's own tier (e.g. 中心校, 完小) besides the five of the sources. */
  create: async (event) => {
    const form = await event.request.formData();
    const values = { name: String(form.get('name') ?? '').trim(), sortOrder: String(form.get('sortOrder') ?? '').trim() };
    return submit(event, values, async () => {
      const sortOrder = values.sortOrder === '' ? undefined : Number(values.sortOrder);
      const created = await api(event).location.create({ name: values.name, sortOrder });
      return { created: { name: created.name } };
    });
  },
};
