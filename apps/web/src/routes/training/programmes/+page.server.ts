import { can, todayInChina } from '@tongxing/domain';
import { apiFilters, readListQuery } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { PROGRAMME_LIST } from '../list-params.ts';
import { programmeFields, programmeValues } from './programme-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const list = readListQuery(event.url, PROGRAMME_LIST);
    const user = event.locals.session!.user;
    const manages = can(user.role, 'training.manage');
    const caller = api(event);
    const [programmes, levels, counties, locations, providers] = await Promise.all([
      caller.programme.list({
        ...apiFilters(list.filters),
        year: list.filters.year ? Number(list.filters.year) : undefined,
        sort: list.sort,
        dir: list.dir,
        page: list.page,
      }),
      caller.programme.levels(),
      manages ? caller.county.list() : [],
      manages ? caller.location.list() : [],
      manages ? caller.provider.list() : [],
    ]);
    const own = user.role === 'county_officer' ? counties.find((c) => c.id === user.countyId) : undefined;
    return {
      list,
      programmes,
      levels: levels.map((l) => l.name),
      manages,
      /** The city picks the running county; a county officer's programmes are their county's. */
      runner: user.role === 'city_admin' ? ('choose' as const) : own ? { id: own.id, name: own.name } : undefined,
      counties: counties.map(({ id, name }) => ({ id, name })),
      locations: locations.map(({ name }) => name),
      providers: providers.map(({ id, name }) => ({ id, name })),
      thisYear: Number(todayInChina().slice(0, 4)),
    };
  });

export const actions: Actions = {
  create: async (event) => {
    const user = event.locals.session?.user;
    const values = programmeValues(await event.request.formData());
    // A county officer runs only their own county's programmes, whatever the form says.
    if (user?.role === 'county_officer') values.countyId = user.countyId ?? '';
    return submit(event, values, async () => {
      const programme = await api(event).programme.create({ ...programmeFields(values), countyId: values.countyId || undefined });
      return { created: { id: programme.id, name: programme.name } };
    });
  },
};
