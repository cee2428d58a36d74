import { can, type SchoolType, type TerrainClass } from '@tongxing/domain';
import { apiFilters, readListQuery, withoutFilters } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { SCHOOL_LIST } from '../register/list-params.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const asked = readListQuery(event.url, SCHOOL_LIST);
    const caller = api(event);
    const [counties, locations] = await Promise.all([
      can(event.locals.session!.user.role, 'county.read') ? caller.county.list() : [],
      caller.location.list(),
    ]);
    // A county the user cannot see is dropped from the filters (the list would be NOT_FOUND).
    const list = counties.some((c) => c.id === asked.filters.countyId) ? asked : withoutFilters(asked, ['countyId']);
    const schools = await caller.school.list({ ...apiFilters(list.filters), sort: list.sort, dir: list.dir, page: list.page });
    return {
      list,
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
