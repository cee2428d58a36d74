import { MAX_EVIDENCE_FILES } from '@tongxing/api/evidence/inputs';
import { can } from '@tongxing/domain';
import { pickerPage, teacherOption } from '#lib/components/picker-options.ts';
import { apiFilters, readListQuery } from '#lib/list-query.ts';
import { api } from '#lib/server/api.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import { submitClaimForm } from './claim-action.ts';
import { CLAIM_LIST } from './params.ts';
import type { Actions, PageServerLoad } from './$types';

/** The claims of the user's scope, pending first; a school also claims for its staff here. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const caller = api(event);
    const role = event.locals.session!.user.role;
    const list = readListQuery(event.url, CLAIM_LIST);
    const mayClaim = can(role, 'training.claim');
    const [claims, levels, teachers] = await Promise.all([
      caller.hoursClaim.list({ page: list.page, ...apiFilters(list.filters) }),
      mayClaim ? caller.programme.levels() : [],
      mayClaim ? caller.teacher.list({ page: 1 }) : null,
    ]);
    return {
      list,
      claims,
      mayClaim,
      levels: levels.map((l) => l.name),
      maxFiles: MAX_EVIDENCE_FILES,
      teachers: teachers ? pickerPage(teachers, teacherOption) : null,
    };
  });

export const actions: Actions = { claim: (event) => submitClaimForm(event) };
