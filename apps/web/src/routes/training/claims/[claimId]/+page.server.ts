import { can } from '@tongxing/domain';
import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const claim = await api(event).hoursClaim.get({ claimId: event.params.claimId });
    const role = event.locals.session!.user.role;
    const pending = claim.state === 'pending';
    return { claim, mayDecide: pending && can(role, 'training.ledger'), mayWithdraw: pending && can(role, 'training.claim') };
  });

export const actions: Actions = {
  approve: (event) =>
    submit(event, {}, async () => {
      await api(event).hoursClaim.approve({ claimId: event.params.claimId });
      return { decided: 'approved' };
    }),
  refuse: async (event) => {
    const values = { reason: String((await event.request.formData()).get('reason') ?? '').trim() };
    return submit(event, values, async () => {
      await api(event).hoursClaim.refuse({ claimId: event.params.claimId, ...values });
      return { decided: 'refused' };
    });
  },
  withdraw: (event) =>
    submit(event, {}, async () => {
      await api(event).hoursClaim.withdraw({ claimId: event.params.claimId });
      return { decided: 'withdrawn' };
    }),
};
