import { can, SCHOOL_TYPES, type SchoolType, type TerrainClass } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

const SORTS = ['code', 'name', 'county'] as const;
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const params = event.url.searchParams;
    const filters = {
      q: params.get('q')?.trim() ?? '',
      countyId: params.get('countyId') ?? '',
      schoolType: oneOf(SCHOOL_TYPES, params.get('schoolType')) ?? ('' as const),
      locationClass: params.get('locationClass')?.trim() ?? '',
      sort: oneOf(SORTS, params.get('sort')) ?? 'code',
    };
    const page = Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1);
    const caller = api(event);
    const [schools, counties, locations] = await Promise.all([
      caller.school.list({
        page,
        search: filters.q || undefined,
        countyId: filters.countyId || undefined,
        schoolType: filters.schoolType || undefined,
        locationClass: filters.locationClass || undefined,
        sort: filters.sort,
      }),
      can(event.locals.session!.user.role, 'county.read') ? caller.county.list() : [],
      caller.location.list(),
    ]);
    return {
      filters,
      sorts: SORTS,
      schools,
      counties: counties.map(({ id, name }) => ({ id, name })),
      locations: locations.map(({ name }) => name),
    };
  });

export const actions: Actions = {
  create: async (event) => {
    const form = await event.request.formData();
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const values = {
      countyId: text('countyId'),
      code: text('code'),
      name: text('name'),
      schoolType: text('schoolType'),
      locationClass: text('locationClass'),
      terrainClass: text('terrainClass'),
      address: text('address'),
      openedOn: text('openedOn'),
    };
    return submit(event, values, async () => {
      // The API validates every choice; an unknown one comes back as a field error.
      const school = await api(event).school.create({
        ...values,
        schoolType: values.schoolType as SchoolType,
        terrainClass: values.terrainClass as TerrainClass,
        address: values.address || undefined,
        openedOn: values.openedOn || undefined,
      });
      return { created: { id: school.id, name: school.name } };
    });
  },
};
