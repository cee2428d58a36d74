import { can } from '@tongxing/domain';
import { withoutFilters } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { traineeListInput } from './params.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const asked = traineeListInput(event.url);
    const counties = can(event.locals.session!.user.role, 'county.read') ? await caller.county.list() : [];
    // A county the user cannot see is dropped rather than refused, like the other lists' filters.
    const known = counties.some((c) => c.id === asked.input.countyId);
    const list = known ? asked.list : withoutFilters(asked.list, ['countyId']);
    const trainees = await caller.trainingReport.traineeList({ ...asked.input, countyId: known ? asked.input.countyId : undefined });
    return { list, span: asked.span, years: asked.years, trainees, counties: counties.map(({ id, name }) => ({ id, name })) };
  });
