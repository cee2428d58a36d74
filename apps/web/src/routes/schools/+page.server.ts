import { can, type LocationClass, type SchoolType } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const params = event.url.searchParams;
    const q = params.get('q')?.trim() ?? '';
    const countyId = params.get('countyId') ?? '';
    const page = Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1);
    const caller = api(event);
    const [schools, counties] = await Promise.all([
      caller.school.list({ page, search: q || undefined, countyId: countyId || undefined }),
      can(event.locals.session!.user.role, 'county.read') ? caller.county.list() : [],
    ]);
    return { q, countyId, schools, counties: counties.map(({ id, name }) => ({ id, name })) };
  });

export const actions: Actions = {
  create: async (event) => {
    const form = await event.request.formData();
    const values = {
      countyId: String(form.get('countyId') ?? ''),
      code: String(form.get('code') ?? ''),
      name: String(form.get('name') ?? ''),
      schoolType: String(form.get('schoolType') ?? ''),
      locationClass: String(form.get('locationClass') ?? ''),
    };
    return submit(event, values, async () => {
      // The API validates the choices; an unknown one comes back as a field error.
      const school = await api(event).school.create({ ...values, schoolType: values.schoolType as SchoolType, locationClass: values.locationClass as LocationClass });
      return { created: { name: school.name } };
    });
  },
};
