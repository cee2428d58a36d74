import { error } from '@sveltejs/kit';
import { describeError } from '@tongxing/api';
import { can, translator } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { PageServerLoad } from './$types';
import { simulateParams } from './params.ts';

/**
 * Policy simulation for the city administrator: choose drafts and a month range (a GET form, so a result
 * can be bookmarked), and see what publishing them would cost per county, month and year.
 */
export const load: PageServerLoad = async (event) => {
  const { role } = event.locals.session!.user;
  const t = translator(event.locals.locale);
  if (!can(role, 'allowance.rules')) error(403, t('error.forbidden'));
  const params = simulateParams(event.url);
  const caller = api(event);
  const { types, versions } = await loadOrError(event, async () => {
    const [types, versions] = await Promise.all([caller.allowance.types(), caller.allowance.versions({})]);
    return { types, versions };
  });
  const typeName = new Map(types.map((type) => [type.id, type.name]));
  const drafts = versions
    .filter((v) => v.state === 'draft')
    .map((v) => ({
      id: v.id,
      typeName: typeName.get(v.allowanceTypeId) ?? '—',
      documentNo: v.documentNo,
      documentTitle: v.documentTitle,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo,
    }));

  let result: Awaited<ReturnType<typeof caller.allowance.simulate>> | null = null;
  let message: string | null = null;
  if (params.run && drafts.length > 0) {
    if (params.draftIds.length === 0) message = t('allowance.simulate.chooseDraft');
    else {
      try {
        result = await caller.allowance.simulate({ draftIds: params.draftIds, from: params.from, to: params.to });
      } catch (cause) {
        message = describeError(cause, event.locals.locale).message;
      }
    }
  }
  return { drafts, params, result, message };
};
