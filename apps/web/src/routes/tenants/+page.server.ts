import { fail } from '@sveltejs/kit';
import { describeError } from '@tongxing/api';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadOrError(event, async () => ({ tenants: await api(event).tenant.list() }));

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
    try {
      const result = await api(event).tenant.create({
        code: values.code,
        name: values.name,
        province: values.province,
        admin: { username: values.adminUsername, displayName: values.adminName },
      });
      return { created: { name: values.name, password: result.oneTimePassword } };
    } catch (error) {
      const described = describeError(error, event.locals.locale);
      // The administrator's fields are nested in the API input (`admin.username`, `admin.displayName`).
      const { username, displayName, ...fieldErrors } = described.fieldErrors;
      if (username) fieldErrors.adminUsername = username;
      if (displayName) fieldErrors.adminName = displayName;
      return fail(400, { message: described.message, fieldErrors, values });
    }
  },

  setDisabled: async (event) => {
    const form = await event.request.formData();
    try {
      await api(event).tenant.setDisabled({ tenantId: String(form.get('tenantId') ?? ''), disabled: form.get('disabled') === 'true' });
    } catch (error) {
      return fail(400, describeError(error, event.locals.locale));
    }
  },
};
