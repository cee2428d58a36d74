import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { monthParam } from '#lib/month-param.ts';
import type { PageServerLoad } from './$types';

/** The month's report (`?month=`, this month by default). */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => ({ report: await api(event).inspectionProblem.report({ month: monthParam(event.url) }) }));
