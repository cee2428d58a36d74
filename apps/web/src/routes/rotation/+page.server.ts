import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { requireRotation } from './access.ts';
import { yearOf } from './year.ts';
import type { PageServerLoad } from './$types';

/** The year's report: per county of the scope the eligible, the quota, what the plan holds by form and what was rotated; the city's own target. */
export const load: PageServerLoad = (event) => {
  requireRotation(event, 'rotation.plan');
  return loadOrError(event, async () => {
    const year = yearOf(event.url);
    const overview = await api(event).rotationPlan.overview({ year });
    return { year, ...overview };
  });
};
