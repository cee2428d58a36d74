import { error, type RequestEvent } from '@sveltejs/kit';
import { translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { requireRotation } from '../../../access.ts';
import { yearOf } from '../../../year.ts';

/** The 公示 of a county's plan: its moves once it has left the draft (submitted, awaiting the city or approved). */
export async function planNotice(event: RequestEvent) {
  requireRotation(event, 'rotation.plan');
  const caller = api(event);
  const { countyId } = event.params as { countyId: string };
  const year = yearOf(event.url);
  const [view, county] = await Promise.all([caller.rotationPlan.get({ countyId, year }), caller.county.get({ countyId })]);
  if (!view.plan || view.plan.state === 'draft') error(404, translator(event.locals.locale)('rotation.notice.notReady'));
  return { year, countyId, countyName: county.name, state: view.plan.state, moves: view.moves };
}
