import { can, todayInChina } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const counties = can(event.locals.session!.user.role, 'county.read') ? await api(event).county.list() : [];
    return { counties: counties.map(({ id, name }) => ({ id, name })), today: todayInChina() };
  });
