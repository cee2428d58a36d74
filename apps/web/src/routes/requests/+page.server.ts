import { api } from '#lib/server/api.ts';
import { submit } from '#lib/server/form-action.ts';
import { loadOrError } from '#lib/server/load-error.ts';
import type { Actions, PageServerLoad } from './$types';

const STATES = ['pending', 'approved', 'rejected'] as const;
type State = (typeof STATES)[number];
const isState = (value: string | null): value is State => STATES.includes(value as State);

export const load: PageServerLoad = (event) =>
  loadOrError(event, async () => {
    const state = event.url.searchParams.get('state');
    const chosen = isState(state) ? state : state === 'all' ? undefined : 'pending';
    return { state: chosen ?? 'all', requests: await api(event).request.list({ state: chosen }) };
  });

export const actions: Actions = {
  decide: async (event) => {
    const form = await event.request.formData();
    const values = { requestId: String(form.get('requestId') ?? ''), comment: String(form.get('comment') ?? '') };
    const approve = form.get('decision') === 'approve';
    return submit(event, values, async () => {
      await api(event).request.decide({ requestId: values.requestId, approve, comment: values.comment || undefined });
      return { decided: approve ? 'approved' : 'rejected' };
    });
  },
};
