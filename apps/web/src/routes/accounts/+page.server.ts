import type { TenantRole } from '@tongxing/domain';
import { pickerPage, schoolOption, teacherOption } from '#lib/components/picker-options.ts';
import { apiFilters, readListQuery } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { ACCOUNT_LIST } from '../register/list-params.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const list = readListQuery(event.url, ACCOUNT_LIST);
    const caller = api(event);
    const [accounts, counties, schools, teachers, providers] = await Promise.all([
      caller.account.list({ ...apiFilters(list.filters), sort: list.sort, dir: list.dir, page: list.page }),
      // The create form's scope choices; the school and teacher pickers search the rest (narrowed by county and school).
      caller.county.list(),
      caller.school.list({ page: 1, sort: 'name', dir: 'asc' }),
      caller.teacher.list({ page: 1, sort: 'name', dir: 'asc' }),
      caller.provider.list(),
    ]);
    return {
      list,
      accounts,
      options: {
        counties: counties.map(({ id, name }) => ({ id, name })),
        schools: pickerPage(schools, schoolOption),
        teachers: pickerPage(teachers, teacherOption),
        providers,
      },
    };
  });

export const actions: Actions = {
  /** A new account; its one-time password is shown once, here. */
  create: async (event) => {
    const form = await event.request.formData();
    const values = {
      username: String(form.get('username') ?? ''),
      displayName: String(form.get('displayName') ?? ''),
      role: String(form.get('role') ?? ''),
      countyId: String(form.get('countyId') ?? ''),
      schoolId: String(form.get('schoolId') ?? ''),
      teacherId: String(form.get('teacherId') ?? ''),
      providerId: String(form.get('providerId') ?? ''),
    };
    return submit(event, values, async () => {
      // The API validates the role and that it carries its matching scope.
      const result = await api(event).account.create({
        username: values.username,
        displayName: values.displayName,
        role: values.role as TenantRole,
        countyId: values.countyId || undefined,
        schoolId: values.schoolId || undefined,
        teacherId: values.teacherId || undefined,
        providerId: values.providerId || undefined,
      });
      return { created: { username: result.account.username, password: result.oneTimePassword } };
    });
  },

  setDisabled: async (event) => {
    const form = await event.request.formData();
    return submit(event, undefined, async () => {
      await api(event).account.setDisabled({ accountId: String(form.get('accountId') ?? ''), disabled: form.get('disabled') === 'true' });
    });
  },

  resetPassword: async (event) => {
    const form = await event.request.formData();
    return submit(event, undefined, async () => {
      const result = await api(event).account.resetPassword({ accountId: String(form.get('accountId') ?? '') });
      return { reset: { username: result.account.username, password: result.oneTimePassword } };
    });
  },
};
