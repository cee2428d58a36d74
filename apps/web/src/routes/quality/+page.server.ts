import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The board of the user's scope; the city may look at one county (`?countyId=`, as the overview links it). */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const counties =
      event.locals.session!.user.role === 'city_admin' ? (await caller.county.list()).map(({ id, name }) => ({ id, name })) : [];
    const asked = event.url.searchParams.get('countyId') ?? '';
    const countyId = UUID.test(asked) && counties.some((c) => c.id === asked) ? asked : undefined;
    return { board: await caller.quality.board({ countyId }), counties, countyId: countyId ?? '' };
  });
