import { can } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const params = event.url.searchParams;
    const q = params.get('q')?.trim() ?? '';
    const page = Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1);
    const caller = api(event);
    const [teachers, schools] = await Promise.all([
      caller.teacher.list({ page, search: q || undefined }),
      // The create form's choices: the first page of the schools the user may see.
      can(event.locals.session!.user.role, 'teacher.manage') ? caller.school.list({ page: 1 }) : null,
    ]);
    return {
      q,
      teachers,
      schoolOptions: { rows: schools?.rows.map(({ id, name }) => ({ id, name })) ?? [], total: schools?.total ?? 0 },
    };
  });

export const actions: Actions = {
  create: async (event) => {
    const form = await event.request.formData();
    const values = { schoolId: String(form.get('schoolId') ?? ''), name: String(form.get('name') ?? '') };
    return submit(event, values, async () => {
      const teacher = await api(event).teacher.create(values);
      return { created: { name: teacher.name } };
    });
  },
};
