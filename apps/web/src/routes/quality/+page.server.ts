import { api } from '#lib/server/api.ts';
import { countyParam } from '#lib/county-param.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { PageServerLoad } from './$types';

/** The board of the user's scope; the city may look at one county (`?countyId=`, as the overview links it). */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const counties =
      event.locals.session!.user.role === 'city_admin' ? (await caller.county.list()).map(({ id, name }) => ({ id, name })) : [];
    const countyId = countyParam(event.url, counties);
    return { board: await caller.quality.board({ countyId }), counties, countyId: countyId ?? '' };
  });
