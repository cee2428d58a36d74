import { TENANT_ROLES, type TenantRole } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

const isTenantRole = (value: string): value is TenantRole => (TENANT_ROLES as readonly string[]).includes(value);

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const params = event.url.searchParams;
    const q = params.get('q')?.trim() ?? '';
    const role = params.get('role') ?? '';
    const page = Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1);
    const caller = api(event);
    const [accounts, counties, schools, teachers] = await Promise.all([
      caller.account.list({ page, search: q || undefined, role: isTenantRole(role) ? role : undefined }),
      // The create form's scope choices (schools and teachers: their first page only).
      caller.county.list(),
      caller.school.list({ page: 1 }),
      caller.teacher.list({ page: 1 }),
    ]);
    return {
      q,
      role: isTenantRole(role) ? role : '',
      accounts,
      options: {
        counties: counties.map(({ id, name }) => ({ id, name })),
        schools: { rows: schools.rows.map(({ id, name }) => ({ id, name })), total: schools.total },
        teachers: { rows: teachers.rows.map(({ id, name, schoolName }) => ({ id, name, schoolName })), total: teachers.total },
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
