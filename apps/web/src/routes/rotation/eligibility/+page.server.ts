import { can } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { requireRotation } from '../access.ts';
import { eligibilityQuery } from './params.ts';
import type { PageServerLoad } from './$types';

/** Who may be rotated as of the year's reference date, by county and school, each with the reason. */
export const load: PageServerLoad = (event) => {
  requireRotation(event, 'rotation.read');
  return loadOrError(event, async () => {
    const { list, year, counties, input } = await eligibilityQuery(event);
    const result = await api(event).rotationEligibility.list({ ...input, page: list.page });
    const rows = result.rows.map((r) => ({ ...r, id: r.teacherId }));
    return { list, year, counties, ...result, rows, mayPlan: can(event.locals.session!.user.role, 'rotation.plan') };
  });
};
