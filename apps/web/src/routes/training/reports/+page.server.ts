import { REPORT_MAX_YEARS } from '@tongxing/api/training/report/span';
import { can } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { exportQuery, reportParams, spanOf } from './params.ts';
import { EXPORT_PATHS } from './tabs.ts';
import type { PageServerLoad } from './$types';

/** The training reports: only the chosen tab's report is computed. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const params = reportParams(event.url);
    const counties = can(event.locals.session!.user.role, 'county.read') ? await caller.county.list() : [];
    // A county the user cannot see is dropped rather than refused, like the list pages' filters.
    const countyId = counties.some((c) => c.id === params.countyId) ? params.countyId : undefined;
    const asked = { ...params, countyId: countyId ?? '' };
    const report = caller.trainingReport;
    const [levels, poverty, coverage, cohorts, eastWest] = await Promise.all([
      asked.tab === 'levels' ? report.trainees({ ...spanOf(asked), countyId }) : null,
      asked.tab === 'poverty' ? report.poverty(spanOf(asked)) : null,
      asked.tab === 'coverage' ? report.coverage({ countyId }) : null,
      asked.tab === 'cohorts' ? report.cohorts({ year: asked.year }) : null,
      asked.tab === 'eastWest' ? report.eastWest({ year: asked.year }) : null,
    ]);
    const query = exportQuery(asked);
    return {
      params: asked,
      maxYears: REPORT_MAX_YEARS,
      counties: counties.map(({ id, name }) => ({ id, name })),
      exportHref: query ? `${EXPORT_PATHS[asked.tab]}?${query}` : EXPORT_PATHS[asked.tab],
      levels,
      poverty,
      coverage,
      cohorts,
      eastWest,
    };
  });
