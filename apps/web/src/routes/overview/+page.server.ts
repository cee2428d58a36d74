import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { countyParam } from '#lib/county-param.ts';
import { monthParam } from '#lib/month-param.ts';
import type { PageServerLoad } from './$types';

/** The overview of `?month=` (this month in China by default); the city may pick one county (`?countyId=`). */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const user = event.locals.session!.user;
    const month = monthParam(event.url);
    const counties = (await caller.county.list()).map(({ id, name }) => ({ id, name }));
    // an unknown county falls back to the whole city, as a list's filter does
    const countyId = user.role === 'city_admin' ? countyParam(event.url, counties) : undefined;
    const overview = await caller.overview.get({ month, countyId });
    const county = user.role === 'county_officer' ? counties[0] : counties.find((c) => c.id === countyId);
    return {
      month,
      overview,
      countyName: county?.name ?? null,
      /** the city picks a county; a county officer's page is their county's */
      counties: user.role === 'city_admin' ? counties : [],
    };
  });
