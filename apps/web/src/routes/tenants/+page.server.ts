import { readListQuery } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

const TENANT_LIST = {
  filters: { q: { kind: 'text' }, state: { kind: 'enum', values: ['active', 'disabled'] } },
  sorts: ['code'],
  sort: 'code',
} as const;

/** The cities, filtered here: a platform has a few dozen, all on one page. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const list = readListQuery(event.url, TENANT_LIST);
    const { q, state } = list.filters;
    const term = q.toLowerCase();
    const tenants = (await api(event).tenant.list()).filter(
      (c) =>
        (!term || c.code.toLowerCase().includes(term) || c.name.includes(q) || c.province.includes(q)) &&
        (!state || (state === 'disabled') === !!c.disabledAt),
    );
    return { list, tenants };
  });

/** The administrator's fields are nested in the API input (`admin.username`, `admin.displayName`). */
const ADMIN_FIELDS = { username: 'adminUsername', displayName: 'adminName' };

export const actions: Actions = {
  /** A city and its first administrator; the one-time password is shown once, here. */
  create: async (event) => {
    const form = await event.request.formData();
    const values = {
      code: String(form.get('code') ?? ''),
      name: String(form.get('name') ?? ''),
      province: String(form.get('province') ?? ''),
      adminUsername: String(form.get('adminUsername') ?? ''),
      adminName: String(form.get('adminName') ?? ''),
    };
    return submit(
      event,
      values,
      async () => {
        const result = await api(event).tenant.create({
          code: values.code,
          name: values.name,
          province: values.province,
          admin: { username: values.adminUsername, displayName: values.adminName },
        });
        return { created: { name: values.name, password: result.oneTimePassword } };
      },
      ADMIN_FIELDS,
    );
  },

  setDisabled: async (event) => {
    const form = await event.request.formData();
    return submit(event, undefined, async () => {
      await api(event).tenant.setDisabled({ tenantId: String(form.get('tenantId') ?? ''), disabled: form.get('disabled') === 'true' });
    });
  },
};
