import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

/** An activity: what was given, each receiving school's answer, the evidence; a receiving school answers here. */
export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const detail = await api(event).pairingActivity.get({ activityId: event.params.activityId });
    const schoolId = event.locals.session!.user.schoolId;
    const mine = detail.receipts.find((r) => r.schoolId === schoolId);
    return { ...detail, pairId: event.params.pairId, mayAnswer: mine?.state === 'pending' };
  });

export const actions: Actions = {
  confirm: (event) =>
    submit(event, {}, async () => {
      await api(event).pairingActivity.confirm({ activityId: event.params.activityId });
      return { answered: 'confirmed' };
    }),
  dispute: async (event) => {
    const values = { reason: String((await event.request.formData()).get('reason') ?? '').trim() };
    return submit(event, values, async () => {
      await api(event).pairingActivity.dispute({ activityId: event.params.activityId, ...values });
      return { answered: 'disputed' };
    });
  },
};
