import { can } from '@tongxing/domain';
import { withoutFilters } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { complianceInput } from './params.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const asked = complianceInput(event.url);
    const counties = can(event.locals.session!.user.role, 'county.read') ? await caller.county.list() : [];
    const list = counties.some((c) => c.id === asked.list.filters.countyId) ? asked.list : withoutFilters(asked.list, ['countyId']);
    const countyId = list.filters.countyId || undefined;
    const [compliance, summary] = await Promise.all([caller.hours.compliance({ ...asked.input, countyId }), caller.hours.summary()]);
    return { list, compliance, summary, counties: counties.map(({ id, name }) => ({ id, name })) };
  });
