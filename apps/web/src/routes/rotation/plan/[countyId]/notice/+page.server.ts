import { todayInChina } from '@tongxing/domain';
import { loadOrError } from '#lib/server/load-error.ts';
import { planNotice } from './notice.ts';
import type { PageServerLoad } from './$types';

/** The 公示 list of the plan, for printing. */
export const load: PageServerLoad = (event) => loadOrError(event, async () => ({ ...(await planNotice(event)), today: todayInChina() }));
